package dev.irscope.source;

/** An input (or archive entry) that could not be read; message is one line. */
public record SourceProblem(String name, String message, Kind kind) {
    public enum Kind { ERROR, SKIPPED }
}
