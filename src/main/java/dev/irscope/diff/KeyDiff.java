package dev.irscope.diff;

/** One attribute key whose values differ between the two units. */
public record KeyDiff(String key, KeyKind kind, Spread left, Spread right) {}
