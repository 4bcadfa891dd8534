package dev.irscope.diff;

import dev.irscope.compat.Status;
import java.util.List;
import java.util.Optional;

/**
 * A cross-unit call whose verdict differs between the builds. Units are named relative to each
 * build's root, which is how the two sides are paired.
 *
 * @param left empty when the call does not cross units in the left build
 */
public record EdgeChange(Kind kind, String callerUnit, String caller, String calleeUnit, String callee,
                         Optional<Status> left, Optional<Status> right, List<Cause> leftCauses,
                         List<Cause> rightCauses) {
    public EdgeChange {
        leftCauses = List.copyOf(leftCauses);
        rightCauses = List.copyOf(rightCauses);
    }

    /** In report order: regressions first, so a CI log shows them at the top. */
    public enum Kind {
        NEWLY_BLOCKED("newly blocked"),
        NEWLY_INLINABLE("newly inlinable"),
        CAUSES_CHANGED("causes changed"),
        ADDED("new call"),
        REMOVED("call gone");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
