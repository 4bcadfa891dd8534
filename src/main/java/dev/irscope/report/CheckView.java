package dev.irscope.report;

import dev.irscope.compat.Finding;
import dev.irscope.compat.Fix;
import dev.irscope.compat.Layer;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.compat.Versions;
import dev.irscope.demangle.Names;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.link.LinkIssue;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.source.NativeObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@code irscope check}, built once from an {@link Analysis}: units, link problems
 * (identical ones counted, not repeated), a summary with counts per cause, every call, and the calls
 * grouped by the set of causes they share. Text, Markdown, JSON, YAML and the bug report all render
 * this one value, so they cannot disagree about what was found.
 */
public record CheckView(String tool, int llvm, String llvmReason, List<Unit> units, List<LoadProblem> problems,
                        List<NativeObject> notLto, List<LinkIssue> linkIssues, List<LinkGroup> link, boolean linkFails,
                        Summary summary, List<Analysis.Undefined> undefined, List<Call> calls, List<Group> groups) {

    public CheckView {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
        notLto = List.copyOf(notLto);
        undefined = List.copyOf(undefined);
        linkIssues = List.copyOf(linkIssues);
        link = List.copyOf(link);
        calls = List.copyOf(calls);
        groups = List.copyOf(groups);
    }

    /** Which compiler made a unit, read from its producer string: fixes are worded for it. */
    public enum Producer { CLANG, RUSTC, OTHER;

        public static Producer of(String producer) {
            if (producer.startsWith("rustc version")) return RUSTC;
            return producer.contains("clang version") ? CLANG : OTHER;
        }
    }

    /** One input unit as the answer lists it. */
    public record Unit(String path, String triple, String producer, Producer kind, long defined, int functions,
                       Optional<String> datalayout, Optional<String> sourceFilename) {}

    /**
     * Link problems that say the same thing about different pairs of units ({@code severity},
     * {@code what} and both values equal), in first-seen order; {@code issues} are the originals.
     */
    public record LinkGroup(String severity, String what, String left, String right, List<LinkIssue> issues) {
        public LinkGroup {
            issues = List.copyOf(issues);
        }

        public int count() {
            return issues.size();
        }

        public boolean error() {
            return severity.equals("error");
        }
    }

    /**
     * Counts over the calls shown; {@code perCause} is calls per blocking rule id, most calls first.
     * {@code unfiltered} counts every call, {@code filter} is how the shown ones were chosen ("" for all).
     */
    public record Summary(int units, int calls, int inlinable, int blocked, int undecided, Map<String, Integer> perCause,
                          Map<String, Integer> perUndecided, int unfiltered, String filter) {
        public Summary {
            perCause = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perCause));
            perUndecided = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perUndecided));
        }
    }

    /** One side of a call: where the function lives and how to show its name. */
    public record End(String unit, String name, String symbol, String demangled, int line, String linkage, boolean dsoLocal,
                      Optional<String> personality, Optional<String> gc, Producer producer) {
        /** The unit's file name (as the compact answers show it). */
        public String unitName() {
            int i = Math.max(unit.lastIndexOf('/'), unit.lastIndexOf('!'));
            return unit.substring(i + 1);
        }

        static End of(Module m, Function f) {
            return new End(m.path(), f.name(), Names.symbol(f.name()), Names.demangle(f.name()), f.line(), f.linkage().keyword(),
                    f.dsoLocal(), f.personality(), f.gc(), Producer.of(m.header().producer()));
        }
    }

    /** What one rule found on one call, in plain values. */
    public record Cause(String rule, Layer layer, Versions versions, Versions bypassedBy, String attribute, String caller,
                        String callee, String message, List<Fix> fixes) {
        public Cause {
            fixes = List.copyOf(fixes);
        }

        static Cause of(Finding f, List<Fix> fixes) {
            return new Cause(f.rule().id(), f.rule().layer(), f.rule().versions(), f.rule().bypassed(), f.attribute(),
                    f.callerValue(), f.calleeValue(), f.message(), fixes);
        }

        /** What makes two calls' causes "the same" for grouping: the rule and what it said, not every value. */
        String key() {
            return rule + '\u0000' + attribute + '\u0000' + message;
        }
    }

    /**
     * One cross-unit call. {@code n} numbers calls from 1 in the engine's order (the report's
     * "Edge N" and the bundle's {@code edge-N/}).
     *
     * @param bypassAll alwaysinline on the callee would lift every blocker on this release
     */
    public record Call(int n, int llvm, End caller, End callee, Optional<String> via, Status status, boolean alwaysInline,
                       String remark, List<CallSite> sites, List<CallSite> otherSites, List<Cause> blockers, List<Cause> undecided, List<Cause> bypassed,
                       List<Cause> merges, boolean bypassAll, Verdict verdict) {
        public Call {
            sites = List.copyOf(sites);
            otherSites = List.copyOf(otherSites);
            blockers = List.copyOf(blockers);
            undecided = List.copyOf(undecided);
            bypassed = List.copyOf(bypassed);
            merges = List.copyOf(merges);
        }

        public boolean inlinable() {
            return status == Status.INLINABLE;
        }

        /** The same pair is called elsewhere with other call-site facts, judged as other calls. */
        public boolean mixed() {
            return !otherSites.isEmpty();
        }

        /** Blockers, then undecided causes: what stands between this call and an inline. */
        public List<Cause> causes() {
            List<Cause> all = new ArrayList<>(blockers);
            all.addAll(undecided);
            return all;
        }

        /** Both functions' attributes side by side, over the union of keys. */
        public List<ExplainView.AttrRow> attributeRows() {
            return ExplainView.sideBySide(verdict.edge().caller().attributes(), verdict.edge().callee().attributes());
        }

        /** Equal for two calls whose caller and callee carry the same attribute sets. */
        String attributeKey() {
            return verdict.edge().caller().attributes().render() + '\u0000' + verdict.edge().callee().attributes().render();
        }

        String key() {
            StringBuilder b = new StringBuilder(status.name());
            for (Cause c : blockers) b.append('\u0001').append(c.key());
            for (Cause c : undecided) b.append('\u0002').append(c.key());
            return b.toString();
        }
    }

    /**
     * Calls that share one status and one set of causes (rule, attribute, message), in the order
     * the first of them appears. {@code causes} are the first call's; values may differ per call.
     */
    public record Group(int n, Status status, List<Cause> causes, List<Call> calls) {
        public Group {
            causes = List.copyOf(causes);
            calls = List.copyOf(calls);
        }
    }

    /**
     * The fixes of a cause that apply to this call's units: a compiler's advice only where that
     * compiler built the side it is for (units whose producer is neither keep every fix).
     */
    public static List<Fix> fixesFor(Cause c, Call call) {
        List<Fix> out = new ArrayList<>();
        for (Fix f : c.fixes()) {
            Producer want = switch (f.who()) {
                case "clang" -> Producer.CLANG;
                case "rustc" -> Producer.RUSTC;
                default -> null;
            };
            if (want == null) {
                out.add(f);
                continue;
            }
            boolean caller = applies(call.caller().producer(), want), callee = applies(call.callee().producer(), want);
            boolean ok = switch (f.side()) {
                case CALLER -> caller;
                case CALLEE -> callee;
                case BOTH -> caller || callee;
            };
            if (ok) out.add(f);
        }
        return out;
    }

    /** A fix as a group shows it: {@code where} names the side's unit ("callee helpers.ll"), empty for source advice. */
    public record GroupFix(Fix fix, String where) {}

    /**
     * The fixes of a group's cause over all its calls, each once: a group may mix a C and a Rust
     * caller, and each gets its own compiler's advice. The always-inline advice is left out (the
     * group states it once).
     */
    public static List<GroupFix> groupFixes(Group g, Cause c) {
        Map<String, GroupFix> out = new LinkedHashMap<>();
        for (Call call : g.calls()) {
            for (Cause x : call.causes()) {
                if (!x.rule().equals(c.rule()) || !x.attribute().equals(c.attribute())) continue;
                for (Fix f : fixesFor(x, call)) {
                    if (f.who().equals("source") && f.hint().startsWith("mark the callee always-inline")) continue;
                    String where = switch (f.side()) {
                        case CALLER -> "caller " + call.caller().unitName();
                        case CALLEE -> "callee " + call.callee().unitName();
                        case BOTH -> f.who().equals("source") ? "" : "both sides";
                    };
                    out.putIfAbsent(f.who() + '\u0000' + where + '\u0000' + f.hint(), new GroupFix(f, where));
                }
                break;
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean applies(Producer p, Producer want) {
        return p == want || p == Producer.OTHER;
    }

    /** The source {@code file:line} of a call from its debug info, when the unit has it. */
    public static Optional<String> location(CallSite s) {
        return s.debugLoc().map(l -> l.path() + ":" + l.line() + (l.column() > 0 ? ":" + l.column() : ""));
    }

    public static CheckView of(Analysis a) {
        return of(a, a.verdicts());
    }

    public static CheckView of(Analysis a, List<Verdict> verdicts) {
        return of(a, verdicts, CheckFilter.ALL);
    }

    public static CheckView of(Analysis a, CheckFilter filter) {
        return of(a, a.verdicts(), filter);
    }

    public static CheckView of(Analysis a, List<Verdict> verdicts, CheckFilter filter) {
        List<Unit> units = new ArrayList<>();
        for (Module m : a.loaded().modules()) {
            units.add(new Unit(m.path(), m.triple(), m.header().producer(), Producer.of(m.header().producer()), m.definedCount(),
                    m.functions().size(), m.header().datalayout(), m.header().sourceFilename()));
        }
        List<Call> calls = new ArrayList<>();
        int n = 0;
        for (Verdict v : verdicts) {
            Call c = call(++n, v);
            if (filter.test(c)) calls.add(c);
        }
        return new CheckView(dev.irscope.Tool.ID, a.llvm(), a.llvmReason(), units, a.loaded().problems(), a.loaded().notLto(),
                a.linkIssues(), linkGroups(a.linkIssues(), units), a.linkFails(), summary(units.size(), calls, n, filter.describe()), a.undefinedCalls(), calls,
                groups(calls));
    }

    public static Call call(int n, Verdict v) {
        List<Cause> blockers = new ArrayList<>(), undecided = new ArrayList<>(), bypassed = new ArrayList<>(), merges = new ArrayList<>();
        for (Finding.Block f : v.blockers()) blockers.add(Cause.of(f, f.fixes()));
        for (Finding.Undecided f : v.undecided()) undecided.add(Cause.of(f, List.of()));
        for (Finding.Bypassed f : v.bypassed()) bypassed.add(Cause.of(f, f.fixes()));
        for (Finding.Merge f : v.merges()) merges.add(Cause.of(f, List.of()));
        boolean bypassAll = !v.blockers().isEmpty() && v.status() == Status.BLOCKED && !v.alwaysInline()
                && v.blockers().stream().allMatch(f -> f.rule().skippedByAlwaysInline(v.llvm()));
        return new Call(n, v.llvm(), End.of(v.edge().callerUnit(), v.edge().caller()), End.of(v.edge().calleeUnit(), v.edge().callee()),
                v.edge().via(), v.status(), v.alwaysInline(), v.llvmRemark(), v.edge().sites(), v.edge().otherSites(), blockers,
                undecided, bypassed, merges, bypassAll, v);
    }

    static List<LinkGroup> linkGroups(List<LinkIssue> issues, List<Unit> units) {
        Map<String, List<LinkIssue>> by = new LinkedHashMap<>();
        for (LinkIssue i : issues) by.computeIfAbsent(i.severity() + '\u0000' + template(i.message(), units), k -> new ArrayList<>()).add(i);
        List<LinkGroup> out = new ArrayList<>();
        for (List<LinkIssue> g : by.values()) {
            LinkIssue f = g.get(0);
            out.add(new LinkGroup(f.severity(), f.what(), f.left(), f.right(), g));
        }
        return out;
    }

    /** A link message with unit paths and quoted names or values taken out: what makes two of them "the same". */
    static String template(String message, List<Unit> units) {
        String t = message;
        for (Unit u : units) t = t.replace(u.path(), "<unit>");
        return t.replaceAll("'[^']*'", "'…'");
    }

    static Summary summary(int units, List<Call> calls, int unfiltered, String filter) {
        int ok = 0, blocked = 0, undecided = 0;
        Map<String, Integer> per = new LinkedHashMap<>(), perU = new LinkedHashMap<>();
        for (Call c : calls) {
            switch (c.status()) {
                case INLINABLE -> ok++;
                case BLOCKED -> blocked++;
                case UNDECIDED -> undecided++;
            }
            c.blockers().stream().map(Cause::rule).distinct().forEach(r -> per.merge(r, 1, Integer::sum));
            c.undecided().stream().map(Cause::rule).distinct().forEach(r -> perU.merge(r, 1, Integer::sum));
        }
        return new Summary(units, calls.size(), ok, blocked, undecided, byCount(per), byCount(perU), unfiltered, filter);
    }

    /** Most calls first; ties keep first-seen order (LLVM's evaluation order within a call). */
    private static Map<String, Integer> byCount(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : es) out.put(e.getKey(), e.getValue());
        return out;
    }

    static List<Group> groups(List<Call> calls) {
        Map<String, List<Call>> by = new LinkedHashMap<>();
        for (Call c : calls) by.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        List<Group> out = new ArrayList<>();
        // Blocked groups first, then undecided, then inlinable; within a status, the bigger group first.
        List<List<Call>> gs = new ArrayList<>(by.values());
        gs.sort(Comparator.<List<Call>>comparingInt(g -> rank(g.get(0).status())).thenComparing(g -> -g.size()));
        for (List<Call> g : gs) out.add(new Group(out.size() + 1, g.get(0).status(), g.get(0).causes(), g));
        return out;
    }

    private static int rank(Status s) {
        return switch (s) {
            case BLOCKED -> 0;
            case UNDECIDED -> 1;
            case INLINABLE -> 2;
        };
    }
}
