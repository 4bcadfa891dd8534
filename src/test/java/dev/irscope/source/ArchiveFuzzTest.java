package dev.irscope.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Coverage-guided fuzzing of the input reader on stdin: whatever the bytes (gzip, xz, bzip2, zstd,
 * tar, zip, ar (GNU, BSD, thin), ELF objects, nested, truncated, lying headers), reading returns
 * units and one-line problems, never an exception, within small caps. Seeds are tiny real archives
 * of a sample .ll and real containers of bitcode (made by containers/make.sh); JAZZER_FUZZ=1
 * fuzzes (docs/robustness.md).
 */
final class ArchiveFuzzTest {
    private static final Limits SMALL = new Limits(1 << 20, 4 << 20, 64, 200);

    @FuzzTest(maxDuration = "20s")
    void fuzzArchive(byte[] data) {
        Sources s = new InputReader(SMALL).read(List.of("-"), new ByteArrayInputStream(data));
        long total = 0;
        for (SourceUnit u : s.units()) {
            total += u.bytes().remaining();
            assertTrue(u.name().startsWith("<stdin>"), u.name());
        }
        assertTrue(total <= SMALL.maxTotalBytes(), "total cap holds");
        for (SourceProblem p : s.problems()) {
            assertFalse(p.message().contains("\n"), "one-line problem: " + p.message());
            assertFalse(p.message().isBlank());
        }
    }
}
