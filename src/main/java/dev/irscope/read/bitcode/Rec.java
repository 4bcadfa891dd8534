package dev.irscope.read.bitcode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One record as read by {@link BitstreamCursor#readRecord}: its code, operands and blob place.
 * Reused from record to record (a function body has millions), so it is mutable and never kept;
 * an operand past the end is a located {@link BitcodeError}, not an index exception.
 */
final class Rec {
    private final BitstreamCursor cursor;
    int code;
    long[] ops = new long[64];
    int n;
    int blobAt = -1; // byte offset in the input, or -1
    int blobLength;
    long start;      // stream bit of the record

    Rec(BitstreamCursor cursor) {
        this.cursor = cursor;
    }

    void ensure(int size) {
        if (size > ops.length) ops = Arrays.copyOf(ops, Math.max(size, ops.length * 2));
    }

    void add(long v) {
        if (n == ops.length) ops = Arrays.copyOf(ops, n * 2);
        ops[n++] = v;
    }

    int size() {
        return n;
    }

    long get(int i) throws BitcodeError {
        if (i < 0 || i >= n) throw tooShort(i);
        return ops[i];
    }

    /** Operand {@code i} when present, else {@code dflt} (fields later LLVM versions appended). */
    long getOr(int i, long dflt) {
        return i < n ? ops[i] : dflt;
    }

    /** Operand {@code i} as a non-negative int (an index or a count). */
    int index(int i) throws BitcodeError {
        long v = get(i);
        if (v < 0 || v > Integer.MAX_VALUE) throw error("operand " + i + " (" + v + ") of record " + code + " out of range");
        return (int) v;
    }

    BitcodeError tooShort(int i) {
        return error("record " + code + " has " + n + " operands, operand " + i + " is missing");
    }

    BitcodeError error(String message) {
        return cursor.error(message, start);
    }

    /** Operands {@code [from, n)} as bytes of UTF-8 text (record strings are one char per operand). */
    String string(int from) {
        return string(from, n);
    }

    String string(int from, int to) {
        if (from >= to) return "";
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) b[i - from] = (byte) ops[i];
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A zero-terminated string from {@code from}; {@code end[0]} gets the index after the zero. */
    String cString(int from, int[] end) throws BitcodeError {
        int i = from;
        while (i < n && ops[i] != 0) i++;
        if (i >= n) throw error("string in record " + code + " is not terminated");
        end[0] = i + 1;
        return string(from, i);
    }

    /** Signed VBR as LLVM emits it (emitSignedInt64): the sign in the lowest bit. */
    static long signed(long v) {
        if ((v & 1) == 0) return v >>> 1;
        if (v != 1) return -(v >>> 1);
        return Long.MIN_VALUE; // "-0" encodes INT64_MIN
    }
}
