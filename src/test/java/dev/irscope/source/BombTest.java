package dev.irscope.source;

import static dev.irscope.source.Fixtures.utf8;
import static dev.irscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two bomb shapes of issue 18 that every per-entry check passes: many zip entries sharing one
 * compressed stream, and archives nested so that the layers' ratios multiply.
 */
class BombTest {

    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;

    /** IR-like text that deflates about 100:1 (under the 500:1 per-entry cap). */
    static byte[] compressible(int size, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(size + 100);
        while (b.length() < size) {
            b.append("define void @f").append(Integer.toHexString(r.nextInt())).append("() {\n");
            b.append("  ret void\n}\n".repeat(60));
        }
        return b.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A zip whose central directory lists {@code count} entries that all point at the one local
     * header and deflated stream at offset 0 (the "overlapping files" zip bomb).
     */
    static byte[] overlappingZip(byte[] content, int count) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!d.finished()) deflated.write(buf, 0, d.deflate(buf));
        byte[] data = deflated.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(content);
        byte[] name = utf8("e000.ll");
        ByteBuffer out = ByteBuffer.allocate(30 + name.length + data.length + count * (46 + name.length) + 22)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putInt(0)
                .putInt((int) crc.getValue()).putInt(data.length).putInt(content.length)
                .putShort((short) name.length).putShort((short) 0).put(name).put(data);
        int cdStart = out.position();
        for (int i = 0; i < count; i++) {
            byte[] n = utf8(String.format("e%03d.ll", i));
            out.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt(content.length)
                    .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(0).put(n);
        }
        int cdSize = out.position() - cdStart;
        out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(cdSize).putInt(cdStart).putShort((short) 0);
        return out.array();
    }

    @Test
    void zipEntriesSharingOneCompressedStreamAreRefusedBeforeInflating() {
        byte[] content = compressible(8 * (int) MIB, 1);
        Path file = write(dir, "overlap.zip", overlappingZip(content, 400));
        long before = Fixtures.allocatedByThisThread();
        long start = System.nanoTime();

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        long ms = (System.nanoTime() - start) / 1_000_000;
        long allocated = Fixtures.allocatedByThisThread() - before;
        assertEquals(0, sources.units().size(), "units read from the bomb");
        assertEquals(1, sources.problems().size(), sources.problems().toString());
        SourceProblem p = sources.problems().get(0);
        assertEquals(file.toString(), p.name());
        assertTrue(p.message().contains("overlap") && p.message().contains("zip bomb"), p.message());
        assertTrue(ms < 5_000, "refused in " + ms + " ms");
        assertTrue(allocated < 64 * MIB, "allocated " + allocated + " bytes");
    }

    @Test
    void nestedArchivesAreStoppedByTheWorkOverAllLayers() {
        // inner.tgz: 4 MiB of text at ~100:1. outer.tar.xz: 64 copies of it; xz finds the
        // repeats (~60:1). Each layer is under 500:1; together, 256 MiB from a few KiB.
        byte[] inner = Fixtures.gzip(new Fixtures.Tar().file("big.ll", compressible(4 * (int) MIB, 2)).bytes());
        Fixtures.Tar outer = new Fixtures.Tar();
        for (int i = 0; i < 64; i++) outer.file(String.format("part%02d.tgz", i), inner);
        byte[] outerXz = Fixtures.xz(outer.bytes());
        Path file = write(dir, "nested.tar.xz", outerXz);
        long start = System.nanoTime();

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(sources.units().size() < 64, "stopped before reading every part: " + sources.units().size());
        SourceProblem last = sources.problems().get(sources.problems().size() - 1);
        assertEquals(file.toString(), last.name(), last.toString());
        assertTrue(last.message().startsWith("decompresses to more than 500 times its size over all its layers"),
                last.message());
        assertTrue(ms < 10_000, "refused in " + ms + " ms");
    }

    @Test
    void realisticNestedArchivesStillRead() {
        byte[] inner = Fixtures.gzip(new Fixtures.Tar().file("a.ll", compressible((int) (2 * MIB), 3)).bytes());
        byte[] outer = Fixtures.gzip(new Fixtures.Tar().file("one.tgz", inner).file("b.ll", compressible((int) MIB, 4)).bytes());
        Path file = write(dir, "fine.tgz", outer);

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(2, sources.units().size());
    }
}
