package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.irscope.ir.Module;
import dev.irscope.read.text.IrReader;
import dev.irscope.read.text.ParseError;
import dev.irscope.read.text.ReaderLimits;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loaded;
import dev.irscope.report.CheckReport;
import dev.irscope.report.ExplainReport;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of everything after the reader: the input is two units separated by a NUL
 * byte; whatever parses goes through linking, every rule of several LLVM releases and every renderer.
 * Nothing may throw, and the same input must give the same bytes twice.
 */
final class EngineFuzzTest {
    private static final ReaderLimits SMALL = new ReaderLimits(1 << 16, 64, 500, 100);

    @FuzzTest(maxDuration = "20s")
    void fuzzEngine(byte[] data) {
        Optional<Loaded> first = read(data);
        if (first.isEmpty()) return; // the reader's own fuzz test covers bad input
        // A second, independent read and analysis: comparing one analysis with itself proves nothing.
        Loaded second = read(data).orElseThrow();
        for (int llvm : new int[] {14, 19, 23}) {
            Analysis a = new Analysis(first.get(), Optional.of(llvm));
            assertEquals(rendered(a), rendered(new Analysis(second, Optional.of(llvm))), "deterministic");
            for (Verdict v : a.verdicts()) {
                assertTrue(v.status() != Status.INLINABLE || v.blockers().isEmpty());
                ExplainReport.text(a, v);
                ExplainReport.json(a, v);
            }
        }
    }

    /** Both units read from the input (split at its first NUL byte), or empty if one does not parse. */
    private static Optional<Loaded> read(byte[] data) {
        int cut = 0;
        while (cut < data.length && data[cut] != 0) cut++;
        List<Module> units = new ArrayList<>();
        for (byte[] part : new byte[][] {Arrays.copyOfRange(data, 0, cut), Arrays.copyOfRange(data, Math.min(cut + 1, data.length), data.length)}) {
            try {
                units.add(IrReader.read("u" + units.size() + ".ll", ByteBuffer.wrap(part), SMALL));
            } catch (ParseError e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Loaded(units, List.of()));
    }

    private static String rendered(Analysis a) {
        return CheckReport.text(a) + CheckReport.json(a) + CheckReport.yaml(a) + CheckReport.markdown(a);
    }
}
