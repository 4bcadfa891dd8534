package dev.irscope.read.bitcode;

import java.io.ByteArrayOutputStream;

/** Writes a bitstream by hand (fields least significant bit first), to make hostile inputs. */
final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long cur;
    private int n;

    BitWriter fixed(long v, int width) {
        for (int i = 0; i < width; i++) {
            cur |= ((v >>> i) & 1) << n;
            if (++n == 8) {
                out.write((int) cur);
                cur = 0;
                n = 0;
            }
        }
        return this;
    }

    BitWriter vbr(long v, int width) {
        long hi = 1L << (width - 1);
        while (v >= hi) {
            fixed((v & (hi - 1)) | hi, width);
            v >>>= width - 1;
        }
        return fixed(v, width);
    }

    BitWriter align32() {
        while (n != 0 || out.size() % 4 != 0) fixed(0, 1);
        return this;
    }

    BitWriter magic() {
        return fixed('B', 8).fixed('C', 8).fixed(0xC0, 8).fixed(0xDE, 8);
    }

    /** ENTER_SUBBLOCK with abbreviation width {@code width} and a length word of {@code words}. */
    BitWriter enter(int abbrevWidth, int blockId, int width, long words) {
        return fixed(1, abbrevWidth).vbr(blockId, 8).vbr(width, 4).align32().fixed(words, 32);
    }

    /** The bytes, zero-padded to {@code total} (so that declared block lengths fit the input). */
    byte[] bytes(int total) {
        byte[] b = bytes();
        return b.length >= total ? b : java.util.Arrays.copyOf(b, total);
    }

    byte[] bytes() {
        align32();
        return out.toByteArray();
    }
}
