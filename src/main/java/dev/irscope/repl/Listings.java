package dev.irscope.repl;

import dev.irscope.compat.Verdict;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.Param;
import dev.irscope.link.Program;
import dev.irscope.demangle.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The look-around answers: units, functions, one function's header and attributes, and its direct
 * calls in both directions. Cross-unit calls carry the verdict the shared analysis gave them.
 */
final class Listings {
    private static final String CROSS_NOTE = "  (* = crosses units; the verdict is the same one check gives)\n";
    private final Workspace ws;
    private final UnaryOperator<String> demangle;

    Listings(Workspace ws, UnaryOperator<String> demangle) {
        this.ws = ws;
        this.demangle = demangle;
    }

    /** {@code @mangled} and, when it differs, the demangled form beside it. */
    String name(Function f) {
        String d = demangle.apply(f.name());
        return Names.symbol(f.name()) + (d.equals(f.name()) ? "" : "  (" + d + ")");
    }

    String units() {
        if (ws.isEmpty()) return "no units loaded (load INPUT...)\n";
        StringBuilder b = new StringBuilder();
        for (Unit u : ws.units()) b.append(unitLine(u));
        return b.toString();
    }

    static String unitLine(Unit u) {
        Module m = u.module();
        return u.handle() + "  " + m.path() + "  " + (m.triple().isEmpty() ? "(no triple)" : m.triple()) + "  "
                + m.header().producer() + "  " + m.definedCount() + " defined, "
                + (m.functions().size() - m.definedCount()) + " declared\n";
    }

    /** The units with only the functions whose mangled or demangled name matches. */
    List<Module> filtered(Optional<String> pattern) {
        Predicate<String> p = pattern.map(NamePattern::compile).orElse(s -> true);
        List<Module> out = new ArrayList<>();
        for (Unit u : ws.units()) {
            out.add(u.module().withFunctions(u.module().functions().stream()
                    .filter(f -> p.test(f.name()) || p.test(demangle.apply(f.name()))).toList()));
        }
        return out;
    }

    String functions(Optional<String> pattern) {
        List<Module> shown = filtered(pattern);
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = 0; i < shown.size(); i++) {
            List<Function> fs = shown.get(i).functions();
            if (fs.isEmpty()) continue;
            b.append(ws.units().get(i).label()).append('\n');
            for (Function f : fs) {
                b.append("  ").append(f.defined() ? "define  " : "declare ").append(name(f)).append('\n');
                n++;
            }
        }
        if (n == 0) return "no functions" + pattern.map(p -> " match " + p).orElse("") + "\n";
        return b.toString();
    }

    String show(Located l) {
        Function f = l.function();
        StringBuilder b = new StringBuilder();
        b.append(name(f)).append('\n');
        b.append("  unit:       ").append(l.unit().label()).append(", line ").append(f.line()).append('\n');
        b.append("  ").append(f.defined() ? "define      " : "declare     ").append(f.linkage().keyword())
                .append(f.dsoLocal() ? " dso_local" : "").append(f.visibility().isEmpty() ? "" : " " + f.visibility())
                .append(f.callingConv().isEmpty() ? "" : " " + f.callingConv()).append(' ').append(f.returnType()).append(' ')
                .append(Names.symbol(f.name())).append('(').append(params(f)).append(")\n");
        f.section().ifPresent(s -> b.append("  section:    ").append(s).append('\n'));
        f.comdat().ifPresent(s -> b.append("  comdat:     ").append(s.isEmpty() ? "(own)" : s).append('\n'));
        f.personality().ifPresent(s -> b.append("  personality: @").append(s).append('\n'));
        f.gc().ifPresent(s -> b.append("  gc:         ").append(s).append('\n'));
        b.append("  attributes: ").append(f.attributes().size()).append(f.groups().isEmpty() ? "" : " (groups "
                + f.groups().stream().map(g -> "#" + g).reduce((x, y) -> x + " " + y).orElse("") + ")").append('\n');
        if (f.defined()) {
            b.append("  body:       ").append(f.body().lines()).append(" lines, ").append(f.body().calls().size()).append(f.body().calls().size() == 1 ? " direct call" : " direct calls");
            if (f.body().indirectCalls() > 0) b.append(", ").append(f.body().indirectCalls()).append(" indirect");
            if (f.body().inlineAsmCalls() > 0) b.append(", ").append(f.body().inlineAsmCalls()).append(" inline asm");
            if (f.body().indirectBr()) b.append(", indirectbr");
            b.append('\n');
        }
        return b.toString();
    }

    private static String params(Function f) {
        StringBuilder b = new StringBuilder();
        for (Param p : f.params()) {
            if (b.length() > 0) b.append(", ");
            b.append(p.type());
            if (!p.attributes().isEmpty()) b.append(' ').append(p.attributes().render());
        }
        if (f.varArgs()) b.append(b.length() > 0 ? ", ..." : "...");
        return b.toString();
    }

    String attrs(Located l) {
        Function f = l.function();
        StringBuilder b = new StringBuilder();
        b.append(name(f)).append(" in ").append(l.unit().label()).append(": ").append(f.attributes().size()).append(" attributes\n");
        for (Attribute a : f.attributes().list()) b.append("  ").append(a.render()).append('\n');
        return b.toString();
    }

    /** Where each distinct callee of {@code l} lands after linking; cross-unit ones with their verdict. */
    String calls(Located l) {
        Program program = ws.analysis().program();
        Map<String, Integer> counts = new TreeMap<>();
        for (CallSite c : l.function().body().calls()) counts.merge(c.callee(), 1, Integer::sum);
        StringBuilder b = new StringBuilder();
        b.append(name(l.function())).append(" in ").append(l.unit().label()).append(" calls ").append(counts.size())
                .append(counts.size() == 1 ? " function" : " functions").append('\n');
        boolean anyCross = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Optional<Program.Definition> ext = e.getKey().startsWith("llvm.") ? Optional.empty()
                    : program.resolveExternal(l.unit().module(), e.getKey());
            Optional<Function> target = program.target(l.unit().module(), e.getKey());
            b.append("  ").append(ext.isPresent() ? "* " : "  ")
                    .append(target.map(this::name).orElse(Names.symbol(e.getKey())));
            if (e.getValue() > 1) b.append("  (").append(e.getValue()).append(" calls)");
            if (ext.isPresent()) {
                anyCross = true;
                Unit to = ws.unitOf(ext.get().unit());
                b.append("  -> ").append(to.label()).append("  ").append(status(l.function(), ext.get().function()));
            } else if (target.isPresent() && target.get().defined()) {
                b.append("  (same unit)");
            } else if (!e.getKey().startsWith("llvm.")) {
                b.append("  (not defined in any unit)");
            }
            b.append('\n');
        }
        if (anyCross) b.append(CROSS_NOTE);
        return b.toString();
    }

    String callers(Located l) {
        Program program = ws.analysis().program();
        Map<String, String> rows = new TreeMap<>();
        for (Unit u : ws.units()) {
            for (Function f : u.module().functions()) {
                if (!f.defined() || !program.isLinked(f)) continue;
                for (CallSite c : f.body().calls()) {
                    if (c.intrinsic()) continue;
                    Optional<Function> t = program.target(u.module(), c.callee());
                    if (t.isEmpty() || t.get() != l.function()) continue;
                    boolean cross = u != l.unit();
                    rows.putIfAbsent(u.handle() + "\u0000" + f.name(), "  " + (cross ? "* " : "  ") + name(f) + "  in " + u.label()
                            + (cross ? "  " + status(f, l.function()) : "  (same unit)") + "\n");
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(name(l.function())).append(" in ").append(l.unit().label()).append(" is called by ").append(rows.size())
                .append(rows.size() == 1 ? " function" : " functions").append('\n');
        rows.values().forEach(b::append);
        if (rows.values().stream().anyMatch(r -> r.startsWith("  * "))) b.append(CROSS_NOTE);
        return b.toString();
    }

    private String status(Function caller, Function callee) {
        Map<String, Boolean> uniq = new LinkedHashMap<>();
        for (Verdict v : ws.analysis().verdicts()) {
            if (v.edge().caller() != caller || v.edge().callee() != callee) continue;
            String s = v.status().name();
            if (!v.blockers().isEmpty()) s += " by " + v.blockers().stream().map(x -> x.rule().id()).distinct()
                    .reduce((x, y) -> x + ", " + y).orElse("");
            uniq.putIfAbsent(s, true);
        }
        return String.join("; ", uniq.keySet());
    }
}
