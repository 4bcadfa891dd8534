package dev.irscope.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Stops a decompressed stream whose output outgrows its input by more than the allowed ratio,
 * the signature of a decompression bomb, long before any size cap would.
 */
final class RatioGuard extends FilterInputStream {

    private final LongSupplier compressed;
    private final long ratio;
    private final String label;
    private long produced;

    /** @param compressed compressed bytes behind the output so far (or the declared total) */
    RatioGuard(InputStream in, LongSupplier compressed, long ratio, String label) {
        super(in);
        this.compressed = compressed;
        this.ratio = ratio;
        this.label = label;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) account(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) account(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping still decompresses, so it counts; read() keeps the accounting in one place.
        byte[] scratch = new byte[(int) Math.min(n, 8192)];
        long done = 0;
        while (done < n) {
            int k = read(scratch, 0, (int) Math.min(scratch.length, n - done));
            if (k < 0) break;
            done += k;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void account(int n) throws ReadFailure {
        produced += n;
        if (produced <= Limits.RATIO_GRACE_BYTES) return;
        long in = Math.max(1, compressed.getAsLong());
        if (in <= Long.MAX_VALUE / ratio && produced > in * ratio) {
            throw new ReadFailure(label, "compression ratio exceeds " + ratio
                    + ":1 (likely a decompression bomb); stopped after " + Sizes.format(produced));
        }
    }
}
