package dev.irscope.source;

/** Size and count caps. */
public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries, long maxCompressionRatio) {
    public static Limits defaults() {
        return new Limits(2L << 30, 8L << 30, 100_000, 1000);
    }
}
