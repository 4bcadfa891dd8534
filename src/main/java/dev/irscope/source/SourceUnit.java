package dev.irscope.source;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One IR unit's bytes, named by where it came from, and which reader they are for.
 *
 * <p>The name is a label for messages, never a path to open: {@code attachments.tgz!/build/a.ll}
 * names entry {@code build/a.ll} of {@code attachments.tgz}; {@code libfoo.a!/bar.o} names member
 * {@code bar.o} of {@code libfoo.a}. The bytes are read-only and may be a memory-mapped file, so a
 * 1 GB {@code .ll} costs no heap. {@link #bytes()} hands out an independent view (position 0,
 * limit = size) each call, so callers cannot disturb each other.
 *
 * @param format {@link Format#BITCODE} for raw or wrapped bitcode (also what an object's
 *     {@code .llvmbc} section holds), {@link Format#TEXT} for textual IR
 */
public record SourceUnit(String name, ByteBuffer bytes, Format format) {

    /** Which reader the bytes are for: decided by content, never by the name. */
    public enum Format { TEXT, BITCODE }

    public SourceUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        bytes = Objects.requireNonNull(bytes, "bytes").slice().asReadOnlyBuffer();
    }

    /** A textual IR unit. */
    public SourceUnit(String name, ByteBuffer bytes) {
        this(name, bytes, Format.TEXT);
    }

    /** A fresh read-only view; reading it does not move anyone else's position. */
    @Override
    public ByteBuffer bytes() {
        return bytes.duplicate();
    }

    /** Size in bytes. */
    public int size() {
        return bytes.limit();
    }

    @Override
    public String toString() {
        return "SourceUnit[" + name + ", " + format + ", " + bytes.limit() + " bytes]";
    }
}
