package dev.irscope.source;

import java.io.IOException;

/**
 * A failure already put into words and pinned to the unit or archive it belongs to.
 *
 * <p>It travels as an IOException through decompressors and archive readers, so the layer that
 * understands the failure names it and the layer that owns that name reports it.
 * {@code stopsInput} marks failures (budget exhausted) that must end the whole input rather than
 * one entry of it.
 */
final class ReadFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final String label;
    private final boolean stopsInput;

    ReadFailure(String label, String message) {
        this(label, message, false);
    }

    ReadFailure(String label, String message, boolean stopsInput) {
        super(message);
        this.label = label;
        this.stopsInput = stopsInput;
    }

    /** No stack trace: this is an expected outcome, reported as a one-line message. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    String label() {
        return label;
    }

    boolean stopsInput() {
        return stopsInput;
    }

    SourceProblem toProblem() {
        return SourceProblem.error(label, getMessage());
    }

    /**
     * Keeps an archive entry's own failure with the entry (in {@code slot}); rethrows one that
     * stops the whole input or is about something outside the entry.
     */
    void keepWithin(String entryLabel, Sink slot) throws ReadFailure {
        if (stopsInput() || !isWithin(entryLabel)) throw this;
        slot.problem(toProblem());
    }

    /** True if this failure is about {@code label} itself or something inside it. */
    boolean isWithin(String label) {
        return this.label.equals(label) || this.label.startsWith(label + "!/");
    }
}
