package dev.irscope.query;

import dev.irscope.compat.Engine;
import dev.irscope.compat.LlvmVersion;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.link.Edge;
import dev.irscope.link.LinkCheck;
import dev.irscope.link.LinkIssue;
import dev.irscope.link.Program;
import dev.irscope.demangle.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question over a set of units: which LLVM rules apply, what linking says, and the verdict of
 * every cross-unit edge. The CLI commands and the REPL both answer from this class, so they cannot
 * disagree.
 */
public final class Analysis {
    private final Loaded loaded;
    private final Program program;
    private final LlvmVersion.Choice llvm;
    private final Engine engine;
    private final boolean overridden;
    private List<LinkIssue> linkIssues;
    private List<Verdict> verdicts;
    private List<Undefined> undefined;

    public Analysis(Loaded loaded, Optional<Integer> llvmOverride) {
        this(loaded, llvmOverride, new Engine());
    }

    public Analysis(Loaded loaded, Optional<Integer> llvmOverride, Engine engine) {
        this(loaded, llvmOverride, Optional.empty(), engine);
    }

    /** @param vendor whose LLVM build's target tables apply (--vendor); empty: from the producers */
    public Analysis(Loaded loaded, Optional<Integer> llvmOverride, Optional<dev.irscope.subtarget.Vendor> vendor) {
        this(loaded, llvmOverride, vendor, new Engine());
    }

    public Analysis(Loaded loaded, Optional<Integer> llvmOverride, Optional<dev.irscope.subtarget.Vendor> vendor, Engine engine) {
        this.loaded = loaded;
        this.program = new Program(loaded.modules(), vendor);
        this.llvm = llvmOverride.map(v -> new LlvmVersion.Choice(v, "chosen with --llvm " + v))
                .orElseGet(() -> LlvmVersion.choose(loaded.modules()));
        this.engine = engine;
        this.overridden = llvmOverride.isPresent();
    }

    /**
     * A warning when {@code --llvm} chose a release older than the LLVM that produced a unit: that
     * LLVM cannot read the unit's bitcode (LLVM 19 does not read rustc 1.95's), so the LTO link the
     * answer describes cannot happen as given.
     */
    public Optional<String> llvmWarning() {
        if (!overridden) return Optional.empty();
        for (Module m : loaded.modules()) {
            for (String ident : m.header().idents()) {
                Optional<Integer> v = LlvmVersion.of(ident);
                if (v.isPresent() && v.get() > llvm.llvm()) {
                    return Optional.of("LLVM " + llvm.llvm() + " is older than LLVM " + v.get() + ", which produced " + m.path()
                            + " (" + ident + "): LLVM " + llvm.llvm() + " cannot read that unit's bitcode, so this LTO link cannot happen as given");
                }
            }
        }
        return Optional.empty();
    }

    /** The function names (mangled and demangled) closest to one that matched nothing, for "did you mean". */
    public List<String> nearestFunctions(String name) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Module m : loaded.modules()) {
            for (Function f : m.functions()) {
                names.add(f.name());
                names.add(Names.demangle(f.name()));
            }
        }
        return Nearest.to(name.startsWith("@") ? name.substring(1) : name, names, 3);
    }

    public Loaded loaded() { return loaded; }
    public Program program() { return program; }
    public int llvm() { return llvm.llvm(); }
    public String llvmReason() { return llvm.reason(); }

    public List<LinkIssue> linkIssues() {
        if (linkIssues == null) linkIssues = LinkCheck.check(loaded.modules());
        return linkIssues;
    }

    /** True if llvm-link would refuse the units: then nothing is inlined at all. */
    public boolean linkFails() {
        return linkIssues().stream().anyMatch(LinkIssue::error);
    }

    public List<Verdict> verdicts() {
        if (verdicts == null) verdicts = engine.evaluate(program, llvm.llvm());
        return verdicts;
    }

    /** Edges between two functions named by mangled or demangled name. */
    public List<Verdict> between(String caller, String callee) {
        List<Verdict> out = new ArrayList<>();
        for (Verdict v : verdicts()) {
            if (matches(v.edge().caller(), caller) && matches(v.edge().callee(), callee)) out.add(v);
        }
        return out;
    }

    /**
     * The verdict for a pair even when it is not a cross-unit edge: explain also answers for a
     * callee defined in the caller's own unit, as a one-off edge.
     */
    public Optional<Verdict> explain(String caller, String callee) {
        List<Verdict> v = between(caller, callee);
        if (!v.isEmpty()) return Optional.of(v.get(0));
        for (Module m : loaded.modules()) {
            for (Function f : m.functions()) {
                if (!f.defined() || !matches(f, caller)) continue;
                for (var site : f.body().calls()) {
                    Optional<Function> t = program.target(m, site.callee());
                    if (t.isEmpty() || !t.get().defined() || !matches(t.get(), callee)) continue;
                    Module tu = unitOf(t.get()).orElse(m);
                    Edge e = new Edge(m, f, tu, t.get(), List.of(site), Optional.empty());
                    return Optional.of(engine.evaluate(program, e, llvm.llvm()));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Module> unitOf(Function f) {
        for (Module m : loaded.modules()) if (m.functions().contains(f)) return Optional.of(m);
        return Optional.empty();
    }

    /** Functions with this name (mangled or demangled) in any unit. */
    public List<Function> functions(String name) {
        List<Function> out = new ArrayList<>();
        for (Module m : loaded.modules()) for (Function f : m.functions()) if (matches(f, name)) out.add(f);
        return out;
    }

    static boolean matches(Function f, String name) {
        String n = name.startsWith("@") ? name.substring(1) : name;
        return f.name().equals(n) || Names.demangle(f.name()).equals(n);
    }

    public long blockedCount() {
        return verdicts().stream().filter(v -> v.status() == dev.irscope.compat.Status.BLOCKED).count();
    }

    public long undecidedCount() {
        return verdicts().stream().filter(v -> v.status() == dev.irscope.compat.Status.UNDECIDED).count();
    }

    /** A function called from a loaded unit that no loaded unit defines, and how many call sites name it. */
    public record Undefined(String name, int calls) {}

    /**
     * Calls that leave the loaded units: their callees are defined by no unit (libc, a native
     * object, a unit not given), so no verdict covers them. Intrinsics are left out; sorted by name.
     */
    public List<Undefined> undefinedCalls() {
        if (undefined == null) {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            for (Module m : loaded.modules()) {
                for (Function f : m.functions()) {
                    if (!f.defined()) continue;
                    for (var site : f.body().calls()) {
                        if (site.intrinsic() || site.callee().isEmpty() || m.alias(site.callee()).isPresent()) continue;
                        if (program.target(m, site.callee()).filter(Function::defined).isPresent()) continue;
                        if (!program.definitions(site.callee()).isEmpty()) continue;
                        counts.merge(site.callee(), 1, Integer::sum);
                    }
                }
            }
            List<Undefined> out = new ArrayList<>();
            counts.forEach((name, n) -> out.add(new Undefined(name, n)));
            undefined = List.copyOf(out);
        }
        return undefined;
    }
}
