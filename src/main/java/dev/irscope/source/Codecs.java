package dev.irscope.source;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.tukaani.xz.XZInputStream;

/** Opens a decompressing stream per format; all pure Java except the JDK's own zlib. */
final class Codecs {

    private static final int BUFFER = 8192;

    private Codecs() {}

    /**
     * A stream of {@code in}'s decompressed bytes. Concatenated members/streams are read through,
     * as {@code gzip -d} does. Failures, even from the header read here, are named for
     * {@code label} ("truncated gzip stream").
     */
    static InputStream open(ContentKind format, InputStream in, String label) throws ReadFailure {
        if (!format.isCompression()) throw new IllegalArgumentException("not a codec: " + format);
        String layer = format.label() + " stream";
        try {
            InputStream decoded = switch (format) {
                case GZIP -> new GZIPInputStream(in, BUFFER);
                case XZ -> new XZInputStream(in);
                case BZIP2 -> new BZip2CompressorInputStream(in, true);
                case ZSTD -> new ZstdInputStream(in);
                case PLAIN, TAR, ZIP, BITCODE -> throw new AssertionError(format);
            };
            return new LayerGuard(decoded, label, layer);
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }
}
