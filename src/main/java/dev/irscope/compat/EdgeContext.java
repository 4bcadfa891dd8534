package dev.irscope.compat;

import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.link.Edge;
import dev.irscope.link.Program;
import dev.irscope.link.Upgrade;
import dev.irscope.subtarget.Arch;
import java.util.Optional;

/** Everything a rule may read about one edge on one LLVM release. */
public record EdgeContext(Edge edge, int llvm, Program program, Function caller, Function callee) {
    public EdgeContext(Edge edge, int llvm, Program program) {
        this(edge, llvm, program, Upgrade.function(edge.callerUnit(), edge.caller(), llvm),
                Upgrade.function(edge.calleeUnit(), edge.callee(), llvm));
    }

    /** The caller as this release holds it once its unit is read (see {@link Upgrade}). */
    @Override
    public Function caller() { return caller; }

    /** The callee as this release holds it once its unit is read. */
    @Override
    public Function callee() { return callee; }

    /** A module flag of the linked module: rules read these, never one unit's flags. */
    public Optional<ModuleFlag> linkedFlag(String key) {
        return program.linkedFlag(key);
    }
    public CallSite site() { return edge.site(); }
    public Module callerUnit() { return edge.callerUnit(); }
    public Module calleeUnit() { return edge.calleeUnit(); }

    /**
     * The triple the linked module has: llvm-link keeps the first unit's (the link destination), and
     * every function's subtarget is built from it (on ARM it even decides thumb mode).
     */
    public String triple() {
        for (Module m : program.units()) if (!m.triple().isEmpty()) return m.triple();
        String t = callerUnit().triple();
        return t.isEmpty() ? calleeUnit().triple() : t;
    }

    public String arch() {
        return Arch.of(triple());
    }

    /** {@code alwaysinline} on the call site or on the callee selects LLVM's always-inline path. */
    public boolean alwaysInline() {
        return site().attributes().has("alwaysinline") || callee().has("alwaysinline");
    }
}
