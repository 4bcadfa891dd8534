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
 *
 * <p>Archives of a tree usually hold one top folder named after the version ({@code proj-1.0/src/a.ll}
 * against {@code proj-1.1/src/a.ll}), which would pair nothing. Unless {@code --strip-components N}
 * says how many leading folders to drop, a side's lone top folder is dropped when that pairs more
 * units than keeping it.
 */
public final class BuildComparer {
    private final DiffOptions options;

    public BuildComparer(DiffOptions options) {
        this.options = options;
    }

    public BuildDiff compare(String leftRoot, Analysis left, String rightRoot, Analysis right) {
        Naming ln = new Naming(leftRoot, 0), rn = new Naming(rightRoot, 0);
        if (options.stripComponents() >= 0) {
            ln = new Naming(leftRoot, options.stripComponents());
            rn = new Naming(rightRoot, options.stripComponents());
        } else {
            Naming[] best = {ln, rn};
            int most = paired(ln, left, rn, right);
            for (int l = 0; l <= 1; l++) {
                for (int r = 0; r <= 1; r++) {
                    Naming a = new Naming(leftRoot, l), b = new Naming(rightRoot, r);
                    if ((l == 1 && !a.loneTop(left)) || (r == 1 && !b.loneTop(right))) continue;
                    int n = paired(a, left, b, right);
                    if (n > most) {
                        most = n;
                        best = new Naming[] {a, b};
                    }
                }
            }
            ln = best[0];
            rn = best[1];
        }
        Map<String, Module> l = ln.byName(left), r = rn.byName(right);
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
                edges(ln, left, rn, right), link);
    }

    /** How one side names its units: relative to its root, with {@code strip} leading folders dropped. */
    private record Naming(String root, int strip) {
        String name(String path) {
            String rel = UnitNames.relative(root, path);
            for (int i = 0; i < strip; i++) {
                int slash = rel.indexOf('/');
                if (slash < 0 || slash == rel.length() - 1) break;
                rel = rel.substring(slash + 1);
            }
            return rel;
        }

        Map<String, Module> byName(Analysis a) {
            Map<String, Module> out = new TreeMap<>();
            for (Module m : a.loaded().modules()) out.putIfAbsent(name(m.path()), m);
            return out;
        }

        /** Whether every unit of the side lies under one and the same top folder. */
        boolean loneTop(Analysis a) {
            java.util.Set<String> tops = new java.util.HashSet<>();
            for (Module m : a.loaded().modules()) {
                String rel = UnitNames.relative(root, m.path());
                int slash = rel.indexOf('/');
                if (slash <= 0) return false;
                tops.add(rel.substring(0, slash));
            }
            return tops.size() == 1;
        }
    }

    private static int paired(Naming ln, Analysis left, Naming rn, Analysis right) {
        java.util.Set<String> l = ln.byName(left).keySet();
        int n = 0;
        for (String r : rn.byName(right).keySet()) if (l.contains(r)) n++;
        return n;
    }

    private static String linkState(Analysis a) {
        return a.linkFails() ? "refuses the units (nothing is inlined)" : "links";
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
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

    private Map<Key, State> states(Naming naming, Analysis a) {
        Map<Key, List<Verdict>> grouped = new TreeMap<>();
        for (Verdict v : a.verdicts()) {
            Key k = new Key(naming.name(v.edge().callerUnit().path()), v.edge().caller().name(),
                    naming.name(v.edge().calleeUnit().path()), v.edge().callee().name());
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

    private List<EdgeChange> edges(Naming leftNames, Analysis left, Naming rightNames, Analysis right) {
        Map<Key, State> l = states(leftNames, left), r = states(rightNames, right);
        TreeSet<Key> keys = new TreeSet<>(l.keySet());
        keys.addAll(r.keySet());
        List<EdgeChange> out = new ArrayList<>();
        for (Key k : keys) {
            Optional<State> a = Optional.ofNullable(l.get(k)), b = Optional.ofNullable(r.get(k));
            Optional<EdgeChange.Kind> kind = kind(a, b);
            if (kind.isEmpty()) continue;
            List<Cause> ac = a.map(State::causes).orElse(List.of()), bc = b.map(State::causes).orElse(List.of());
            // --ignore may hide a change of causes, never a change of verdict: those always count.
            if (a.isPresent() && b.isPresent() && a.get().status() == b.get().status() && onlyIgnoredDiffer(ac, bc)) continue;
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
