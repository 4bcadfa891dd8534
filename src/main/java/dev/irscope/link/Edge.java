package dev.irscope.link;

import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.util.List;
import java.util.Optional;

/**
 * A direct call from a function in one unit to a function defined in another: what LTO could
 * inline. LLVM decides every call site on its own; the call sites of one pair that carry the same
 * call-site facts (the attributes and operand bundles the decision reads, the call kind) share one
 * edge and one verdict, and sites that differ get edges of their own.
 *
 * @param sites the call sites this edge stands for (all alike for the decision)
 * @param via the alias the call named, when it reached the callee through one
 * @param otherSites the pair's call sites that differ from these and are judged in other edges;
 *        empty when every call of the pair is alike
 */
public record Edge(Module callerUnit, Function caller, Module calleeUnit, Function callee,
                   List<CallSite> sites, Optional<String> via, List<CallSite> otherSites) {

    /** An edge whose pair has no other, differing call sites. */
    public Edge(Module callerUnit, Function caller, Module calleeUnit, Function callee, List<CallSite> sites,
                Optional<String> via) {
        this(callerUnit, caller, calleeUnit, callee, sites, via, List.of());
    }

    /** The call site whose facts decide (all sites of an edge carry the same ones). */
    public CallSite site() {
        return sites.get(0);
    }

    /** The same caller calls the same callee elsewhere with different call-site facts (another verdict). */
    public boolean mixed() {
        return !otherSites.isEmpty();
    }
}
