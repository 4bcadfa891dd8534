package dev.irscope.report;

import dev.irscope.compat.Fix;
import dev.irscope.compat.Verdict;
import dev.irscope.link.LinkIssue;
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
        return root(CheckView.of(a, verdicts));
    }

    public static Map<String, Object> root(CheckView view) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", view.tool());
        root.put("llvm", String.valueOf(view.llvm()));
        root.put("llvmReason", view.llvmReason());
        List<Object> units = new ArrayList<>();
        for (CheckView.Unit m : view.units()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("path", m.path());
            u.put("triple", m.triple());
            u.put("producer", m.producer());
            u.put("functions", m.functions());
            units.add(u);
        }
        root.put("units", units);
        List<Object> link = new ArrayList<>();
        for (LinkIssue i : view.linkIssues()) link.add(link(i));
        root.put("link", link);
        List<Object> edges = new ArrayList<>();
        for (CheckView.Call c : view.calls()) edges.add(edge(c));
        root.put("edges", edges);
        notLto(root, view);
        undefinedCalls(root, view);
        putErrors(root, view.problems());
        return root;
    }

    /** Objects without bitcode, linked outside LTO, as {@code "notLto"} (none: no key). */
    static void notLto(Map<String, Object> root, CheckView view) {
        if (view.notLto().isEmpty()) return;
        List<Object> out = new ArrayList<>();
        for (dev.irscope.source.NativeObject o : view.notLto()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", o.name());
            e.put("format", o.format());
            out.add(e);
        }
        root.put("notLto", out);
    }

    /** Callees no loaded unit defines, with their call counts, as {@code "undefinedCalls"} (none: no key). */
    static void undefinedCalls(Map<String, Object> root, CheckView view) {
        if (view.undefined().isEmpty()) return;
        List<Object> out = new ArrayList<>();
        for (Analysis.Undefined u : view.undefined()) {
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
        return edge(CheckView.call(1, v));
    }

    public static Map<String, Object> edge(CheckView.Call c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("caller", c.caller().name());
        o.put("callerUnit", c.caller().unit());
        o.put("callee", c.callee().name());
        o.put("calleeUnit", c.callee().unit());
        o.put("inlinable", c.inlinable());
        o.put("verdict", c.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("alwaysInline", c.alwaysInline());
        o.put("llvmRemark", c.remark());
        List<Integer> lines = new ArrayList<>();
        c.sites().forEach(s -> lines.add(s.line()));
        o.put("callLines", lines);
        if (c.mixed()) { // the pair's other call sites carry other verdicts (other edges)
            List<Integer> others = new ArrayList<>();
            c.otherSites().forEach(s -> others.add(s.line()));
            o.put("otherCallLines", others);
        }
        List<Object> blockers = new ArrayList<>();
        for (CheckView.Cause b : c.blockers()) blockers.add(finding(b));
        o.put("blockers", blockers);
        List<Object> undecided = new ArrayList<>();
        for (CheckView.Cause u : c.undecided()) undecided.add(finding(u));
        o.put("undecided", undecided);
        List<Object> bypassed = new ArrayList<>();
        for (CheckView.Cause b : c.bypassed()) {
            Map<String, Object> f = finding(b);
            f.put("bypassedThrough", "LLVM " + b.bypassedBy());
            bypassed.add(f);
        }
        o.put("bypassed", bypassed);
        List<Object> merges = new ArrayList<>();
        for (CheckView.Cause m : c.merges()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", m.rule());
            f.put("attribute", m.attribute());
            f.put("caller", m.caller());
            f.put("callee", m.callee());
            f.put("effect", m.message());
            merges.add(f);
        }
        o.put("merges", merges);
        return o;
    }

    static Map<String, Object> finding(CheckView.Cause f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule());
        o.put("attribute", f.attribute());
        o.put("caller", f.caller());
        o.put("callee", f.callee());
        o.put("why", f.message());
        o.put("llvmVersions", f.versions().toString());
        o.put("alwaysInlineBypasses", f.bypassedBy().isEmpty() ? "never" : "LLVM " + f.bypassedBy());
        List<Object> fx = new ArrayList<>();
        for (Fix x : f.fixes()) fx.add(x.render());
        o.put("fix", fx);
        return o;
    }
}
