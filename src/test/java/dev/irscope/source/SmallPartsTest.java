package dev.irscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    private static ContentKind sniff(byte[] bytes) {
        return Sniffer.sniff(ByteBuffer.wrap(bytes));
    }

    @Test
    void snifferKnowsEveryMagic() {
        assertEquals(ContentKind.GZIP, sniff(new byte[] {0x1f, (byte) 0x8b, 8}));
        assertEquals(ContentKind.XZ, sniff(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}));
        assertEquals(ContentKind.BZIP2, sniff("BZh91AY".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ContentKind.ZSTD, sniff(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}));
        assertEquals(ContentKind.ZIP, sniff(new byte[] {'P', 'K', 3, 4}));
        assertEquals(ContentKind.ZIP, sniff(new byte[] {'P', 'K', 5, 6}));
        byte[] tar = new byte[512];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        assertEquals(ContentKind.TAR, sniff(tar));
        assertEquals(ContentKind.PLAIN, sniff("; ModuleID = 'a'".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ContentKind.PLAIN, sniff("BZh is not bzip2".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ContentKind.PLAIN, sniff(new byte[0]));
    }

    @Test
    void sizesReadNaturally() {
        assertEquals("2 GiB", Sizes.format(2L << 30));
        assertEquals("512 KiB", Sizes.format(512 * 1024));
        assertEquals("1.5 MiB", Sizes.format(3L << 19));
        assertEquals("300 bytes", Sizes.format(300));
    }

    @Test
    void nameHints() {
        assertTrue(NameHints.isWantedEntry("a/b.ll"));
        assertTrue(NameHints.isWantedEntry("b.LL.ZST"));
        assertTrue(NameHints.isWantedEntry("x.tgz"));
        assertTrue(NameHints.isWantedEntry("b.o"));
        assertTrue(NameHints.isWantedEntry("libx.rlib"));
        assertTrue(NameHints.isWantedEntry("h.bc.gz"));
        assertFalse(NameHints.isWantedEntry("b.so"));
        assertFalse(NameHints.isWantedEntry("b.ll.txt"));
        assertEquals("a.tar", NameHints.decompressedName("a.tgz"));
        assertEquals("a.ll", NameHints.decompressedName("a.ll.bz2"));
    }

    @Test
    void problemsAreOneLine() {
        SourceProblem p = new SourceProblem("x", "first\nsecond\r\nthird", SourceProblem.Kind.ERROR);
        assertEquals("first; second; third", p.message());
        assertEquals("x: first; second; third", p.toString());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1, 1));
        assertEquals(2L << 30, Limits.defaults().maxEntryBytes());
    }
}
