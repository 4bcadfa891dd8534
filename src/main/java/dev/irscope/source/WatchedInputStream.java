package dev.irscope.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that shows every byte it passes on to a check ({@link CrcCheck}, {@link RatioGuard}).
 * Skipping reads through, so that skipped bytes are checked too; marks are not supported.
 */
abstract class WatchedInputStream extends FilterInputStream {
    private final byte[] one = new byte[1];

    WatchedInputStream(InputStream in) {
        super(in);
    }

    /** Bytes {@code b[off, off + n)} were read. */
    abstract void passed(byte[] b, int off, int n) throws IOException;

    /** The source reported its end. */
    void ended() throws IOException {}

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            one[0] = (byte) b;
            passed(one, 0, 1);
        } else {
            ended();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) passed(b, off, n);
        else if (n < 0) ended();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 1), 8192)];
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
}
