package dev.irscope.source;

import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Stops a decompressed stream whose output outgrows its input by more than the allowed ratio,
 * the signature of a decompression bomb, long before any size cap would. Every byte it passes
 * is also charged to the {@link Budget} as work, so layers and entries that are each under the
 * ratio are still stopped when together they are not.
 */
final class RatioGuard extends WatchedInputStream {

    private final LongSupplier compressed;
    private final Budget budget;
    private final String label;
    private long produced;

    /** @param compressed compressed bytes behind the output so far (or the declared total) */
    RatioGuard(InputStream in, LongSupplier compressed, Budget budget, String label) {
        super(in);
        this.compressed = compressed;
        this.budget = budget;
        this.label = label;
    }

    @Override
    void passed(byte[] b, int off, int n) throws ReadFailure {
        produced += n;
        if (produced > Limits.RATIO_GRACE_BYTES) {
            long ratio = budget.limits().maxCompressionRatio();
            long in = Math.max(1, compressed.getAsLong());
            if (in <= Long.MAX_VALUE / ratio && produced > in * ratio) {
                throw new ReadFailure(label, "compression ratio exceeds " + ratio
                        + ":1 (likely a decompression bomb); stopped after " + Sizes.format(produced));
            }
        }
        budget.chargeInflated(n, label);
    }
}
