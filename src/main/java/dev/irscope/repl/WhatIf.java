package dev.irscope.repl;

import dev.irscope.compat.Finding;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.write.Json;
import dev.irscope.demangle.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Re-runs the shared analysis over copies of the units in which some functions carry other
 * attributes, and reports which cross-unit verdicts change. The rules are not touched: the same
 * engine answers for the edited units, so "what if" and a rebuilt "check" cannot disagree.
 */
final class WhatIf {
    /** One edge's verdict before and after. */
    record Change(String key, Optional<Verdict> before, Optional<Verdict> after) {
        boolean flipped() {
            return before.isEmpty() || after.isEmpty() || before.get().status() != after.get().status();
        }
    }

    private final Workspace before;
    private final Workspace after;
    private final List<Edit> edits;
    private final String subject;
    private final List<String> attributeChanges;
    private final int functionsChanged;

    private WhatIf(Workspace before, Workspace after, List<Edit> edits, String subject, List<String> attributeChanges, int functionsChanged) {
        this.before = before;
        this.after = after;
        this.edits = edits;
        this.subject = subject;
        this.attributeChanges = attributeChanges;
        this.functionsChanged = functionsChanged;
    }

    /** Edits one function. */
    static WhatIf function(Workspace ws, Located target, List<Edit> edits, String shownName) {
        Function f = target.function();
        AttributeSet changed = applyAll(f.attributes(), edits, shownName);
        if (changed.equals(f.attributes())) throw new ReplException("those edits leave " + shownName + "'s attributes as they are");
        Workspace after = ws.withModules(replace(ws, target.unit(), List.of(f), List.of(with(f, changed))));
        return new WhatIf(ws, after, edits, shownName + " in " + target.unit().label(), changes(f.attributes(), changed), 1);
    }

    /** Edits every defined function of a unit: "what if the whole crate were built with this flag". */
    static WhatIf unit(Workspace ws, Unit unit, List<Edit> edits) {
        List<Function> old = new ArrayList<>(), neu = new ArrayList<>();
        for (Function f : unit.module().functions()) {
            if (!f.defined()) continue;
            AttributeSet s = f.attributes();
            for (Edit e : edits) s = e.apply(s);
            if (!s.equals(f.attributes())) {
                old.add(f);
                neu.add(with(f, s));
            }
        }
        if (old.isEmpty()) throw new ReplException("those edits change no defined function of " + unit.label());
        Workspace after = ws.withModules(replace(ws, unit, old, neu));
        return new WhatIf(ws, after, edits, "every defined function of " + unit.label(), List.of(), old.size());
    }

    private static AttributeSet applyAll(AttributeSet s, List<Edit> edits, String name) {
        for (Edit e : edits) {
            if (e instanceof Edit.Drop d && s.get(d.key()).isEmpty()) {
                throw new ReplException(name + " has no attribute '" + d.key() + "' to remove (attrs " + name + " lists them)");
            }
            s = e.apply(s);
        }
        return s;
    }

    private static List<String> changes(AttributeSet a, AttributeSet b) {
        List<String> out = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>();
        a.list().forEach(x -> keys.add(x.key()));
        b.list().forEach(x -> keys.add(x.key()));
        for (String k : keys) {
            String x = a.get(k).map(dev.irscope.ir.Attribute::render).orElse("(absent)");
            String y = b.get(k).map(dev.irscope.ir.Attribute::render).orElse("(absent)");
            if (!x.equals(y)) out.add(x + "  ->  " + y);
        }
        return out;
    }

    private static List<Module> replace(Workspace ws, Unit unit, List<Function> old, List<Function> neu) {
        List<Module> out = new ArrayList<>();
        for (Unit u : ws.units()) {
            if (u != unit) {
                out.add(u.module());
                continue;
            }
            List<Function> fs = new ArrayList<>(u.module().functions());
            for (int i = 0; i < old.size(); i++) fs.set(fs.indexOf(old.get(i)), neu.get(i));
            out.add(u.module().withFunctions(fs));
        }
        return out;
    }

    /** The record with only its attribute set replaced. */
    static Function with(Function f, AttributeSet a) {
        return f.withAttributes(a);
    }

    private String key(Workspace ws, Verdict v) {
        StringBuilder lines = new StringBuilder();
        v.edge().sites().forEach(s -> lines.append(',').append(s.line()));
        return ws.unitOf(v.edge().callerUnit()).handle() + " " + Names.symbol(v.edge().caller().name()) + " -> "
                + ws.unitOf(v.edge().calleeUnit()).handle() + " " + Names.symbol(v.edge().callee().name()) + "\u0000" + lines;
    }

    /** Every edge whose verdict or blockers differ, in check's edge order. */
    List<Change> changes() {
        Map<String, Verdict> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
        for (Verdict v : before.analysis().verdicts()) a.putIfAbsent(key(before, v), v);
        for (Verdict v : after.analysis().verdicts()) b.putIfAbsent(key(after, v), v);
        List<Change> out = new ArrayList<>();
        for (String k : a.keySet()) {
            Verdict x = a.get(k), y = b.get(k);
            if (y == null || x.status() != y.status() || !ids(x.blockers()).equals(ids(y.blockers()))
                    || !ids(x.undecided()).equals(ids(y.undecided()))) {
                out.add(new Change(k, Optional.of(x), Optional.ofNullable(y)));
            }
        }
        for (String k : b.keySet()) if (!a.containsKey(k)) out.add(new Change(k, Optional.empty(), Optional.of(b.get(k))));
        return out;
    }

    private static List<String> ids(List<? extends Finding> fs) {
        return fs.stream().map(f -> f.rule().id() + "/" + f.attribute()).toList();
    }

    private static List<String> ruleIds(Optional<Verdict> v) {
        if (v.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        v.get().blockers().forEach(f -> out.add(f.rule().id()));
        v.get().undecided().forEach(f -> out.add(f.rule().id() + " (cannot decide)"));
        return out.stream().distinct().toList();
    }

    private static String status(Optional<Verdict> v) {
        return v.map(x -> x.status().name()).orElse("(no edge)");
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("whatif ").append(subject).append(": ");
        edits.forEach(e -> b.append(e.render()).append(' '));
        b.setLength(b.length() - 1);
        b.append('\n');
        if (functionsChanged > 1 || attributeChanges.isEmpty()) b.append("  changes ").append(functionsChanged).append(" functions\n");
        attributeChanges.forEach(c -> b.append("  ").append(c).append('\n'));
        List<Change> cs = changes();
        long flips = cs.stream().filter(Change::flipped).count();
        int total = before.analysis().verdicts().size();
        b.append(cs.size()).append(" of ").append(total).append(" cross-unit calls change, ").append(flips)
                .append(flips == 1 ? " verdict flips" : " verdicts flip").append(" (LLVM ").append(after.analysis().llvm()).append(")\n");
        for (Change c : cs) {
            b.append("  ").append(c.key().substring(0, c.key().indexOf('\u0000'))).append(": ").append(status(c.before()))
                    .append(" -> ").append(status(c.after())).append(c.flipped() ? "  FLIPS" : "").append('\n');
            List<String> was = ruleIds(c.before()), now = ruleIds(c.after());
            List<String> gone = was.stream().filter(x -> !now.contains(x)).toList();
            List<String> added = now.stream().filter(x -> !was.contains(x)).toList();
            List<String> still = now.stream().filter(was::contains).toList();
            if (!gone.isEmpty()) b.append("    no longer blocks: ").append(String.join(", ", gone)).append('\n');
            if (!added.isEmpty()) b.append("    now blocks:       ").append(String.join(", ", added)).append('\n');
            if (!still.isEmpty()) b.append("    still blocks:     ").append(String.join(", ", still)).append('\n');
            String r0 = c.before().map(Verdict::llvmRemark).orElse(""), r1 = c.after().map(Verdict::llvmRemark).orElse("");
            if (!r0.equals(r1)) b.append("    LLVM's remark:    ").append(r0.isEmpty() ? "(none)" : r0).append(" -> ")
                    .append(r1.isEmpty() ? "(none)" : r1).append('\n');
        }
        b.append("(the loaded units are unchanged)\n");
        return b.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("llvm", String.valueOf(after.analysis().llvm()));
        root.put("subject", subject);
        List<Object> es = new ArrayList<>();
        edits.forEach(e -> es.add(e.render()));
        root.put("edits", es);
        List<Change> cs = changes();
        root.put("edges", before.analysis().verdicts().size());
        root.put("changed", cs.size());
        root.put("flipped", cs.stream().filter(Change::flipped).count());
        List<Object> out = new ArrayList<>();
        for (Change c : cs) {
            Verdict any = c.before().or(c::after).orElseThrow();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("caller", any.edge().caller().name());
            o.put("callerUnit", any.edge().callerUnit().path());
            o.put("callee", any.edge().callee().name());
            o.put("calleeUnit", any.edge().calleeUnit().path());
            o.put("before", status(c.before()).toLowerCase(java.util.Locale.ROOT));
            o.put("after", status(c.after()).toLowerCase(java.util.Locale.ROOT));
            o.put("blockersBefore", new ArrayList<Object>(ruleIds(c.before())));
            o.put("blockersAfter", new ArrayList<Object>(ruleIds(c.after())));
            out.add(o);
        }
        root.put("changes", out);
        return Json.write(root);
    }
}
