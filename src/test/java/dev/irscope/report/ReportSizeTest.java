package dev.irscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build-scale answers stay readable: a 61-unit build made from the kernel sample (the C helpers
 * plus 60 copies of the Rust unit, each copy's own functions renamed so the link is clean) gives
 * a Markdown report that fits a GitHub comment, a 72-column text report whose summary fits a
 * screen, and a check answer of a few dozen lines.
 */
class ReportSizeTest {
    static final Path SET = Path.of("ir-samples/linux-helpers-x86_64");
    static final int COPIES = 60;

    @TempDir Path dir;

    /** The helpers and {@link #COPIES} renamed copies of the Rust unit; returns their paths. */
    static List<String> build(Path dir) throws Exception {
        String rust = Files.readString(SET.resolve("rust_kernel.ll"));
        Set<String> defined = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^define [^@]*@([\\w.$]+)\\(").matcher(rust);
        while (m.find()) defined.add(m.group(1));
        List<String> paths = new ArrayList<>(List.of(SET.resolve("helpers.ll").toString()));
        for (int i = 1; i <= COPIES; i++) {
            String copy = rust;
            for (String f : defined) copy = copy.replaceAll("@" + Pattern.quote(f) + "\\b", "@" + f.replace("$", "\\$") + "_u" + i);
            Path p = dir.resolve(String.format("crate%02d/rust_kernel.ll", i));
            Files.createDirectories(p.getParent());
            Files.writeString(p, copy);
            paths.add(p.toString());
        }
        return paths;
    }

    String run(String... args) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime());
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("-o", out.toString()));
        a.addAll(build(dir));
        assertEquals(Main.FOUND, Main.run(a.toArray(String[]::new)));
        return Files.readString(out);
    }

    @Test
    void markdownReportOfSixtyOneUnitsFitsAGitHubComment() throws Exception {
        String md = run("report", "--llvm", "19");
        assertTrue(md.contains("600 cross-unit calls in 61 units: 0 inlinable, 600 blocked"), md.substring(0, 400));
        assertTrue(md.length() < 65_536, "report is " + md.length() + " characters");
        assertEquals(1, md.split("### Blocker 2: `tli.no-builtin-function`", -1).length - 1, "each cause once");
        assertTrue(md.contains("<details><summary>The 600 calls</summary>"), "the calls are folded");
    }

    @Test
    void textReportWrapsAt72AndItsSummaryFitsAScreen() throws Exception {
        String text = run("report", "--llvm", "19", "--format", "text");
        int summary = text.indexOf("\nGroup 1:");
        assertTrue(summary > 0, text.substring(0, 500));
        assertTrue(text.substring(0, summary).split("\n").length < 80, "summary lines");
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 72 || !line.strip().contains(" "), "only an unbreakable token may pass column 72: " + line);
        }
    }

    @Test
    void checkOfSixtyOneUnitsIsAScreenful() throws Exception {
        String out = run("check", "--llvm", "19");
        assertTrue(out.contains("units: 61 (1 clang 19.1.7, 60 rustc 1.97.0-nightly)"), out.substring(0, 300));
        assertTrue(out.split("\n").length < 700, "lines: " + out.split("\n").length);
        assertEquals(1, out.split("\\[1\\] 600 calls blocked by", -1).length - 1, out.substring(0, 1200));
    }
}
