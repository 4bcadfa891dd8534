package dev.irscope.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One String per distinct byte spelling in the input: callee names, attribute words and types
 * repeat on nearly every line the reader tokenises, and making a byte[] and a String for each
 * occurrence was the largest share of the reader's garbage (and so of its GC pauses). Spellings
 * are hashed and compared eight bytes at a time, straight from the input; a String is decoded
 * only the first time a spelling is seen.
 */
final class SliceInterner {
    /** How a spelling becomes a String the first time it is seen: from its bytes, a copy of {@code [from, to)}. */
    interface Decoder {
        String decode(byte[] bytes, int from, int to);
    }

    private final ByteBuffer buf;
    private final Decoder decoder;
    private final VarHandle longs;
    private byte[][] keys = new byte[1024][];
    private String[] values = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    SliceInterner(ByteBuffer buf, Decoder decoder) {
        this.buf = buf;
        this.decoder = decoder;
        // Stored keys are read in the buffer's byte order, so a word of the key and a getLong of the
        // input holding the same bytes are the same long.
        this.longs = buf.order() == ByteOrder.LITTLE_ENDIAN ? LE : BE;
    }

    private static final VarHandle LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** The String for the bytes {@code [from, to)} of the input. */
    String get(int from, int to) {
        int len = to - from;
        int h = hash(from, to);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) return add(i, h, from, to);
            if (hashes[i] == h && k.length == len && same(k, from)) return values[i];
        }
    }

    private int hash(int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ buf.getLong(i)) * 0x9E3779B97F4A7C15L;
        for (; i < to; i++) h = (h ^ buf.get(i)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    private boolean same(byte[] k, int from) {
        int n = k.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) if ((long) longs.get(k, i) != buf.getLong(from + i)) return false;
        for (; i < n; i++) if (k[i] != buf.get(from + i)) return false;
        return true;
    }

    private String add(int slot, int h, int from, int to) {
        byte[] k = new byte[to - from];
        buf.get(from, k);
        String s = decoder.decode(k, from, to);
        keys[slot] = k;
        values[slot] = s;
        hashes[slot] = h;
        if (++size * 2 > keys.length) grow();
        return s;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        int cap = keys.length * 2;
        keys = new byte[cap][];
        values = new String[cap];
        hashes = new int[cap];
        int mask = cap - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = oldHashes[j] & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
            hashes[i] = oldHashes[j];
        }
    }
}
