package dev.irscope.read.bitcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.Module;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forms one bitcode stream comes in: raw, behind the wrapper header, several modules, a buffer slice. */
final class ContainerFormsTest {
    private static final Path DIR = SampleBitcodeTest.COMPILERS;

    private static List<Module> read(String name, ByteBuffer b) throws BitcodeError {
        return BitcodeReader.read(name, b, BitcodeLimits.DEFAULT);
    }

    private static Module one(String file) throws Exception {
        return read(file, ByteBuffer.wrap(Files.readAllBytes(DIR.resolve(file)))).get(0);
    }

    @Test
    void severalModulesShareTheStringTableAfterThem() throws Exception {
        List<Module> mods = read("multi.bc", ByteBuffer.wrap(Files.readAllBytes(DIR.resolve("multi19.bcm"))));
        assertEquals(2, mods.size());
        assertEquals("multi.bc", mods.get(0).path());
        assertEquals("multi.bc#2", mods.get(1).path());
        assertEquals(Optional.empty(), ModuleComparator.diff(one("c19.bc"), mods.get(0)));
        assertEquals(Optional.empty(), ModuleComparator.diff(one("cxx19_full.bc"), mods.get(1)));
        assertTrue(mods.get(1).function("_Z7guardedi").isPresent());
    }

    @Test
    void wrapperHeaderGivesOffsetAndSize() throws Exception {
        byte[] raw = Files.readAllBytes(DIR.resolve("c19.bc"));
        ByteBuffer w = ByteBuffer.allocate(24 + raw.length + 12).order(ByteOrder.LITTLE_ENDIAN);
        w.putInt(0x0B17C0DE).putInt(0).putInt(24).putInt(raw.length).putInt(7).putInt(0).put(raw).putInt(-1);
        w.flip();
        assertTrue(BitcodeReader.isBitcode(w));
        List<BitcodeUnit> units = BitcodeReader.readUnits("w.bc", w, BitcodeLimits.DEFAULT);
        assertEquals(Optional.empty(), ModuleComparator.diff(one("c19.bc"), units.get(0).module()));
        assertTrue(units.get(0).producer().startsWith("LLVM19"), units.get(0).producer());
    }

    @Test
    void aSliceOfALargerBufferIsReadFromItsPosition() throws Exception {
        byte[] raw = Files.readAllBytes(DIR.resolve("c22.bc"));
        byte[] padded = new byte[raw.length + 13];
        System.arraycopy(raw, 0, padded, 13, raw.length);
        ByteBuffer b = ByteBuffer.wrap(padded).position(13);
        assertTrue(BitcodeReader.isBitcode(b));
        assertEquals(Optional.empty(), ModuleComparator.diff(one("c22.bc"), read("c22.bc", b).get(0)));
        assertEquals(13, b.position(), "the caller's buffer is not moved");
        assertFalse(BitcodeReader.isBitcode(ByteBuffer.wrap(padded)));
    }

    @Test
    void typedPointerBitcodeOfClang14() throws Exception {
        Module m = one("c14.bc");
        assertEquals("i32 (i32)*", m.function("call_ptr").get().params().get(0).type());
        assertEquals("i8*", m.function("copy").get().params().get(0).type());
    }
}
