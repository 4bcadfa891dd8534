package dev.irscope.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Checks a zip entry's CRC-32 when its data runs out: commons-compress does not, and a stored
 * entry has nothing else that would notice flipped bytes.
 */
final class CrcCheck extends FilterInputStream {

    private final CRC32 crc = new CRC32();
    private final long expected;
    private final String label;
    private boolean checked;

    CrcCheck(InputStream in, long expected, String label) {
        super(in);
        this.expected = expected;
        this.label = label;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) crc.update(b);
        else verify();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) crc.update(b, off, n);
        else if (n < 0) verify();
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

    private void verify() throws ReadFailure {
        if (checked) return;
        checked = true;
        if (crc.getValue() != expected) {
            throw new ReadFailure(label, String.format("corrupt zip entry: CRC-32 is %08x, expected %08x",
                    crc.getValue(), expected));
        }
    }
}
