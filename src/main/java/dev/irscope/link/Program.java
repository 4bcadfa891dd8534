package dev.irscope.link;

import dev.irscope.ir.Alias;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of one invocation put side by side, with a symbol table built the way {@code llvm-link}
 * resolves names when given the units in input order: a call to a name its own unit only declares
 * goes to another unit's non-local definition; strong definitions win over {@code available_externally}
 * ones; aliases are followed in their unit. Like llvm-link, {@code linkonce}, {@code linkonce_odr},
 * {@code available_externally} and local definitions are linked lazily: only if something linked
 * before them references them (ModuleLinker::linkIfNeeded), so unit order matters.
 */
public final class Program {
    private final List<Module> units;
    private final Map<String, List<Definition>> defs = new HashMap<>();
    private final java.util.Set<Function> linked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** A non-local definition of a name: the function, and the alias it was reached through. */
    public record Definition(Module unit, Function function, Optional<String> via) {}

    private final dev.irscope.subtarget.Vendor vendor;

    public Program(List<Module> units) {
        this(units, Optional.empty());
    }

    /** @param vendor whose LLVM build's tables apply; empty: from the producers (Vendor.fromIdents) */
    public Program(List<Module> units, Optional<dev.irscope.subtarget.Vendor> vendor) {
        this.units = List.copyOf(units);
        List<String> idents = new ArrayList<>();
        for (Module m : units) idents.addAll(m.header().idents());
        this.vendor = vendor.orElseGet(() -> dev.irscope.subtarget.Vendor.fromIdents(idents));
        java.util.Set<String> composite = new java.util.HashSet<>();
        for (Module m : units) link(m, composite);
        for (Module m : units) {
            for (Function f : m.functions()) {
                if (f.defined() && !f.linkage().local() && linked.contains(f)) add(f.name(), new Definition(m, f, Optional.empty()));
            }
            for (Alias a : m.aliases()) {
                if (a.linkage().local() || a.target().isEmpty()) continue;
                m.function(a.target().get()).filter(Function::defined)
                        .ifPresent(f -> add(a.name(), new Definition(m, f, Optional.of(a.name()))));
            }
        }
    }

    private static boolean lazy(Linkage l) {
        return l.local() || l == Linkage.LINKONCE || l == Linkage.LINKONCE_ODR || l == Linkage.AVAILABLE_EXTERNALLY;
    }

    /**
     * Links one unit into the composite: eager definitions, lazy ones the composite already names,
     * the ones a global variable's initializer names (a vtable's methods, a table of callbacks:
     * ir-samples rules-llvm22 keep), then whatever those call within the unit, transitively. A
     * global is taken as linked (compilers do not emit dead ones at -O1+), and a function that a
     * body uses other than by calling it (storing its address) is not seen, which can only under-link.
     */
    private void link(Module m, java.util.Set<String> composite) {
        java.util.ArrayDeque<Function> work = new java.util.ArrayDeque<>();
        java.util.Set<String> tables = m.globalRefs();
        for (Function f : m.functions()) {
            if (!f.defined()) continue;
            if (!lazy(f.linkage()) || (!f.linkage().local() && composite.contains(f.name())) || tables.contains(f.name())) work.add(f);
        }
        for (String n : tables) if (m.function(n).filter(Function::defined).isEmpty()) composite.add(n);
        while (!work.isEmpty()) {
            Function f = work.poll();
            if (!linked.add(f)) continue;
            if (!f.linkage().local()) composite.add(f.name());
            for (CallSite c : f.body().calls()) {
                if (!c.callee().startsWith("llvm.")) {
                    Optional<Function> t = m.function(c.callee());
                    if (t.isPresent() && t.get().defined()) work.add(t.get());
                    else composite.add(c.callee());
                }
            }
        }
    }

    /** False for a lazily linked definition nothing pulled in: after llvm-link it does not exist. */
    public boolean isLinked(Function f) {
        return !f.defined() || linked.contains(f);
    }

    private void add(String name, Definition d) {
        defs.computeIfAbsent(name, k -> new ArrayList<>(1)).add(d);
    }

    public List<Module> units() {
        return units;
    }

    /** Whose build of LLVM the target tables describe (Debian's patches ARM's armv7-a). */
    public dev.irscope.subtarget.Vendor vendor() {
        return vendor;
    }

    private volatile Map<String, dev.irscope.ir.ModuleFlag> linkedFlags;

    /** The module flags of the linked module (llvm-link's merge of every unit's, in input order). */
    public Map<String, dev.irscope.ir.ModuleFlag> linkedFlags() {
        Map<String, dev.irscope.ir.ModuleFlag> f = linkedFlags;
        if (f == null) linkedFlags = f = LinkCheck.mergedFlags(units);
        return f;
    }

    /** One flag of the linked module. */
    public Optional<dev.irscope.ir.ModuleFlag> linkedFlag(String key) {
        return Optional.ofNullable(linkedFlags().get(key));
    }

    /** Where a call from {@code from} to {@code name} lands after linking, if in another unit. */
    public Optional<Definition> resolveExternal(Module from, String name) {
        Optional<Function> local = from.function(name);
        if (local.isPresent() && local.get().defined() && linked.contains(local.get())
                && local.get().linkage() != Linkage.AVAILABLE_EXTERNALLY) {
            return Optional.empty(); // the caller's own unit defines it: not a cross-unit call
        }
        if (from.alias(name).isPresent()) return Optional.empty();
        List<Definition> candidates = defs.getOrDefault(name, List.of());
        Definition best = null;
        for (Definition d : candidates) {
            if (d.unit() == from) continue;
            if (best == null || rank(d) > rank(best)) best = d;
        }
        return Optional.ofNullable(best);
    }

    /** Any definition of the name in any unit (the caller's own included), for explain. */
    public List<Definition> definitions(String name) {
        return defs.getOrDefault(name, List.of());
    }

    private static int rank(Definition d) {
        return switch (d.function().linkage()) {
            case AVAILABLE_EXTERNALLY -> 0;
            case LINKONCE, LINKONCE_ODR, WEAK, WEAK_ODR, COMMON, EXTERN_WEAK -> 1;
            default -> 2;
        };
    }

    /** The function a call in {@code unit} names, wherever it is defined after linking. */
    public Optional<Function> target(Module unit, String name) {
        Optional<Function> local = unit.function(name).filter(Function::defined);
        if (local.isPresent()) return local;
        return resolveExternal(unit, name).map(Definition::function).or(() -> unit.function(name));
    }

    /**
     * Every cross-unit edge, ordered by caller unit (input order), caller, callee. A pair whose call
     * sites differ in what the decision reads gets one edge per kind of site, each knowing the others.
     */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (Module m : units) {
            List<Function> callers = new ArrayList<>(m.functions());
            callers.sort(java.util.Comparator.comparing(Function::name));
            for (Function f : callers) {
                if (!f.defined() || !linked.contains(f)) continue;
                Map<String, List<CallSite>> groups = new LinkedHashMap<>();
                Map<String, List<CallSite>> byCallee = new HashMap<>();
                Map<String, Definition> targets = new HashMap<>();
                for (CallSite c : f.body().calls()) {
                    if (c.intrinsic()) continue;
                    Optional<Definition> d = resolveExternal(m, c.callee());
                    if (d.isEmpty()) continue;
                    String key = c.callee() + "\u0000" + siteKey(c);
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                    byCallee.computeIfAbsent(c.callee(), k -> new ArrayList<>()).add(c);
                    targets.put(key, d.get());
                }
                List<String> keys = new ArrayList<>(groups.keySet());
                keys.sort(null);
                for (String k : keys) {
                    Definition d = targets.get(k);
                    List<CallSite> mine = groups.get(k);
                    List<CallSite> others = new ArrayList<>(byCallee.get(mine.get(0).callee()));
                    others.removeAll(mine);
                    out.add(new Edge(m, f, d.unit(), d.function(), List.copyOf(mine), d.via(), List.copyOf(others)));
                }
            }
        }
        return out;
    }

    /**
     * What of a call site the decision reads: the call-site attributes (noinline, alwaysinline,
     * returns_twice), the kind (callbr is never inlined) and the operand bundle tags (InlineFunction
     * refuses the ones it does not handle). Sites with equal keys get one verdict.
     */
    static String siteKey(CallSite c) {
        AttributeSet a = c.attributes();
        StringBuilder k = new StringBuilder();
        if (a.has("noinline")) k.append('N');
        if (a.has("alwaysinline")) k.append('A');
        if (a.has("returns_twice")) k.append('R');
        if (c.kind() == dev.irscope.ir.CallKind.CALLBR) k.append('B');
        if (!c.bundles().isEmpty()) k.append(new java.util.TreeSet<>(c.bundles()));
        return k.toString();
    }
}
