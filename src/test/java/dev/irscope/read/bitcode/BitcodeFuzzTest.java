package dev.irscope.read.bitcode;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.irscope.ir.Module;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link BitcodeReader#read}: whatever the bytes, the only outcomes are
 * modules or a {@link BitcodeError} at a bit inside the input; any other exception, a
 * StackOverflowError or a hang is a bug. In a plain {@code mvn test} Jazzer replays the seeds in
 * {@code BitcodeFuzzTestInputs/fuzzBitcode} (small real bitcode of clang 14, 19, 22 and rustc);
 * {@code JAZZER_FUZZ=1} fuzzes (.ci/run does, about 20 s). Small limits let the fuzzer reach them.
 */
final class BitcodeFuzzTest {
    private static final BitcodeLimits SMALL = new BitcodeLimits(8, 64, 4096, 1 << 16, 100_000, 4096, 1 << 16);

    @FuzzTest(maxDuration = "20s")
    void fuzzBitcode(byte[] data) {
        for (BitcodeLimits limits : new BitcodeLimits[] {BitcodeLimits.DEFAULT, SMALL}) {
            ByteBuffer b = ByteBuffer.wrap(data);
            try {
                List<Module> mods = BitcodeReader.read("fuzz.bc", b, limits);
                assertTrue(!mods.isEmpty());
                for (Module m : mods) assertNotNull(m.header());
            } catch (BitcodeError e) {
                String f = e.format();
                assertTrue(f.startsWith("fuzz.bc: error: bitcode: ") && f.endsWith(" at bit " + e.bit()), f);
                assertTrue(e.bit() >= 0 && e.bit() <= data.length * 8L, f);
                assertTrue(!f.contains("malformed bitcode ("), "an unchecked exception got through: " + f);
            }
            if (BitcodeReader.isBitcode(b) != (data.length >= 4 && (data[0] == 'B' && data[1] == 'C' && (data[2] & 0xff) == 0xC0
                    && (data[3] & 0xff) == 0xDE || (data[0] & 0xff) == 0xDE && (data[1] & 0xff) == 0xC0
                    && data[2] == 0x17 && data[3] == 0x0B))) {
                fail("isBitcode disagrees with the magic");
            }
        }
    }
}
