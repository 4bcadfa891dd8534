package dev.irscope.report;

import dev.irscope.write.Json;
import dev.irscope.demangle.Names;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.Finding;
import dev.irscope.compat.Rule;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.query.Analysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Renders {@code irscope explain}: one edge, both attribute sets side by side, every rule's outcome. */
public final class ExplainReport {
    private ExplainReport() {}

    public static String noEdge(Analysis a, String caller, String callee) {
        StringBuilder b = new StringBuilder();
        List<Function> callers = a.functions(caller), callees = a.functions(callee);
        if (callers.isEmpty()) return b.append("no function named ").append(caller).append(" in any unit\n").toString();
        if (callers.stream().noneMatch(Function::defined)) return b.append(caller).append(" is only declared, never defined: it calls nothing\n").toString();
        if (callees.isEmpty()) return b.append("no function named ").append(callee).append(" in any unit\n").toString();
        if (callees.stream().noneMatch(f -> f.defined() && a.program().isLinked(f))) {
            boolean dropped = callees.stream().anyMatch(Function::defined);
            return b.append(callee).append(dropped
                    ? " is defined only lazily (linkonce/available_externally) in a unit linked before anything references it: llvm-link drops it, so there is nothing to inline\n"
                    : " is not defined in any unit (only declared): there is no body to inline\n").toString();
        }
        return b.append(caller).append(" does not call ").append(callee).append(" directly\n").toString();
    }

    /** Each catalogue rule of this release and what it found on the edge. */
    static List<String[]> outcomes(Verdict v) {
        Map<Rule, String> state = new LinkedHashMap<>();
        for (Finding.Block f : v.blockers()) state.merge(f.rule(), "REFUSES: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Bypassed f : v.bypassed()) state.merge(f.rule(), "bypassed by alwaysinline: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Undecided f : v.undecided()) state.merge(f.rule(), "cannot decide: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Merge f : v.merges()) state.merge(f.rule(), "merges: " + f.message(), (x, y) -> x + "; " + y);
        List<String[]> out = new ArrayList<>();
        for (Rule r : Catalogue.rules()) {
            String s = state.get(r);
            if (s == null) s = r.versions().contains(v.llvm()) ? (r.merge() ? "no change" : "passes") : "not in LLVM " + v.llvm();
            out.add(new String[] {r.id(), r.attribute(), s});
        }
        return out;
    }

    public static String text(Analysis a, Verdict v) {
        StringBuilder b = new StringBuilder();
        b.append(dev.irscope.Tool.ID).append(": LLVM ").append(a.llvm()).append(" rules (").append(a.llvmReason()).append(")\n\n");
        CheckReport.verdict(b, v);
        b.append("\nattributes (* differs):\n");
        for (String[] row : sideBySide(v.edge().caller().attributes(), v.edge().callee().attributes())) {
            b.append(row[0].equals(row[1]) ? "    " : "  * ").append(row[2]).append("\n      caller: ").append(row[0])
                    .append("\n      callee: ").append(row[1]).append('\n');
        }
        b.append("\nfunctions:\n");
        header(b, "caller", v.edge().caller(), v.edge().callerUnit().path());
        header(b, "callee", v.edge().callee(), v.edge().calleeUnit().path());
        b.append("  call site(s): ");
        v.edge().sites().forEach(s -> b.append("line ").append(s.line()).append(' ').append(s.kind().spelling())
                .append(s.attributes().isEmpty() ? "" : " {" + s.attributes().render() + "}").append("; "));
        b.append("\n\nrules (LLVM ").append(v.llvm()).append("):\n");
        for (String[] o : outcomes(v)) b.append("  ").append(String.format("%-34s %-26s %s", o[0], o[1], o[2])).append('\n');
        return b.toString();
    }

    private static void header(StringBuilder b, String role, Function f, String unit) {
        b.append("  ").append(role).append(": ").append(Names.symbol(f.name())).append(" in ").append(unit).append(" line ").append(f.line())
                .append(", ").append(f.linkage().keyword()).append(f.dsoLocal() ? " dso_local" : "")
                .append(f.personality().map(p -> ", personality @" + p).orElse(""))
                .append(f.gc().map(g -> ", gc \"" + g + "\"").orElse("")).append('\n');
        String d = Names.demangle(f.name());
        if (!d.equals(f.name())) b.append("    demangled: ").append(d).append('\n');
    }

    /** Rows (caller value, callee value, key) over the union of keys, sorted by key. */
    static List<String[]> sideBySide(AttributeSet a, AttributeSet b) {
        TreeSet<String> keys = new TreeSet<>();
        for (Attribute x : a.list()) keys.add(x.key());
        for (Attribute x : b.list()) keys.add(x.key());
        List<String[]> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(new String[] {a.get(k).map(Attribute::render).orElse("-"), b.get(k).map(Attribute::render).orElse("-"), k});
        }
        return rows;
    }

    public static String json(Analysis a, Verdict v) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", dev.irscope.Tool.ID);
        root.put("llvm", String.valueOf(a.llvm()));
        root.put("llvmReason", a.llvmReason());
        root.put("edge", VerdictView.edge(v));
        List<Object> attrs = new ArrayList<>();
        for (String[] row : sideBySide(v.edge().caller().attributes(), v.edge().callee().attributes())) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", row[2]);
            o.put("caller", row[0]);
            o.put("callee", row[1]);
            o.put("differs", !row[0].equals(row[1]));
            attrs.add(o);
        }
        root.put("attributes", attrs);
        List<Object> rules = new ArrayList<>();
        for (String[] o : outcomes(v)) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", o[0]);
            r.put("attribute", o[1]);
            r.put("outcome", o[2]);
            rules.add(r);
        }
        root.put("rules", rules);
        return Json.write(root);
    }

    public static String markdown(Analysis a, Verdict v) {
        StringBuilder b = new StringBuilder();
        b.append("# irscope explain: `").append(v.edge().caller().name()).append("` → `").append(v.edge().callee().name()).append("`\n\n");
        b.append("```\n").append(text(a, v)).append("```\n");
        return b.toString();
    }
}
