package dev.irscope.diff;

import java.util.Set;

/**
 * What the user asked to leave out.
 *
 * @param ignore attribute or module-flag keys whose differences do not count
 * @param onlyBlocking keep only differences that can change a verdict: blocking attribute keys,
 *     module flags that stop llvm-link, and edge verdicts
 * @param stripComponents leading folders dropped from unit paths before builds are paired, or
 *     -1: drop a side's lone top folder when that pairs more units
 */
public record DiffOptions(Set<String> ignore, boolean onlyBlocking, int stripComponents) {
    public DiffOptions {
        ignore = Set.copyOf(ignore);
        if (stripComponents < -1) throw new IllegalArgumentException("--strip-components must be 0 or more");
    }

    public DiffOptions(Set<String> ignore, boolean onlyBlocking) {
        this(ignore, onlyBlocking, -1);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(Set.of(), false);
    }

    boolean keeps(String key, KeyKind kind) {
        return !ignore.contains(key) && (!onlyBlocking || kind == KeyKind.BLOCKING);
    }
}
