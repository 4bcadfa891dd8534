package dev.irscope.diff;

/** The answer of {@code irscope diff}: two units, or two builds of several units each. */
public sealed interface Diff permits UnitDiff, BuildDiff {
    /** True when nothing that was not ignored differs (exit status 0). */
    boolean isEmpty();
}
