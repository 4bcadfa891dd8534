package dev.irscope.query;

/**
 * An input that produced no unit. {@code diagnostic} is printable as is: a located
 * {@code file:line:col: error:} block for IR errors, or {@code name: error: message} otherwise.
 */
public record LoadProblem(String name, String diagnostic, boolean skipped) {}
