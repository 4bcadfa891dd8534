package dev.irscope.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Names the failures of one layer (a gzip stream, a tar archive, a zip entry), so that a
 * truncated tgz reports "truncated gzip stream" on the tgz rather than a raw library message.
 * Failures already named by a lower layer pass through untouched.
 */
final class LayerGuard extends FilterInputStream {

    private final String label;
    private final String layer;

    LayerGuard(InputStream in, String label, String layer) {
        super(in);
        this.label = label;
        this.layer = layer;
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return in.skip(n);
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return in.available();
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // Nothing was lost by a failing close of a stream we only read.
        }
    }
}
