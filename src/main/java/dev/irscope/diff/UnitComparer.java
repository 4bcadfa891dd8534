package dev.irscope.diff;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.link.LinkCheck;
import dev.irscope.link.LinkIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two units: header, module flags (with what llvm-link does, LEFT linked first, as
 * {@link LinkCheck} models it), the attribute landscape of their defined functions, and the
 * functions both define. Only defined functions count: a declaration's attributes are not what
 * the inliner reads.
 */
public final class UnitComparer {
    private final DiffOptions options;

    public UnitComparer(DiffOptions options) {
        this.options = options;
    }

    /** Two units of different code: no added/removed functions, which would list every name. */
    public UnitDiff units(Module left, Module right) {
        return compare(left, left.path(), right, right.path(), false);
    }

    /** The same unit in two builds: also the functions one side defines and the other does not. */
    public UnitDiff paired(Module left, Module right, String name) {
        return compare(left, name, right, name, true);
    }

    private UnitDiff compare(Module l, String lname, Module r, String rname, boolean functionSets) {
        List<LinkIssue> issues = LinkCheck.check(List.of(l, r));
        List<FieldChange> header = new ArrayList<>();
        if (!options.onlyBlocking()) {
            field(header, "target triple", l.triple(), r.triple(), issues);
            field(header, "datalayout", l.header().datalayout().orElse(""), r.header().datalayout().orElse(""), issues);
        }
        List<String> added = new ArrayList<>(), removed = new ArrayList<>();
        if (functionSets && !options.onlyBlocking()) {
            TreeSet<String> ln = defined(l), rn = defined(r);
            for (String n : rn) if (!ln.contains(n)) added.add(n);
            for (String n : ln) if (!rn.contains(n)) removed.add(n);
        }
        return new UnitDiff(side(l, lname), side(r, rname), header, flags(l, r, issues), landscape(l, r), added, removed,
                functions(l, r));
    }

    private static UnitDiff.Side side(Module m, String name) {
        return new UnitDiff.Side(name, m.header().producer(), m.triple(), m.definedCount());
    }

    private static void field(List<FieldChange> out, String what, String left, String right, List<LinkIssue> issues) {
        if (left.equals(right)) return;
        String link = issues.stream().filter(i -> i.what().equals(what)).map(i -> i.severity() + ": " + i.message())
                .findFirst().orElse("");
        out.add(new FieldChange(what, left, right, link));
    }

    private static TreeSet<String> defined(Module m) {
        TreeSet<String> s = new TreeSet<>();
        for (Function f : m.functions()) if (f.defined()) s.add(f.name());
        return s;
    }

    // ---- module flags

    private List<FlagChange> flags(Module l, Module r, List<LinkIssue> issues) {
        TreeSet<String> keys = new TreeSet<>();
        for (ModuleFlag f : l.flags()) keys.add(f.key());
        for (ModuleFlag f : r.flags()) keys.add(f.key());
        List<FlagChange> out = new ArrayList<>();
        for (String key : keys) {
            if (options.ignore().contains(key)) continue;
            Optional<ModuleFlag> a = l.flag(key), b = r.flag(key);
            if (a.equals(b)) continue;
            Optional<LinkIssue> issue = issues.stream().filter(i -> i.what().equals("module flag '" + key + "'")).findFirst();
            FlagChange c = issue.map(i -> new FlagChange(key, a, b, i.severity(), i.message()))
                    .orElseGet(() -> new FlagChange(key, a, b, "ok", FlagOutcome.describe(a, b)));
            if (!options.onlyBlocking() || c.error()) out.add(c);
        }
        return out;
    }

    // ---- attribute landscape

    private List<KeyDiff> landscape(Module l, Module r) {
        Map<String, Spread> ls = spreads(l), rs = spreads(r);
        TreeSet<String> keys = new TreeSet<>(ls.keySet());
        keys.addAll(rs.keySet());
        List<KeyDiff> out = new ArrayList<>();
        for (String key : keys) {
            KeyKind kind = AttributeKinds.of(key);
            if (!options.keeps(key, kind)) continue;
            Spread a = ls.getOrDefault(key, none(l)), b = rs.getOrDefault(key, none(r));
            if (!a.sameShape(b)) out.add(new KeyDiff(key, kind, a, b));
        }
        out.sort(ORDER);
        return out;
    }

    /** Blocking first, merging next, then the rest; blocking keys in the order LLVM checks them. */
    static final Comparator<KeyDiff> ORDER = Comparator.comparing(KeyDiff::kind)
            .thenComparingInt(k -> AttributeKinds.rank(k.key())).thenComparing(KeyDiff::key);

    private static Spread none(Module m) {
        int n = (int) m.definedCount();
        return new Spread(n, n, List.of());
    }

    private static Map<String, Spread> spreads(Module m) {
        Map<String, TreeMap<String, int[]>> counts = new TreeMap<>();
        Map<String, Map<String, String>> rendered = new TreeMap<>();
        int defined = 0;
        for (Function f : m.functions()) {
            if (!f.defined()) continue;
            defined++;
            for (Attribute a : f.attributes().list()) {
                counts.computeIfAbsent(a.key(), k -> new TreeMap<>()).computeIfAbsent(a.value(), v -> new int[1])[0]++;
                rendered.computeIfAbsent(a.key(), k -> new TreeMap<>()).putIfAbsent(a.value(), a.render());
            }
        }
        Map<String, Spread> out = new TreeMap<>();
        for (var e : counts.entrySet()) {
            List<Spread.Count> values = new ArrayList<>();
            int present = 0;
            for (var v : e.getValue().entrySet()) {
                values.add(new Spread.Count(v.getKey(), rendered.get(e.getKey()).get(v.getKey()), v.getValue()[0]));
                present += v.getValue()[0];
            }
            out.put(e.getKey(), new Spread(defined, Math.max(0, defined - present), values));
        }
        return out;
    }

    // ---- functions on both sides

    private List<FunctionChange> functions(Module l, Module r) {
        List<FunctionChange> out = new ArrayList<>();
        for (String name : defined(l)) {
            Optional<Function> other = r.function(name).filter(Function::defined);
            if (other.isEmpty()) continue;
            List<AttrChange> changes = attributes(l.function(name).orElseThrow().attributes(), other.get().attributes());
            if (!changes.isEmpty()) out.add(new FunctionChange(name, changes));
        }
        return out;
    }

    private List<AttrChange> attributes(AttributeSet a, AttributeSet b) {
        TreeSet<String> keys = new TreeSet<>();
        for (Attribute x : a.list()) keys.add(x.key());
        for (Attribute x : b.list()) keys.add(x.key());
        List<AttrChange> out = new ArrayList<>();
        for (String key : keys) {
            KeyKind kind = AttributeKinds.of(key);
            if (!options.keeps(key, kind)) continue;
            Optional<String> x = a.get(key).map(Attribute::render), y = b.get(key).map(Attribute::render);
            if (!x.equals(y)) out.add(new AttrChange(key, kind, x, y));
        }
        out.sort(Comparator.comparing(AttrChange::kind).thenComparingInt(c -> AttributeKinds.rank(c.key()))
                .thenComparing(AttrChange::key));
        return out;
    }
}
