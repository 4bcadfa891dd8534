package dev.irscope.source;

/**
 * The running totals of one {@code read} call, checked against {@link Limits} as bytes and
 * entries arrive, so a bomb is stopped mid-stream instead of after it has filled memory.
 */
final class Budget {

    /** The largest array the JVM will reliably allocate. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final Limits limits;
    private long bytes;
    private int entries;

    Budget(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
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

    /** Counts one more archive entry of archive {@code label}. */
    void chargeEntry(String label) throws ReadFailure {
        entries++;
        if (entries > limits.maxEntries()) {
            throw new ReadFailure(label, "more than " + limits.maxEntries()
                    + " archive entries in total; the rest were not read", true);
        }
    }
}
