package dev.irscope.source;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * One IR unit's bytes, named by where it came from.
 *
 * <p>The name is a label for messages, never a path to open: {@code attachments.tgz!/build/a.ll}
 * names entry {@code build/a.ll} of {@code attachments.tgz}. The bytes are read-only and may be a
 * memory-mapped file, so a 1 GB {@code .ll} costs no heap. {@link #bytes()} hands out an
 * independent view (position 0, limit = size) each call, so callers cannot disturb each other.
 */
public record SourceUnit(String name, ByteBuffer bytes) {

    public SourceUnit {
        Objects.requireNonNull(name, "name");
        bytes = Objects.requireNonNull(bytes, "bytes").slice().asReadOnlyBuffer();
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
        return "SourceUnit[" + name + ", " + bytes.limit() + " bytes]";
    }
}
