package dev.irscope.diff;

/**
 * A module header field that differs ({@code target triple}, {@code datalayout}).
 *
 * @param link what llvm-link says about it, or "" when it says nothing
 */
public record FieldChange(String what, String left, String right, String link) {}
