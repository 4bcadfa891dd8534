package dev.irscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads a stream into memory, checking the caps after every chunk: the buffer never grows past
 * the per-entry cap, so an endless stream costs at most that much heap.
 */
final class BoundedRead {

    private static final int FIRST_CHUNK = 64 * 1024;
    /** A declared size is believed only this far up front; beyond it, memory follows real data. */
    private static final int TRUSTED_HINT = 64 << 20;

    private BoundedRead() {}

    /**
     * All of {@code in} as a read-only heap buffer.
     *
     * @param sizeHint declared size if known (tar header, zip directory), else -1. It sizes the
     *     buffer so a truthful one costs no copies, but a header claiming 2 GB for 1 KB of data
     *     allocates at most {@link #TRUSTED_HINT} before data has to arrive.
     * @param noun "size" or "decompressed size", for the message
     */
    static ByteBuffer readAll(InputStream in, long sizeHint, Budget budget, String label, String noun)
            throws IOException {
        long cap = budget.entryCap();
        if (sizeHint > cap) throw tooBig(budget, label, noun);
        long target = sizeHint >= 0 ? sizeHint : Long.MAX_VALUE;
        byte[] buf = new byte[(int) Math.max(1, Math.min(target, sizeHint >= 0 ? TRUSTED_HINT : FIRST_CHUNK))];
        int size = 0;
        while (true) {
            if (size == buf.length) {
                // Full: probe before growing, so an exact size hint never costs a second buffer.
                int next = in.read();
                if (next < 0) break;
                if (size >= cap) throw tooBig(budget, label, noun);
                buf = Arrays.copyOf(buf, grow(buf.length, target, cap));
                budget.chargeBytes(1, label);
                buf[size++] = (byte) next;
                continue;
            }
            int n = in.read(buf, size, buf.length - size);
            if (n < 0) break;
            budget.chargeBytes(n, label);
            size += n;
        }
        return ByteBuffer.wrap(buf, 0, size).slice().asReadOnlyBuffer();
    }

    /** Double, but stop exactly at a declared size still ahead of us, and never pass the cap. */
    private static int grow(int length, long target, long cap) {
        long doubled = Math.max(2L * length, FIRST_CHUNK);
        long next = target > length && target < doubled ? target : doubled;
        return (int) Math.min(cap, next);
    }

    private static ReadFailure tooBig(Budget budget, String label, String noun) {
        return new ReadFailure(label, noun + " exceeds " + budget.entryLimitText());
    }
}
