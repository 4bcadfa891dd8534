package dev.irscope.read.text;

/**
 * One String per distinct byte spelling in the input: callee names, attribute words and types
 * repeat on nearly every line the reader tokenises, and making a byte[] and a String for each
 * occurrence was the largest share of the reader's garbage (and so of its GC pauses). A spelling
 * is hashed eight bytes at a time straight from the input, and a String is decoded only the
 * first time it is seen. The table keeps where that first occurrence is, not a copy of it: a
 * candidate with the same 64-bit hash and length is compared with it in the input itself.
 */
final class SliceInterner {
    /** How a spelling becomes a String the first time it is seen: from the input's bytes {@code [from, to)}. */
    interface Decoder {
        String decode(int from, int to);
    }

    private final Bytes buf;
    private final Decoder decoder;
    private long[] hashes = new long[1024];
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private String[] values = new String[1024];
    private int size;

    SliceInterner(Bytes buf, Decoder decoder) {
        this.buf = buf;
        this.decoder = decoder;
    }

    /** The String for the bytes {@code [from, to)} of the input. */
    String get(int from, int to) {
        int len = to - from;
        long h = hash(from, to);
        int mask = values.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            String v = values[i];
            if (v == null) return add(i, h, from, len);
            if (hashes[i] == h && lengths[i] == len && same(starts[i], from, len)) return v;
        }
    }

    private long hash(int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ buf.getLong(i)) * 0x9E3779B97F4A7C15L;
        for (; i < to; i++) h = (h ^ buf.get(i)) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29) ^ (h >>> 47);
    }

    /** Whether the {@code n} bytes at {@code a} equal those at {@code b}, both in the input. */
    private boolean same(int a, int b, int n) {
        if (a == b) return true;
        int i = 0;
        for (; i + 8 <= n; i += 8) if (buf.getLong(a + i) != buf.getLong(b + i)) return false;
        for (; i < n; i++) if (buf.get(a + i) != buf.get(b + i)) return false;
        return true;
    }

    private String add(int slot, long h, int from, int len) {
        String s = decoder.decode(from, from + len);
        values[slot] = s;
        hashes[slot] = h;
        starts[slot] = from;
        lengths[slot] = len;
        if (++size * 2 > values.length) grow();
        return s;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        String[] oldValues = values;
        int cap = values.length * 2;
        hashes = new long[cap];
        starts = new int[cap];
        lengths = new int[cap];
        values = new String[cap];
        int mask = cap - 1;
        for (int j = 0; j < oldValues.length; j++) {
            if (oldValues[j] == null) continue;
            int i = (int) oldHashes[j] & mask;
            while (values[i] != null) i = (i + 1) & mask;
            hashes[i] = oldHashes[j];
            starts[i] = oldStarts[j];
            lengths[i] = oldLengths[j];
            values[i] = oldValues[j];
        }
    }
}
