package dev.irscope.report;

import dev.irscope.compat.Finding;
import dev.irscope.compat.Fix;
import dev.irscope.compat.Verdict;
import dev.irscope.link.LinkIssue;
import dev.irscope.ir.Module;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON-shaped view of an analysis (design.md's check contract); every format renders from here. */
public final class VerdictView {
    private VerdictView() {}

    public static Map<String, Object> root(Analysis a, List<Verdict> verdicts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", dev.irscope.Tool.ID);
        root.put("llvm", String.valueOf(a.llvm()));
        root.put("llvmReason", a.llvmReason());
        List<Object> units = new ArrayList<>();
        for (Module m : a.loaded().modules()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("path", m.path());
            u.put("triple", m.triple());
            u.put("producer", m.header().producer());
            u.put("functions", m.functions().size());
            units.add(u);
        }
        root.put("units", units);
        List<Object> link = new ArrayList<>();
        for (LinkIssue i : a.linkIssues()) link.add(link(i));
        root.put("link", link);
        List<Object> edges = new ArrayList<>();
        for (Verdict v : verdicts) edges.add(edge(v));
        root.put("edges", edges);
        notLto(root, a);
        undefinedCalls(root, a);
        putErrors(root, a.loaded().problems());
        return root;
    }

    /** Objects without bitcode, linked outside LTO, as {@code "notLto"} (none: no key). */
    static void notLto(Map<String, Object> root, Analysis a) {
        if (a.loaded().notLto().isEmpty()) return;
        List<Object> out = new ArrayList<>();
        for (dev.irscope.source.NativeObject o : a.loaded().notLto()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", o.name());
            e.put("format", o.format());
            out.add(e);
        }
        root.put("notLto", out);
    }

    /** Callees no loaded unit defines, with their call counts, as {@code "undefinedCalls"} (none: no key). */
    static void undefinedCalls(Map<String, Object> root, Analysis a) {
        if (a.undefinedCalls().isEmpty()) return;
        List<Object> out = new ArrayList<>();
        for (Analysis.Undefined u : a.undefinedCalls()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", u.name());
            e.put("calls", u.calls());
            out.add(e);
        }
        root.put("undefinedCalls", out);
    }

    /** The inputs that could not be read, as {@code "errors"} of a JSON document (none: no key). */
    static void putErrors(Map<String, Object> root, List<LoadProblem> problems) {
        if (problems.isEmpty()) return;
        List<Object> errs = new ArrayList<>();
        for (LoadProblem p : problems) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", p.name());
            e.put("message", p.diagnostic());
            errs.add(e);
        }
        root.put("errors", errs);
    }

    static Map<String, Object> link(LinkIssue i) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("severity", i.severity());
        o.put("what", i.what());
        o.put("left", i.left());
        o.put("right", i.right());
        o.put("message", i.message());
        return o;
    }

    /** Which call a verdict is about: caller and callee with their units, the keys every edge object starts with. */
    public static Map<String, Object> endpoints(Verdict v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("caller", v.edge().caller().name());
        o.put("callerUnit", v.edge().callerUnit().path());
        o.put("callee", v.edge().callee().name());
        o.put("calleeUnit", v.edge().calleeUnit().path());
        return o;
    }

    public static Map<String, Object> edge(Verdict v) {
        Map<String, Object> o = endpoints(v);
        o.put("inlinable", v.inlinable());
        o.put("verdict", v.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("alwaysInline", v.alwaysInline());
        o.put("llvmRemark", v.llvmRemark());
        List<Integer> lines = new ArrayList<>();
        v.edge().sites().forEach(s -> lines.add(s.line()));
        o.put("callLines", lines);
        if (v.edge().mixed()) { // the pair's other call sites carry other verdicts (other edges)
            List<Integer> others = new ArrayList<>();
            v.edge().otherSites().forEach(s -> others.add(s.line()));
            o.put("otherCallLines", others);
        }
        List<Object> blockers = new ArrayList<>();
        for (Finding.Block b : v.blockers()) blockers.add(finding(b, b.fixes()));
        o.put("blockers", blockers);
        List<Object> undecided = new ArrayList<>();
        for (Finding.Undecided u : v.undecided()) undecided.add(finding(u, List.of()));
        o.put("undecided", undecided);
        List<Object> bypassed = new ArrayList<>();
        for (Finding.Bypassed b : v.bypassed()) {
            Map<String, Object> f = finding(b, b.fixes());
            f.put("bypassedThrough", "LLVM " + b.rule().bypassed());
            bypassed.add(f);
        }
        o.put("bypassed", bypassed);
        List<Object> merges = new ArrayList<>();
        for (Finding.Merge m : v.merges()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", m.rule().id());
            f.put("attribute", m.attribute());
            f.put("caller", m.callerValue());
            f.put("callee", m.calleeValue());
            f.put("effect", m.message());
            merges.add(f);
        }
        o.put("merges", merges);
        return o;
    }

    static Map<String, Object> finding(Finding f, List<Fix> fixes) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule().id());
        o.put("attribute", f.attribute());
        o.put("caller", f.callerValue());
        o.put("callee", f.calleeValue());
        o.put("why", f.message());
        o.put("llvmVersions", f.rule().versions().toString());
        o.put("alwaysInlineBypasses", f.rule().bypassed().isEmpty() ? "never" : "LLVM " + f.rule().bypassed());
        List<Object> fx = new ArrayList<>();
        for (Fix x : fixes) fx.add(x.render());
        o.put("fix", fx);
        return o;
    }
}
