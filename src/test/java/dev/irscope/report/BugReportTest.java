package dev.irscope.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.cli.Main;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole report of the kernel sample against a committed, hand-checked file; the text form's
 * 72-column promise; and the bundle's byte-for-byte determinism.
 */
class BugReportTest {
    static final String SET = "ir-samples/linux-helpers-x86_64/";
    static final Path EXPECTED = Path.of("src/test/resources/report");

    @TempDir Path dir;

    String report(String... extra) throws Exception {
        Path out = dir.resolve("r-" + extra.length + ".out");
        List<String> args = new ArrayList<>(List.of("report", "--llvm", "19", SET + "helpers.ll", SET + "rust_kernel.ll", "-o", out.toString()));
        args.addAll(List.of(extra));
        assertEquals(Main.FOUND, Main.run(args.toArray(String[]::new)), "the kernel case has blocked calls: exit 1");
        return Files.readString(out);
    }

    @Test
    void kernelReportMatchesTheCheckedFile() throws Exception {
        assertEquals(Files.readString(EXPECTED.resolve("kernel.md")), report());
    }

    @Test
    void kernelTextReportMatchesTheCheckedFileAndFits72Columns() throws Exception {
        String text = report("--format", "text");
        assertEquals(Files.readString(EXPECTED.resolve("kernel.txt")), text);
        int overlong = 0;
        for (String line : text.split("\n")) {
            if (line.length() <= 72) continue;
            overlong++;
            String token = line.strip();
            assertTrue(!token.contains(" "), "only a single unbreakable token may pass column 72: " + line);
            assertTrue(token.indexOf(',') < 0 || token.indexOf(',') == token.length() - 1,
                    "a long token with commas must be broken at them: " + line);
        }
        assertTrue(text.contains("+retpoline-external-thunk,\n    +retpoline-indirect-branches,"), "the long feature string is broken after a comma");
        assertTrue(overlong <= 2, "overlong lines: " + overlong);
        assertTrue(text.lines().noneMatch(l -> l.contains("`")), "no Markdown in the text form");
    }

    @Test
    void textWrapBreaksLongFeatureStringsOnlyAtCommas() {
        StringBuilder b = new StringBuilder();
        BugReportText.wrap(b, "callee: " + "+feature-number-one,".repeat(8) + "+last and then words", "  - ", "    ", 40);
        for (String l : b.toString().split("\n")) assertTrue(l.length() <= 40, l);
        assertEquals(("callee: " + "+feature-number-one,".repeat(8) + "+last and then words"),
                b.toString().replace("\n    ", "\n").replace("  - ", "").replace(",\n", ",").replace("\n", " ").strip());
    }

    @Test
    void markdownEscapesValuesAndFencesBackticks() {
        assertEquals("``a`b``", BugReportMarkdown.code("a`b", false));
        assertEquals("`` `x` ``", BugReportMarkdown.code("`x`", false));
        assertEquals("`x\\|y`", BugReportMarkdown.code("x|y", true));
        assertEquals("dso_local \\_\\_always_inline a\\|b", BugReportMarkdown.plain("dso_local __always_inline a|b", true));
    }

    /** The bundle's script, run with LLVM's own tools, prints the remark its README promises for each pair. */
    @Test
    void bundleScriptReproducesEveryRemarkWithOpt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/opt-19")), "needs opt-19");
        Path a = dir.resolve("s.tar.gz"), out = dir.resolve("x");
        report("--bundle", a.toString());
        Files.createDirectories(out);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(Files.readAllBytes(a))))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = out.resolve(e.getName());
                Files.createDirectories(p.getParent());
                Files.write(p, tar.readAllBytes());
            }
        }
        Process p = new ProcessBuilder("sh", out.resolve("repro.sh").toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        List<String> expected = new ArrayList<>(), printed = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("== edge-")) expected.add(line.substring(line.indexOf("expect: ") + 8));
            else if (line.contains("not inlined into")) printed.add(line);
        }
        assertEquals(10, expected.size(), log);
        assertEquals(expected, printed, "opt-19 prints what the README says, pair by pair");
    }

    @Test
    void bundleIsDeterministicSortedAndHoldsEveryBlockedEdge() throws Exception {
        Path a = dir.resolve("a.tar.gz"), b = dir.resolve("b.tar.gz");
        String md = report("--bundle", a.toString());
        report("--bundle", b.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(Files.readAllBytes(a))))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                assertEquals(0644, e.getMode() & 07777, e.getName());
                assertEquals(0, e.getModTime().getTime(), e.getName());
                assertEquals(0, e.getLongUserId());
                assertEquals(0, e.getLongGroupId());
                String body = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("report.md")) assertEquals(md, body);
                else if (e.getName().equals("README.md")) assertTrue(body.contains("llvm-link-19 -S edge-6/rust_kernel.ll edge-6/helpers.ll"), body);
                else if (e.getName().equals("repro.sh")) assertTrue(body.contains("\"$OPT\" -passes='cgscc(inline)'"), body);
                else assertTrue(body.startsWith("; irscope minimal repro cut from " + SET), body);
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertEquals(3 + 2 * 10, names.size(), names.toString());
        assertTrue(names.contains("edge-6/rust_kernel.ll") && names.contains("edge-6/helpers.ll"), names.toString());
        assertEquals(0, Files.readAllBytes(a)[4] | Files.readAllBytes(a)[5] | Files.readAllBytes(a)[6] | Files.readAllBytes(a)[7],
                "gzip header mtime is 0");
    }
}
