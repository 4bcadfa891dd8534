package dev.irscope.source;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns library exceptions into the one-line messages users see. */
final class Failures {

    private static final Pattern TRUNCATED = Pattern.compile(
            "(?i)unexpected end|not enough input|truncated|premature end|end of (stream|file|input)");

    private Failures() {}

    /** The ReadFailure already hidden in {@code t}'s cause chain, if a lower layer named one. */
    static Optional<ReadFailure> named(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ReadFailure f) return Optional.of(f);
        }
        return Optional.empty();
    }

    /**
     * A failure of one layer ("gzip stream", "tar archive", "zip entry"): truncated if the data
     * ran out, corrupt otherwise. A failure a lower layer already named is passed through.
     */
    static ReadFailure ofLayer(Throwable t, String label, String layer) {
        Optional<ReadFailure> named = named(t);
        if (named.isPresent()) return named.get();
        if (isTruncation(t)) return new ReadFailure(label, "truncated " + layer);
        return new ReadFailure(label, "corrupt " + layer + ": " + detail(t));
    }

    /** A failure with no better context: file system errors get their usual wording. */
    static ReadFailure of(Throwable t, String label) {
        Optional<ReadFailure> named = named(t);
        if (named.isPresent()) return named.get();
        return new ReadFailure(label, describe(t));
    }

    static String describe(Throwable t) {
        if (t instanceof NoSuchFileException) return "no such file or directory";
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NotDirectoryException) return "not a directory";
        if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (t instanceof OutOfMemoryError) {
            return "not enough memory to hold it (raise -Xmx or lower the size limits)";
        }
        if (t instanceof EOFException) return "unexpected end of data";
        return detail(t);
    }

    private static boolean isTruncation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EOFException) return true;
            if (c.getMessage() != null && TRUNCATED.matcher(c.getMessage()).find()) return true;
        }
        return false;
    }

    private static String detail(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) return t.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).strip();
    }
}
