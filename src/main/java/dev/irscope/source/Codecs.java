package dev.irscope.source;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.XZInputStream;

/** Opens a decompressing stream per format; all pure Java except the JDK's own zlib. */
final class Codecs {

    private Codecs() {}

    /**
     * A stream of {@code in}'s decompressed bytes. Concatenated members/streams are read through,
     * as {@code gzip -d} does. Failures, even from the header read here, are named for
     * {@code label} ("truncated gzip stream").
     *
     * <p>Not the JDK's GZIPInputStream: it decides whether another member follows from
     * {@code available()}, so on a pipe where the next member has not arrived yet it ends after
     * the first member, silently. Commons' reader blocks for the next header instead.
     */
    static InputStream open(ContentKind format, InputStream in, String label) throws ReadFailure {
        if (!format.isCompression()) throw new IllegalArgumentException("not a codec: " + format);
        String layer = format.label() + " stream";
        try {
            InputStream decoded = switch (format) {
                case GZIP -> new GzipCompressorInputStream(in, true);
                case XZ -> new XZInputStream(in);
                case BZIP2 -> new BZip2CompressorInputStream(in, true);
                case ZSTD -> new ZstdInputStream(in);
                default -> throw new AssertionError(format);
            };
            return new LayerGuard(decoded, label, layer);
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, layer);
        }
    }
}
