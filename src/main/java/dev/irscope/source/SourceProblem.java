package dev.irscope.source;

import java.util.Objects;

/**
 * An input (or archive entry) that could not be read; message is one line, no stack trace.
 *
 * <p>Problems are values, not exceptions, so one bad input never hides the others' results.
 * {@link #toString()} gives the form used in diagnostics: {@code broken.tgz: truncated gzip stream}.
 */
public record SourceProblem(String name, String message, Kind kind) {

    /** ERROR: something was meant to be read and failed. SKIPPED: deliberately not read. */
    public enum Kind { ERROR, SKIPPED }

    public SourceProblem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        message = oneLine(Objects.requireNonNull(message, "message"));
    }

    static SourceProblem error(String name, String message) {
        return new SourceProblem(name, message, Kind.ERROR);
    }

    static SourceProblem skipped(String name, String message) {
        return new SourceProblem(name, message, Kind.SKIPPED);
    }

    /** {@code name: message}, the form a CLI prints. */
    @Override
    public String toString() {
        return name + ": " + message;
    }

    private static String oneLine(String s) {
        String flat = s.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }
}
