package dev.irscope.read.text;

/**
 * Finds the next newline. Most bytes of real IR are lines the reader skips whole (debug metadata,
 * constant initializers, body lines that are not calls), so this search is where reading spends its
 * time. Every {@code get(i)} pays a bounds check; reading eight bytes per {@code getLong} and
 * testing them all at once (SWAR) pays it once per word instead, for mapped and heap input alike.
 * {@link Bytes} reads each word little-endian, so the first match is the lowest set bit.
 */
final class Newlines {
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

    private Newlines() {}

    /**
     * Index of the first {@code '\n'} in {@code [from, end)}, or {@code end} if there is none.
     */
    static int find(Bytes b, int from, int end) {
        int i = from;
        int last = end - 8;
        while (i <= last) {
            long z = newlineBits(b.getLong(i)); // byte-exact, so right in either byte order
            if (z != 0) {
                return i + (Long.numberOfTrailingZeros(z) >>> 3);
            }
            i += 8;
        }
        while (i < end && b.get(i) != '\n') i++;
        return i;
    }

    /**
     * The high bit of each byte of {@code w} that is a newline, and no other bit: the exact zero-byte
     * test on {@code w ^ '\n'...}. Set bits are in the bytes' memory order for a little-endian read.
     */
    static long newlineBits(long w) {
        long x = w ^ 0x0A0A0A0A0A0A0A0AL; // byteBits(w, '\n') written out: C1 did not inline it a level down
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    /**
     * The high bit of each byte of {@code w} equal to {@code c}, and no other bit: the exact
     * zero-byte test on {@code w ^ c...} (no borrow crosses bytes, so either byte order works).
     */
    static long byteBits(long w, char c) {
        long x = w ^ ((c & 0xffL) * 0x0101010101010101L);
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    /**
     * The high bit of each byte of {@code w} that is an ASCII digit, and no other bit: a byte's low
     * seven bits plus 0x50 reach 0x80 from '0' on, plus 0x46 from ':' on, and neither sum carries
     * into the next byte; bytes from 0x80 up are excluded by their own high bit.
     */
    static long digitBits(long w) {
        long low = w & LOWS;
        return (low + 0x5050505050505050L) & ~(low + 0x4646464646464646L) & ~w & ~LOWS;
    }

    /**
     * Index of the first {@code '\n'} or {@code k} in {@code [from, end)}, or {@code end}: lets the
     * body scanner look for a rare byte of a keyword in the same pass that finds the line's end.
     */
    static int findEither(Bytes b, int from, int end, byte k) {
        int i = from;
        int last = end - 8;
        while (i <= last) {
            long w = b.getLong(i);
            long z = newlineBits(w) | byteBits(w, (char) (k & 0xff));
            if (z != 0) {
                return i + (Long.numberOfTrailingZeros(z) >>> 3);
            }
            i += 8;
        }
        while (i < end) {
            byte c = b.get(i);
            if (c == '\n' || c == k) break;
            i++;
        }
        return i;
    }
}
