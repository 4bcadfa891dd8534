package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.Samples;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Bytes} reads what the ByteBuffer holds, and refuses what it refuses: both paths (Unsafe
 * and the buffer's own gets) over every kind of buffer a unit arrives in, at every index and
 * every index just outside, and the whole reader through either path on every sample.
 */
final class BytesTest {
    private static final byte[] DATA = data();

    private static byte[] data() {
        byte[] d = new byte[77]; // not a multiple of 8: the last words overhang the limit
        new Random(7).nextBytes(d);
        return d;
    }

    /**
     * The buffers a unit can come as: heap, read-only heap (no array; SourceUnit makes every input
     * one), heap slices at an offset, writable and read-only, direct, read-only direct, mapped.
     */
    private static List<ByteBuffer> kinds(Path tmp) throws IOException {
        byte[] padded = new byte[DATA.length + 13];
        System.arraycopy(DATA, 0, padded, 5, DATA.length);
        ByteBuffer direct = ByteBuffer.allocateDirect(DATA.length);
        direct.put(DATA).clear();
        Path f = tmp.resolve("bytes.bin");
        Files.write(f, DATA);
        ByteBuffer mapped;
        try (FileChannel ch = FileChannel.open(f)) {
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        ByteBuffer bigEndianPositioned = ByteBuffer.wrap(DATA.clone()).order(ByteOrder.BIG_ENDIAN).position(9);
        return List.of(ByteBuffer.wrap(DATA.clone()), ByteBuffer.wrap(DATA.clone()).asReadOnlyBuffer(),
                ByteBuffer.wrap(padded, 5, DATA.length).slice(), ByteBuffer.wrap(padded, 5, DATA.length).slice().asReadOnlyBuffer(),
                direct, direct.asReadOnlyBuffer(), mapped, bigEndianPositioned);
    }

    @Test
    void everyKindOfBufferReadsAsItsBytes(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        ByteBuffer le = ByteBuffer.wrap(DATA).order(ByteOrder.LITTLE_ENDIAN);
        for (ByteBuffer kind : kinds(tmp)) {
            for (Bytes b : new Bytes[] {Bytes.of(kind), Bytes.buffered(kind)}) {
                String what = b.getClass().getSimpleName() + " over " + kind;
                assertEquals(DATA.length, b.limit(), what);
                for (int i = 0; i < DATA.length; i++) assertEquals(DATA[i], b.get(i), what + " at " + i);
                for (int i = 0; i + 8 <= DATA.length; i++) assertEquals(le.getLong(i), b.getLong(i), what + " word at " + i);
                byte[] dst = new byte[20];
                b.get(50, dst, 20);
                assertArrayEquals(java.util.Arrays.copyOfRange(DATA, 50, 70), dst, what);
                for (int i : new int[] {-1, DATA.length, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
                    assertThrows(IndexOutOfBoundsException.class, () -> b.get(i), what + " get " + i);
                }
                for (int i : new int[] {-1, DATA.length - 7, DATA.length, Integer.MAX_VALUE - 3}) {
                    assertThrows(IndexOutOfBoundsException.class, () -> b.getLong(i), what + " getLong " + i);
                }
                assertThrows(IndexOutOfBoundsException.class, () -> b.get(70, new byte[8], 8), what);
                Bytes cut = b.upTo(40);
                assertEquals(40, cut.limit());
                assertEquals(DATA[39], cut.get(39));
                assertEquals(le.getLong(32), cut.getLong(32));
                assertThrows(IndexOutOfBoundsException.class, () -> cut.get(40), what + " cut");
                assertThrows(IndexOutOfBoundsException.class, () -> cut.getLong(33), what + " cut word");
                assertThrows(IndexOutOfBoundsException.class, () -> b.upTo(DATA.length + 1), what);
            }
        }
    }

    @Test
    void readOnlyHeapInputIsReadInPlaceNotCopied() {
        // SourceUnit hands every input over read-only; a copy would double a decompressed unit's memory.
        byte[] array = DATA.clone();
        Bytes whole = Bytes.of(ByteBuffer.wrap(array).asReadOnlyBuffer());
        Bytes slice = Bytes.of(ByteBuffer.wrap(array, 3, 50).slice().asReadOnlyBuffer());
        array[10] = (byte) ~array[10]; // written after wrapping: only a reader of the array itself sees it
        assertEquals(array[10], whole.get(10));
        assertEquals(array[10], slice.get(7));
        assertEquals(ByteBuffer.wrap(array).order(ByteOrder.LITTLE_ENDIAN).getLong(10), slice.getLong(7));
    }

    @Test
    void bothPathsReadEverySampleAlike() throws IOException {
        List<Path> units;
        try (Stream<Path> s = Files.walk(Samples.ROOT)) {
            units = s.filter(p -> p.toString().endsWith(".ll")).sorted().toList();
        }
        assertTrue(units.size() > 20, "samples found: " + units.size());
        for (Path unit : units) {
            byte[] bytes = Files.readAllBytes(unit);
            byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3); // ends inside something: an error or a shorter unit
            for (byte[] input : new byte[][] {bytes, cut}) {
                String viaOf = ModuleDump.of(() -> IrReader.read("u.ll", Bytes.of(ByteBuffer.wrap(input)), ReaderLimits.DEFAULTS));
                String viaBuffer = ModuleDump.of(() -> IrReader.read("u.ll", Bytes.buffered(ByteBuffer.wrap(input)), ReaderLimits.DEFAULTS));
                assertEquals(viaBuffer, viaOf, unit + (input == cut ? " cut to 2/3" : ""));
            }
        }
    }
}
