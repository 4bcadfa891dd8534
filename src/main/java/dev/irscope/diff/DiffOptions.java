package dev.irscope.diff;

import java.util.Set;

/**
 * What the user asked to leave out.
 *
 * @param ignore attribute or module-flag keys whose differences do not count
 * @param onlyBlocking keep only differences that can change a verdict: blocking attribute keys,
 *     module flags that stop llvm-link, and edge verdicts
 */
public record DiffOptions(Set<String> ignore, boolean onlyBlocking) {
    public DiffOptions {
        ignore = Set.copyOf(ignore);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(Set.of(), false);
    }

    boolean keeps(String key, KeyKind kind) {
        return !ignore.contains(key) && (!onlyBlocking || kind == KeyKind.BLOCKING);
    }
}
