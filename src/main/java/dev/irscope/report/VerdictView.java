package dev.irscope.report;

import dev.irscope.compat.Fix;
import dev.irscope.write.Json;
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
        Map<String, Object> root = Json.root("check", view.tool());
        root.put("llvm", view.llvm());
        root.put("llvmReason", view.llvmReason());
        root.put("summary", summary(view.summary()));
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

    /** Counts over all calls, and calls per blocking (and per undeciding) rule, most calls first. */
    static Map<String, Object> summary(CheckView.Summary s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("units", s.units());
        o.put("calls", s.calls());
        o.put("inlinable", s.inlinable());
        o.put("blocked", s.blocked());
        o.put("undecided", s.undecided());
        o.put("perCause", new LinkedHashMap<>(s.perCause()));
        o.put("perUndecided", new LinkedHashMap<>(s.perUndecided()));
        return o;
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
        o.put("callSites", sites(c.sites()));
        if (c.mixed()) { // the pair's other call sites carry other verdicts (other edges)
            List<Integer> others = new ArrayList<>();
            c.otherSites().forEach(s -> others.add(s.line()));
            o.put("otherCallLines", others);
        }
        List<Object> blockers = new ArrayList<>();
        for (CheckView.Cause b : c.blockers()) blockers.add(finding(c, b));
        o.put("blockers", blockers);
        List<Object> undecided = new ArrayList<>();
        for (CheckView.Cause u : c.undecided()) undecided.add(finding(c, u));
        o.put("undecided", undecided);
        List<Object> bypassed = new ArrayList<>();
        for (CheckView.Cause b : c.bypassed()) {
            Map<String, Object> f = finding(c, b);
            f.put("bypassedThrough", range(b.bypassedBy()));
            bypassed.add(f);
        }
        o.put("bypassed", bypassed);
        List<Object> merges = new ArrayList<>();
        for (CheckView.Cause m : c.merges()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", m.rule());
            f.put("attribute", m.attribute());
            f.put("caller", side(c, true, m));
            f.put("callee", side(c, false, m));
            f.put("effect", m.message());
            merges.add(f);
        }
        o.put("merges", merges);
        return o;
    }

    /** Each call site: its line in the unit and its source location when the unit has debug info (else null). */
    static List<Object> sites(List<dev.irscope.ir.CallSite> sites) {
        List<Object> out = new ArrayList<>();
        for (dev.irscope.ir.CallSite s : sites) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("line", s.line());
            o.put("debugLoc", s.debugLoc().map(l -> {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("file", l.file());
                d.put("directory", l.directory());
                d.put("line", l.line());
                d.put("column", l.column());
                return (Object) d;
            }).orElse(null));
            out.add(o);
        }
        return out;
    }

    /** A release range: {@code {"from": 14, "to": 22}}, {@code to} null when the rule still holds in the newest release. */
    static Map<String, Object> range(dev.irscope.compat.Versions v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("from", v.from());
        o.put("to", v.to() == dev.irscope.compat.Versions.OPEN ? null : v.to());
        return o;
    }

    /** {@link #range}, or null for a rule always-inline never bypasses. */
    static Object bypass(dev.irscope.compat.Versions v) {
        return v.isEmpty() ? null : range(v);
    }

    /**
     * What a rule read on one side: {@code present}, the text it read ({@code value}, null when the
     * side lacks it or it is a keyword attribute), and for target features the side's
     * {@code target-features} as an array.
     */
    static Map<String, Object> side(CheckView.Call c, boolean caller, CheckView.Cause f) {
        String text = caller ? f.caller() : f.callee();
        dev.irscope.ir.Function fn = caller ? c.verdict().edge().caller() : c.verdict().edge().callee();
        boolean present = !text.isEmpty() && !text.equals("absent");
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("present", present);
        o.put("value", !present || text.equals("present") ? null : text);
        if (f.attribute().contains("target-features")) {
            o.put("features", features(fn.attributes().get("target-features").map(dev.irscope.ir.Attribute::value).orElse("")));
        }
        return o;
    }

    /** A {@code target-features} value as its list, in the order written. */
    static List<String> features(String value) {
        List<String> out = new ArrayList<>();
        for (String x : value.split(",")) if (!x.isBlank()) out.add(x.trim());
        return out;
    }

    /** One attribute of a function: key, value (null for a keyword attribute), features for target-features. */
    public static Map<String, Object> attribute(dev.irscope.ir.Attribute a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("key", a.key());
        o.put("value", a.value().isEmpty() && !a.isString() ? null : a.value());
        if (a.key().equals("target-features")) o.put("features", features(a.value()));
        return o;
    }

    /** One side of an attribute row: absent, or present with {@link #attribute}'s value and features. */
    public static Map<String, Object> presence(java.util.Optional<dev.irscope.ir.Attribute> a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("present", a.isPresent());
        o.put("value", a.map(x -> x.value().isEmpty() && !x.isString() ? null : x.value()).orElse(null));
        a.filter(x -> x.key().equals("target-features")).ifPresent(x -> o.put("features", features(x.value())));
        return o;
    }

    /** A fix: which tool's flag or which source change ({@code clang}, {@code rustc}, {@code source}) and the hint. */
    static Map<String, Object> fix(Fix x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", x.who());
        m.put("hint", x.hint());
        return m;
    }

    static Map<String, Object> finding(CheckView.Call c, CheckView.Cause f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule());
        o.put("layer", f.layer().name().toLowerCase(java.util.Locale.ROOT));
        o.put("attribute", f.attribute());
        o.put("caller", side(c, true, f));
        o.put("callee", side(c, false, f));
        o.put("why", f.message());
        o.put("llvmVersions", range(f.versions()));
        o.put("alwaysInlineBypasses", bypass(f.bypassedBy()));
        List<Object> fx = new ArrayList<>();
        for (Fix x : f.fixes()) fx.add(fix(x));
        o.put("fix", fx);
        return o;
    }
}
