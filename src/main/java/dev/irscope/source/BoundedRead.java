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

    private BoundedRead() {}

    /**
     * All of {@code in} as a heap buffer.
     *
     * @param sizeHint declared size if known (tar header, zip directory), else -1; only used to
     *     size the buffer, never trusted as a limit
     * @param noun "size" or "decompressed size", for the message
     */
    static ByteBuffer readAll(InputStream in, long sizeHint, Budget budget, String label, String noun)
            throws IOException {
        long cap = budget.entryCap();
        if (sizeHint > cap) throw tooBig(budget, label, noun);
        int capacity = (int) (sizeHint >= 0 ? Math.max(sizeHint, 1) : Math.min(FIRST_CHUNK, cap));
        byte[] buf = new byte[capacity];
        int size = 0;
        while (true) {
            if (size == buf.length) {
                // Full: probe before growing, so an exact size hint never costs a second buffer.
                int next = in.read();
                if (next < 0) break;
                if (size >= cap) throw tooBig(budget, label, noun);
                buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(2L * buf.length, FIRST_CHUNK)));
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

    private static ReadFailure tooBig(Budget budget, String label, String noun) {
        return new ReadFailure(label, noun + " exceeds " + budget.entryLimitText());
    }
}
