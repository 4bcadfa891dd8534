package dev.irscope.diff;

import dev.irscope.compat.Finding;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.query.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two builds: pairs units by path relative to each input, compares the pairs, and runs the
 * whole analysis on each side to find the cross-unit calls whose verdict changed.
 */
public final class BuildComparer {
    private final DiffOptions options;

    public BuildComparer(DiffOptions options) {
        this.options = options;
    }

    public BuildDiff compare(String leftRoot, Analysis left, String rightRoot, Analysis right) {
        Map<String, Module> l = byRelative(leftRoot, left), r = byRelative(rightRoot, right);
        List<String> added = new ArrayList<>(), removed = new ArrayList<>();
        List<UnitDiff> units = new ArrayList<>();
        UnitComparer unitComparer = new UnitComparer(options);
        for (String name : union(l.keySet(), r.keySet())) {
            Module a = l.get(name), b = r.get(name);
            if (a == null) added.add(name);
            else if (b == null) removed.add(name);
            else {
                UnitDiff d = unitComparer.paired(a, b, name);
                if (!d.isEmpty()) units.add(d);
            }
        }
        if (options.onlyBlocking()) {
            added.clear();
            removed.clear();
        }
        List<FieldChange> link = new ArrayList<>();
        if (left.linkFails() != right.linkFails()) {
            link.add(new FieldChange("llvm-link", linkState(left), linkState(right), ""));
        }
        return new BuildDiff(leftRoot, rightRoot, left.llvm(), right.llvm(), added, removed, units,
                edges(leftRoot, left, rightRoot, right), link);
    }

    private static String linkState(Analysis a) {
        return a.linkFails() ? "refuses the units (nothing is inlined)" : "links";
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Map<String, Module> byRelative(String root, Analysis a) {
        Map<String, Module> out = new TreeMap<>();
        for (Module m : a.loaded().modules()) out.putIfAbsent(UnitNames.relative(root, m.path()), m);
        return out;
    }

    // ---- edges

    private record Key(String callerUnit, String caller, String calleeUnit, String callee) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::callerUnit).thenComparing(Key::caller)
                .thenComparing(Key::calleeUnit).thenComparing(Key::callee);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** The verdicts of one call pair (several when call sites carry different attributes), summed up. */
    private record State(Status status, List<Cause> causes) {}

    private Map<Key, State> states(String root, Analysis a) {
        Map<Key, List<Verdict>> grouped = new TreeMap<>();
        for (Verdict v : a.verdicts()) {
            Key k = new Key(UnitNames.relative(root, v.edge().callerUnit().path()), v.edge().caller().name(),
                    UnitNames.relative(root, v.edge().calleeUnit().path()), v.edge().callee().name());
            grouped.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        Map<Key, State> out = new TreeMap<>();
        for (var e : grouped.entrySet()) {
            Status s = Status.INLINABLE;
            TreeSet<Cause> causes = new TreeSet<>();
            for (Verdict v : e.getValue()) {
                if (v.status() == Status.BLOCKED || (v.status() == Status.UNDECIDED && s == Status.INLINABLE)) s = v.status();
                for (Finding.Block b : v.blockers()) causes.add(new Cause(b.rule().id(), b.attribute(), b.message(), false));
                for (Finding.Undecided u : v.undecided()) causes.add(new Cause(u.rule().id(), u.attribute(), u.message(), true));
            }
            out.put(e.getKey(), new State(s, List.copyOf(causes)));
        }
        return out;
    }

    private List<EdgeChange> edges(String leftRoot, Analysis left, String rightRoot, Analysis right) {
        Map<Key, State> l = states(leftRoot, left), r = states(rightRoot, right);
        TreeSet<Key> keys = new TreeSet<>(l.keySet());
        keys.addAll(r.keySet());
        List<EdgeChange> out = new ArrayList<>();
        for (Key k : keys) {
            Optional<State> a = Optional.ofNullable(l.get(k)), b = Optional.ofNullable(r.get(k));
            Optional<EdgeChange.Kind> kind = kind(a, b);
            if (kind.isEmpty()) continue;
            List<Cause> ac = a.map(State::causes).orElse(List.of()), bc = b.map(State::causes).orElse(List.of());
            if (a.isPresent() && b.isPresent() && onlyIgnoredDiffer(ac, bc)) continue;
            out.add(new EdgeChange(kind.get(), k.callerUnit(), k.caller(), k.calleeUnit(), k.callee(),
                    a.map(State::status), b.map(State::status), ac, bc));
        }
        out.sort(Comparator.comparing(EdgeChange::kind)); // stable: key order within a kind
        return out;
    }

    private static Optional<EdgeChange.Kind> kind(Optional<State> a, Optional<State> b) {
        if (a.isEmpty()) return Optional.of(EdgeChange.Kind.ADDED);
        if (b.isEmpty()) return Optional.of(EdgeChange.Kind.REMOVED);
        boolean was = a.get().status() == Status.INLINABLE, is = b.get().status() == Status.INLINABLE;
        if (was && !is) return Optional.of(EdgeChange.Kind.NEWLY_BLOCKED);
        if (!was && is) return Optional.of(EdgeChange.Kind.NEWLY_INLINABLE);
        if (!ids(a.get().causes()).equals(ids(b.get().causes())) || a.get().status() != b.get().status()) {
            return Optional.of(EdgeChange.Kind.CAUSES_CHANGED);
        }
        return Optional.empty();
    }

    private static TreeSet<String> ids(List<Cause> causes) {
        TreeSet<String> s = new TreeSet<>();
        for (Cause c : causes) s.add(c.id());
        return s;
    }

    /** An edge change that only ignored keys explain is not a difference the user wants to see. */
    private boolean onlyIgnoredDiffer(List<Cause> a, List<Cause> b) {
        if (options.ignore().isEmpty()) return false;
        TreeSet<String> x = new TreeSet<>(), y = new TreeSet<>();
        for (Cause c : a) if (!options.ignore().contains(c.attribute())) x.add(c.id());
        for (Cause c : b) if (!options.ignore().contains(c.attribute())) y.add(c.id());
        return x.equals(y);
    }
}
