package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.irscope.ir.Module;
import java.nio.ByteBuffer;

/**
 * Coverage-guided fuzzing of {@link IrReader#read}: whatever the bytes, the only outcomes are a
 * Module or a located ParseError; any other exception, a StackOverflowError or a hang is a bug; and
 * the outcome must equal {@link IrReader#readPlain}'s, the reading without any fast path.
 * In a plain {@code mvn test} Jazzer replays only the seeds in {@code ReaderFuzzTestInputs/fuzzReader}
 * (small real .ll files) and the regression inputs there; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/robustness.md). Limits are small so that the fuzzer reaches them too.
 */
final class ReaderFuzzTest {
    private static final ReaderLimits SMALL = new ReaderLimits(1 << 16, 64, 1000, 100);

    @FuzzTest(maxDuration = "20s")
    void fuzzReader(byte[] data) {
        for (ReaderLimits limits : new ReaderLimits[] {ReaderLimits.DEFAULTS, SMALL}) {
            // The fast paths must say exactly what the token-by-token reading says, errors included.
            assertEquals(ModuleDump.of(() -> IrReader.readPlain("fuzz.ll", ByteBuffer.wrap(data), limits)),
                    ModuleDump.of(() -> IrReader.read("fuzz.ll", ByteBuffer.wrap(data), limits)));
            try {
                Module m = IrReader.read("fuzz.ll", ByteBuffer.wrap(data), limits);
                assertNotNull(m.header());
                assertTrue(m.functions().size() <= limits.maxFunctions());
            } catch (ParseError e) {
                String f = e.format();
                assertTrue(f.startsWith("fuzz.ll:" + e.line() + ":" + e.column() + ": error: "), f);
                assertTrue(e.line() >= 1 && e.column() >= 1, f);
            }
        }
    }
}
