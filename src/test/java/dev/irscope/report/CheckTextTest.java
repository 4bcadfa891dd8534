package dev.irscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact {@code check} answer: its exact shape on the kernel sample (a golden file, updated
 * deliberately), the summary before the details, one group per set of causes, the filters, and
 * {@code --full} still giving every call in detail.
 */
class CheckTextTest {
    static final String SET = "ir-samples/linux-helpers-x86_64/";
    static final Path GOLDEN = Path.of("src/test/resources/golden/check");

    @TempDir Path dir;

    record Run(int code, String out) {}

    Run check(String... args) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        List<String> a = new ArrayList<>(List.of("check", "--llvm", "19", "-o", out.toString()));
        a.addAll(List.of(args));
        int code = Main.run(a.toArray(String[]::new));
        return new Run(code, Files.exists(out) ? Files.readString(out) : "");
    }

    @Test
    void kernelSampleMatchesTheGoldenFile() throws Exception {
        Run r = check(SET + "helpers.ll", SET + "rust_kernel.ll");
        assertEquals(1, r.code());
        assertEquals(Files.readString(GOLDEN.resolve("kernel.txt")), r.out());
    }

    @Test
    void summaryComesFirstAndTenCallsShareOneGroup() throws Exception {
        String out = check(SET + "helpers.ll", SET + "rust_kernel.ll").out();
        int summary = out.indexOf("calls: 10 cross-unit: 10 blocked"), group = out.indexOf("[1] 10 calls blocked by");
        assertTrue(summary > 0 && group > summary, out);
        assertTrue(out.indexOf("[2]") < 0, "one set of causes, one group");
        assertEquals(1, out.split("tli.no-builtin-function: the callee may not", -1).length - 1, "each cause explained once");
        for (String line : out.split("\n")) assertTrue(line.length() <= CheckText.WIDTH + 30, "long line: " + line);
    }

    @Test
    void fullGivesEveryCallInDetail() throws Exception {
        String out = check("--full", SET + "helpers.ll", SET + "rust_kernel.ll").out();
        assertEquals(10, out.split("\n  BLOCKED - LLVM's remark", -1).length - 1);
        assertTrue(out.contains("-avx512vp2intersect,"), "values printed whole");
        assertEquals(out, check("-v", SET + "helpers.ll", SET + "rust_kernel.ll").out());
    }

    @Test
    void filtersChooseCallsAndTheSummarySaysSo() throws Exception {
        Run r = check("--caller", "rust_with_*", SET + "helpers.ll", SET + "rust_kernel.ll");
        assertTrue(r.out().contains("calls: 3 cross-unit (of 10, --caller rust_with_*): 3 blocked"), r.out());
        Run d = check("--caller", "kernel::c_str_*", SET + "helpers.ll", SET + "rust_kernel.ll");
        assertTrue(d.out().contains("calls: 1 cross-unit"), "demangled names match: " + d.out());
        Run c = check("--callee", "rust_helper_refcount_*", "--unit", "helpers.ll", SET + "helpers.ll", SET + "rust_kernel.ll");
        assertTrue(c.out().contains("calls: 3 cross-unit"), c.out());
        Run none = check("--callee", "nothing_*", SET + "helpers.ll", SET + "rust_kernel.ll");
        assertEquals(0, none.code(), "no shown call is blocked");
        Run always = check("--blocked", SET + "helpers_always.ll", SET + "rust_kernel.ll");
        assertTrue(always.out().contains("calls: 0 cross-unit (of 10, --blocked)"), always.out());
    }

    @Test
    void globsAreShellStyle() {
        assertTrue(CheckFilter.glob("rust_*").matcher("rust_helper_strlen").matches());
        assertTrue(CheckFilter.glob("a?c").matcher("abc").matches());
        assertTrue(CheckFilter.glob("[ab]x").matcher("bx").matches());
        assertTrue(!CheckFilter.glob("[!ab]x").matcher("bx").matches());
        assertTrue(!CheckFilter.glob("a.c").matcher("abc").matches(), "a dot is literal");
    }

    @Test
    void identicalLinkProblemsCollapseIntoOneLineWithACount() throws Exception {
        List<String> args = new ArrayList<>();
        try (var s = Files.list(Path.of("ir-samples/rules-x86_64"))) {
            s.map(Path::toString).filter(p -> p.endsWith(".ll")).sorted().forEach(args::add);
        }
        String out = check(args.toArray(String[]::new)).out();
        assertTrue(out.contains("error (x152): Linking globals named '…': symbol multiply defined!"), out);
        assertEquals(1, out.split("symbol multiply defined", -1).length - 2, "the group and one example");
    }

    @Test
    void differenceOfFeatureListsIsWhatOneSideAdds() {
        String callee = "target-cpu=\"x86-64\", target-features=\"+cmov,+cx8,+fxsr,+sse," + "-a,-b,-c,-d,-e,-f," + "+x87,+z1,+z2,+z3\"";
        String caller = "target-cpu=\"generic\", target-features=\"+sse,+x87,+z1,+z2,+z3\"";
        assertEquals("target-cpu=\"x86-64\", target-features adds +cmov,+cx8,+fxsr (+6 disabled, 5 shared)",
                Elide.difference(callee, caller, 60));
        assertEquals(caller, Elide.difference(caller, callee, 200), "a value that fits is shown whole");
    }

    /**
     * A C caller and a Rust caller of one -mavx2 C helper (src/test/resources/debugloc, clang-19 and
     * rustc with -g): the missing features are named by their root, each caller gets its own
     * compiler's advice, and each call is placed at its source line.
     */
    @Test
    void mixedCallersGetTheirOwnCompilersAdviceAndSourceLines() throws Exception {
        String d = "src/test/resources/debugloc/";
        String out = check(d + "caller.ll", d + "helper.ll", d + "rcaller.ll").out();
        assertTrue(out.contains("callee needs +avx2 (9 features with what they imply), which the caller lacks"), out);
        assertTrue(out.contains("fix (clang, caller caller.ll): add -mavx2 to the caller's unit\n"), out);
        assertTrue(out.contains("fix (rustc, caller rcaller.ll): -Ctarget-feature=+avx2 on the caller's crate\n"), out);
        assertTrue(out.contains("fix (clang, callee helper.ll): build the callee's unit without them: -mno-avx2\n"), out);
        assertTrue(!out.contains("fix (rustc, callee") && !out.contains("fix (clang, caller rcaller"), "no advice for a compiler that did not build that side");
        assertTrue(out.contains("/src/caller.c:7:10") && out.contains("/src/rcaller.rs:15:14"), out);
    }
}
