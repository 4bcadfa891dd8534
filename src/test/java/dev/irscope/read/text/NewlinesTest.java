package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time searches against the byte-at-a-time answer, through both {@link Bytes} paths. */
final class NewlinesTest {
    @Test
    void newlineBitsIsByteBitsOfNewline() {
        Random r = new Random(11);
        for (int k = 0; k < 100_000; k++) {
            long w = r.nextLong();
            if (k % 3 == 0) w = (w & ~(0xFFL << 8 * (k % 8))) | (0x0AL << 8 * (k % 8)); // a newline somewhere
            if (k % 5 == 0) w |= 0x8080808080808080L; // high bytes, next to the newline value's low bits
            assertEquals(Newlines.byteBits(w, '\n'), Newlines.newlineBits(w), Long.toHexString(w));
        }
    }

    @Test
    void findsTheFirstNewlineOrKeyByte() {
        Random r = new Random(12);
        byte[] alphabet = {'\n', 'k', 'a', ' ', (byte) 0x8a, (byte) 0xeb, 0x0b, 0x6a};
        for (int k = 0; k < 400; k++) {
            byte[] d = new byte[1 + r.nextInt(40)];
            for (int i = 0; i < d.length; i++) d[i] = r.nextInt(6) == 0 ? alphabet[r.nextInt(2)] : alphabet[2 + r.nextInt(6)];
            for (Bytes b : new Bytes[] {Bytes.of(ByteBuffer.wrap(d)), Bytes.buffered(ByteBuffer.wrap(d))}) {
                for (int from = 0; from <= d.length; from++) {
                    int nl = from;
                    while (nl < d.length && d[nl] != '\n') nl++;
                    int either = from;
                    while (either < d.length && d[either] != '\n' && d[either] != 'k') either++;
                    assertEquals(nl, Newlines.find(b, from, d.length), "find from " + from);
                    assertEquals(either, Newlines.findEither(b, from, d.length, (byte) 'k'), "findEither from " + from);
                }
            }
        }
    }
}
