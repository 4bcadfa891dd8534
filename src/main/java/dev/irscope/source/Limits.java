package dev.irscope.source;

/**
 * Size and count caps; all configurable.
 *
 * <p>They exist because inputs may be attachments from strangers: a 40 KB zip can hold
 * petabytes of zeros. Every cap is enforced while bytes stream, never after the fact.
 *
 * <ul>
 *   <li>{@code maxEntryBytes}: largest single unit or in-memory buffer (a decompressed file, an
 *       archive entry, stdin, a nested archive). Plain files on disk are held to it too. Java
 *       arrays stop just short of 2 GiB, so anything above that is refused whatever this says.
 *   <li>{@code maxTotalBytes}: all bytes copied into memory during one {@code read} call, counted
 *       as they arrive. Memory-mapped plain files cost no heap and are not counted; a nested
 *       archive's own bytes are counted as well as its entries'.
 *   <li>{@code maxEntries}: archive entries looked at during one {@code read} call (all of them,
 *       not just {@code .ll} ones), so a million-entry tar cannot stall the reader.
 *   <li>{@code maxCompressionRatio}: decompressed bytes per compressed byte, checked once a stream
 *       has produced {@link #RATIO_GRACE_BYTES} (so tiny degenerate files pass). The compressed
 *       count is the zip entry's declared compressed size, or else bytes consumed so far.
 * </ul>
 */
public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries, long maxCompressionRatio) {

    /** Output a stream may produce before its compression ratio is judged. */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    private static final long GIB = 1L << 30;

    public Limits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxEntryBytes + ", "
                    + maxTotalBytes + ", " + maxEntries + ", " + maxCompressionRatio);
        }
    }

    /**
     * 2 GiB per entry (the most a ByteBuffer can hold), 8 GiB in total, 100,000 entries, and a
     * 500:1 ratio. Real IR compresses 5-50:1; deflate tops out near 1032:1, so 1000 would only
     * just catch a zero-filled deflate bomb while 500 catches it with room to spare.
     */
    public static Limits defaults() {
        return new Limits(2 * GIB, 8 * GIB, 100_000, 500);
    }

    public Limits withMaxEntryBytes(long value) {
        return new Limits(value, maxTotalBytes, maxEntries, maxCompressionRatio);
    }

    public Limits withMaxTotalBytes(long value) {
        return new Limits(maxEntryBytes, value, maxEntries, maxCompressionRatio);
    }

    public Limits withMaxEntries(int value) {
        return new Limits(maxEntryBytes, maxTotalBytes, value, maxCompressionRatio);
    }

    public Limits withMaxCompressionRatio(long value) {
        return new Limits(maxEntryBytes, maxTotalBytes, maxEntries, value);
    }
}
