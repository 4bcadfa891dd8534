package dev.irscope.source;

import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A gzip stream of {@code total} bytes of a repeated pattern, compressed on demand as it is
 * read, so a test can offer a 1 GB bomb without ever holding it (or its compressed form).
 * {@link #produced()} says how much of it the reader actually pulled.
 */
final class GeneratedGzip extends InputStream {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final long total;
    private final byte[] chunk;
    private final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final byte[] out = new byte[64 * 1024];
    private byte[] pending = HEADER;
    private int pendingPos;
    private int pendingLen = HEADER.length;
    private long produced;
    private boolean done;

    GeneratedGzip(long total, byte[] pattern) {
        this.total = total;
        this.chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) chunk[i] = pattern[i % pattern.length];
    }

    /** Uncompressed bytes generated so far. */
    long produced() {
        return produced;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pendingPos == pendingLen) {
            if (done) return -1;
            refill();
        }
        int n = Math.min(len, pendingLen - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        return n;
    }

    private void refill() {
        if (deflater.finished()) {
            long crcValue = crc.getValue();
            long size = total & 0xffffffffL;
            pending = new byte[8];
            for (int i = 0; i < 4; i++) {
                pending[i] = (byte) (crcValue >>> (8 * i));
                pending[4 + i] = (byte) (size >>> (8 * i));
            }
            pendingPos = 0;
            pendingLen = 8;
            done = true;
            deflater.end();
            return;
        }
        if (deflater.needsInput() && produced < total) {
            int n = (int) Math.min(chunk.length, total - produced);
            deflater.setInput(chunk, 0, n);
            crc.update(chunk, 0, n);
            produced += n;
            if (produced == total) deflater.finish();
        }
        pending = out;
        pendingPos = 0;
        pendingLen = deflater.deflate(out);
    }
}
