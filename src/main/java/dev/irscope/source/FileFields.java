package dev.irscope.source;

import java.nio.ByteBuffer;

/**
 * Bounds-checked reads of an object file's header fields (ELF, Mach-O), in the buffer's byte
 * order. Every offset comes from the file, so each read is checked first and a bad one becomes a
 * one-line {@code truncated FORMAT file: ...} error instead of an exception.
 */
final class FileFields {

    private final ByteBuffer bytes;
    private final String label;
    private final String format;

    /** @param format the file kind in messages ("ELF", "Mach-O") */
    FileFields(ByteBuffer bytes, String label, String format) {
        this.bytes = bytes;
        this.label = label;
        this.format = format;
    }

    int u16(long at) throws ReadFailure {
        need(at, 2);
        return bytes.getShort((int) at) & 0xFFFF;
    }

    long u32(long at) throws ReadFailure {
        need(at, 4);
        return bytes.getInt((int) at) & 0xFFFFFFFFL;
    }

    long u64(long at) throws ReadFailure {
        need(at, 8);
        return bytes.getLong((int) at);
    }

    /** Fails unless {@code size} bytes at {@code offset} lie inside the file. */
    void checkRange(long offset, long size, String what) throws ReadFailure {
        if (offset < 0 || size < 0 || offset > bytes.limit() || size > bytes.limit() - offset) {
            throw truncated(what + " (" + size + " bytes at offset " + offset + ")");
        }
    }

    ReadFailure corrupt(String why) {
        return new ReadFailure(label, "corrupt " + format + " file: " + why);
    }

    ReadFailure truncated(String what) {
        return new ReadFailure(label, "truncated " + format + " file: " + what + " lies past its end");
    }

    private void need(long at, int n) throws ReadFailure {
        if (at < 0 || at + n > bytes.limit()) throw truncated("header field at offset " + at);
    }
}
