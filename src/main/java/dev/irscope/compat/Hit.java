package dev.irscope.compat;

import java.util.List;

/**
 * What a rule's check found on one edge, before the engine decides whether it blocks, is bypassed
 * by alwaysinline, or is a merge effect.
 *
 * @param attribute the IR key exactly as spelled ({@code no-builtin-wcslen}), or a cause name
 * @param fixes fixes specific to these values; empty means the rule's own fixes apply
 * @param undecided irscope cannot tell (unknown CPU, missing table): never reported as inlinable
 */
public record Hit(String attribute, String callerValue, String calleeValue, String message, List<Fix> fixes,
                  boolean undecided) {
    public static Hit of(String attribute, String callerValue, String calleeValue, String message) {
        return new Hit(attribute, callerValue, calleeValue, message, List.of(), false);
    }

    public static Hit undecided(String attribute, String callerValue, String calleeValue, String message) {
        return new Hit(attribute, callerValue, calleeValue, message, List.of(), true);
    }

    public Hit withFixes(List<Fix> f) {
        return new Hit(attribute, callerValue, calleeValue, message, f, undecided);
    }
}
