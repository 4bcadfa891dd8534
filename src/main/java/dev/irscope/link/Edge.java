package dev.irscope.link;

import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.util.List;
import java.util.Optional;

/**
 * A direct call from a function in one unit to a function defined in another: what LTO could
 * inline. Call sites of the same pair that carry the same call-site attributes share one edge.
 *
 * @param via the alias the call named, when it reached the callee through one
 */
public record Edge(Module callerUnit, Function caller, Module calleeUnit, Function callee,
                   List<CallSite> sites, Optional<String> via) {

    /** The call site whose attributes decide (all sites of an edge carry the same ones). */
    public CallSite site() {
        return sites.get(0);
    }
}
