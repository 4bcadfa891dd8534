package dev.irscope.compat;

import java.util.List;

/** What the engine concluded from one rule on one edge. */
public sealed interface Finding permits Finding.Block, Finding.Undecided, Finding.Bypassed, Finding.Merge {
    Rule rule();

    String attribute();

    String callerValue();

    String calleeValue();

    String message();

    /** The rule refuses the inline on this LLVM release. */
    record Block(Rule rule, String attribute, String callerValue, String calleeValue, String message,
                 List<Fix> fixes) implements Finding {}

    /** irscope cannot tell whether the rule refuses (unknown CPU, no table): not a "yes". */
    record Undecided(Rule rule, String attribute, String callerValue, String calleeValue, String message)
            implements Finding {}

    /** The rule would refuse, but {@code alwaysinline} skips it on this release. */
    record Bypassed(Rule rule, String attribute, String callerValue, String calleeValue, String message,
                    List<Fix> fixes) implements Finding {}

    /** What inlining would change in the caller (merge rules). */
    record Merge(Rule rule, String attribute, String callerValue, String calleeValue, String message)
            implements Finding {}
}
