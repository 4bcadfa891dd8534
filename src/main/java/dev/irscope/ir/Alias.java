package dev.irscope.ir;

import java.util.Optional;

/** {@code @a = alias ...} or {@code @i = ifunc ...}: a call can reach a function through either. */
public record Alias(String name, Kind kind, Linkage linkage, Optional<String> target, int line) {
    public enum Kind { ALIAS, IFUNC }
}
