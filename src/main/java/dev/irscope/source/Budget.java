package dev.irscope.source;

import java.util.function.LongSupplier;

/**
 * The running totals of one {@code read} call, checked against {@link Limits} as bytes and
 * entries arrive, so a bomb is stopped mid-stream instead of after it has filled memory.
 *
 * <p>Besides the bytes kept in memory it counts the work: every byte any decompressor produces,
 * at any nesting level, whether it is kept or skipped. A per-layer ratio cannot see a bomb that
 * multiplies across layers (an archive of archives, each under the ratio) or reuses one
 * compressed stream many times (zip entries that overlap); the work counted against the size of
 * the top-level input can. Readers of new containers charge what they decompress through a
 * {@link RatioGuard} (or {@link #chargeInflated}) and get the same protection.
 */
final class Budget {

    /** The largest array the JVM will reliably allocate. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Limits limits;
    private long bytes;
    private int entries;
    private long inflated;
    private String input = "";
    private LongSupplier inputRaw = () -> 0;
    private long inflatedForInput;

    Budget(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    /**
     * Starts a top-level input (a file, stdin, one file of a folder) whose raw size is
     * {@code rawBytes}: the bytes read from it so far for a stream, its size for a file.
     */
    void beginInput(String label, LongSupplier rawBytes) {
        input = label;
        inputRaw = rawBytes;
        inflatedForInput = 0;
    }

    /** The most one in-memory buffer may hold. */
    long entryCap() {
        return Math.min(limits.maxEntryBytes(), MAX_ARRAY);
    }

    String entryLimitText() {
        return "the " + Sizes.format(limits.maxEntryBytes()) + " per-entry limit";
    }

    /** Counts {@code n} more bytes copied into memory for {@code label}. */
    void chargeBytes(long n, String label) throws ReadFailure {
        bytes += n;
        if (bytes > limits.maxTotalBytes()) {
            throw new ReadFailure(label, "data read into memory exceeds the "
                    + Sizes.format(limits.maxTotalBytes()) + " total limit", true);
        }
    }

    /**
     * Counts {@code n} more bytes produced by a decompressor for {@code label}. Fails the whole
     * top-level input when everything decompressed from it, over all layers and entries, passes
     * the total cap or outgrows its raw size by more than the compression ratio.
     */
    void chargeInflated(long n, String label) throws ReadFailure {
        inflated += n;
        inflatedForInput += n;
        if (inflated > limits.maxTotalBytes()) {
            throw new ReadFailure(label, "data decompressed exceeds the "
                    + Sizes.format(limits.maxTotalBytes()) + " total limit", true);
        }
        if (inflatedForInput <= Limits.RATIO_GRACE_BYTES) return;
        long raw = Math.max(1, inputRaw.getAsLong());
        long ratio = limits.maxCompressionRatio();
        if (raw <= Long.MAX_VALUE / ratio && inflatedForInput > raw * ratio) {
            throw new ReadFailure(input, "decompresses to more than " + ratio + " times its size over all its"
                    + " layers and entries (" + Sizes.format(inflatedForInput) + " from " + Sizes.format(raw)
                    + "; likely a decompression bomb); stopped at " + label, true);
        }
    }

    /** Counts one more archive entry of archive {@code label}. */
    void chargeEntry(String label) throws ReadFailure {
        entries++;
        if (entries > limits.maxEntries()) {
            throw new ReadFailure(label, "more than " + limits.maxEntries()
                    + " archive entries in total; the rest were not read", true);
        }
    }
}
