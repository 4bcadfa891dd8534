package dev.irscope.read.bitcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated, corrupt and hostile bitcode ends in a {@link BitcodeError} that names a bit inside
 * the input: never another exception, a hang or an allocation the input's size does not justify.
 */
final class HostileBitcodeTest {
    private static final Path C19 = SampleBitcodeTest.COMPILERS.resolve("c19.bc");

    private static BitcodeError error(byte[] b) {
        return assertThrows(BitcodeError.class, () -> BitcodeReader.read("x.bc", ByteBuffer.wrap(b), BitcodeLimits.DEFAULT));
    }

    /** Either a result or a located error; anything else fails the test. */
    private static void readOrError(String what, byte[] b, BitcodeLimits limits) {
        try {
            BitcodeReader.read("x.bc", ByteBuffer.wrap(b), limits);
        } catch (BitcodeError e) {
            assertTrue(e.bit() >= 0 && e.bit() <= b.length * 8L, what + ": bit " + e.bit() + " outside the input");
            assertTrue(e.format().startsWith("x.bc: error: bitcode: ") && e.format().endsWith(" at bit " + e.bit()), e.format());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(what + ": " + e);
        }
    }

    @Test
    void truncatedAtEveryByteIsALocatedError() throws Exception {
        byte[] whole = Files.readAllBytes(C19);
        for (int n = 0; n < whole.length; n++) {
            BitcodeError e = error(Arrays.copyOf(whole, n));
            assertTrue(e.bit() <= n * 8L, "cut at byte " + n + ": error at bit " + e.bit());
        }
    }

    @Test
    void truncatedAtEveryBitOfTheLastWordsReadsOrErrs() throws Exception {
        byte[] whole = Files.readAllBytes(C19);
        for (int bits = whole.length * 8 - 256; bits < whole.length * 8; bits++) {
            byte[] b = Arrays.copyOf(whole, (bits + 7) / 8);
            if (bits % 8 != 0) b[b.length - 1] &= (byte) ((1 << (bits % 8)) - 1);
            readOrError("cut at bit " + bits, b, BitcodeLimits.DEFAULT);
        }
    }

    @Test
    void flippedBitsReadOrErr() throws Exception {
        Random rnd = new Random(15);
        for (Path p : SampleBitcodeTest.pairs(SampleBitcodeTest.COMPILERS)) {
            byte[] whole = Files.readAllBytes(SampleBitcodeTest.bitcodeOf(p));
            for (int k = 0; k < 40; k++) {
                byte[] b = whole.clone();
                for (int f = 0; f < 1 + k % 4; f++) {
                    int at = 4 + rnd.nextInt(b.length - 4);
                    b[at] ^= (byte) (1 << rnd.nextInt(8));
                }
                readOrError(p + " flip " + k, b, BitcodeLimits.DEFAULT);
            }
        }
    }

    @Test
    void notBitcode() {
        assertTrue(error("hello, world".getBytes()).getMessage().contains("not LLVM bitcode"));
        assertEquals(0, error(new byte[0]).bit());
    }

    @Test
    void wrapperPointingOutsideTheInput() {
        ByteBuffer b = ByteBuffer.allocate(24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x0B17C0DE).putInt(0).putInt(20).putInt(1000).putInt(0);
        assertTrue(error(b.array()).getMessage().contains("wrapper"));
    }

    @Test
    void corruptAbbreviation() {
        // MODULE_BLOCK, then DEFINE_ABBREV with one operand of the undefined encoding 7.
        byte[] b = new BitWriter().magic().enter(2, 8, 3, 2).fixed(2, 3).vbr(1, 5).fixed(0, 1).fixed(7, 3).bytes(20);
        BitcodeError e = error(b);
        assertTrue(e.getMessage().contains("encoding 7"), e.getMessage());
        assertTrue(e.bit() > 32 && e.bit() < b.length * 8L, e.format());
    }

    @Test
    void undefinedAbbreviationId() {
        byte[] b = new BitWriter().magic().enter(2, 8, 3, 1).fixed(6, 3).bytes(16);
        assertTrue(error(b).getMessage().contains("abbreviation id 6 is not defined"));
    }

    /** 10,000 nested blocks: the reader skips blocks it does not know by length, so it never descends. */
    @Test
    void hugeNestingIsSkippedNotDescended() {
        int depth = 10_000;
        BitcodeError e = error(nested(depth));
        assertTrue(e.bit() <= nested(depth).length * 8L, e.format());
    }

    /** A cursor told to enter every block stops at BitcodeLimits.maxDepth with a located error. */
    @Test
    void enteringNestedBlocksStopsAtTheDepthLimit() throws Exception {
        byte[] b = nested(1000);
        BitstreamCursor c = new BitstreamCursor("x.bc", ByteBuffer.wrap(b), 0, b.length, BitcodeLimits.DEFAULT);
        c.jumpTo(32);
        c.read(2);
        c.readVbr(8);
        BitcodeError e = assertThrows(BitcodeError.class, () -> {
            c.enterBlock();
            while (c.advance() == BitstreamCursor.ENTRY_SUBBLOCK) c.enterBlock();
        });
        assertTrue(e.getMessage().contains("BitcodeLimits.maxDepth"), e.getMessage());
        assertEquals(BitcodeLimits.DEFAULT.maxDepth(), c.depth());
    }

    private static byte[] nested(int depth) {
        BitWriter w = new BitWriter().magic();
        for (int i = 0; i < depth; i++) w.enter(i == 0 ? 2 : 3, i == 0 ? 8 : 99, 3, 2L * (depth - 1 - i) + 1);
        return w.bytes(4 + 8 * depth + 4);
    }

    @Test
    void blockLongerThanTheInput() {
        byte[] b = new BitWriter().magic().enter(2, 8, 3, 1_000_000).bytes();
        assertTrue(error(b).getMessage().contains("longer"));
    }

    @Test
    void hugeBlobLengthIsRefusedBeforeAnyAllocation() {
        // An abbreviation [literal 1, blob] and a record using it that claims a 2^40-byte blob.
        byte[] b = new BitWriter().magic().enter(2, 8, 4, 4)
                .fixed(2, 4).vbr(2, 5).fixed(1, 1).vbr(1, 8).fixed(0, 1).fixed(5, 3)
                .fixed(4, 4).vbr(1L << 40, 6).bytes(28);
        BitcodeError e = error(b);
        assertTrue(e.getMessage().contains("blob"), e.getMessage());
    }

    @Test
    void hugeRecordLengthIsRefused() {
        byte[] b = new BitWriter().magic().enter(2, 8, 3, 2).fixed(3, 3).vbr(1, 6).vbr(1L << 40, 6).bytes(20);
        assertTrue(error(b).getMessage().contains("operands"));
    }

    @Test
    void smallLimitsAreEnforced() throws Exception {
        byte[] whole = Files.readAllBytes(C19);
        BitcodeLimits tiny = new BitcodeLimits(64, 10_000, 1 << 20, 1 << 20, 50, 1 << 20, 1 << 20);
        assertTrue(assertThrows(BitcodeError.class, () -> BitcodeReader.read("x.bc", ByteBuffer.wrap(whole), tiny))
                .getMessage().contains("maxRecords"));
    }
}
