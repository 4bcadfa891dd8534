package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.Function;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 2: every real sample parses, and the reader sees exactly the functions, calls, module flags
 * and idents that LLVM's own parser sees. The expected numbers come from two independent sources:
 * {@code sample-counts.tsv}, written by {@code tools/sample-counts/make-counts.sh} with llvm-19's
 * parser, and a line-regex count over the text done here. The two are checked against each other
 * first, so a stale resource file fails loudly instead of silently agreeing with a reader bug.
 */
final class SampleCountsTest {
    private static final Pattern DEFINE = Pattern.compile("(?m)^define ");
    private static final Pattern DECLARE = Pattern.compile("(?m)^declare ");
    private static final Pattern CALL_LINE = Pattern.compile(
            "(?m)^\\s+(%\\S+ = )?((tail|musttail|notail) )?(call|invoke|callbr) (.*)$");

    record Expected(String file, int defines, int declares, int direct, int indirect, int asm, int flags,
                    List<String> idents) {}

    static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        try (InputStream in = SampleCountsTest.class.getResourceAsStream("sample-counts.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                List<String> idents = c[7].isEmpty() ? List.of() : List.of(c[7].split("\\|"));
                out.add(new Expected(c[0], i(c[1]), i(c[2]), i(c[3]), i(c[4]), i(c[5]), i(c[6]), idents));
            }
        }
        return out;
    }

    private static int i(String s) {
        return Integer.parseInt(s.trim());
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void everySampleHasARecordedCount() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.walk(Path.of("ir-samples"))) {
            files = s.filter(p -> p.toString().endsWith(".ll")).map(Path::toString).sorted().toList();
        }
        List<String> recorded = expected().stream().map(Expected::file).sorted().toList();
        assertFalse(files.isEmpty());
        assertEquals(files, recorded, "sample-counts.tsv is stale: rerun tools/sample-counts/make-counts.sh");
    }

    @TestFactory
    Stream<DynamicTest> readerAgreesWithLlvmAndGrep() throws IOException {
        return expected().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> check(e)));
    }

    private static void check(Expected e) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(e.file()));
        String text = new String(bytes, StandardCharsets.UTF_8);

        // 1. grep and LLVM agree (otherwise the oracle itself is wrong).
        int callLines = 0;
        Matcher m = CALL_LINE.matcher(text);
        while (m.find()) callLines++;
        assertEquals(e.defines(), count(DEFINE, text), "grep vs llvm: define");
        assertEquals(e.declares(), count(DECLARE, text), "grep vs llvm: declare");
        assertEquals(e.direct() + e.indirect() + e.asm(), callLines, "grep vs llvm: call lines");

        // 2. the reader agrees with both.
        Module mod = IrReader.read(e.file(), ByteBuffer.wrap(bytes));
        long defined = mod.functions().stream().filter(Function::defined).count();
        assertEquals(e.defines(), defined, "defined functions");
        assertEquals(e.declares(), mod.functions().size() - defined, "declared functions");
        assertEquals(e.direct(), mod.callCount(), "direct call sites");
        assertEquals(e.indirect(), mod.functions().stream().mapToInt(f -> f.body().indirectCalls()).sum(), "indirect");
        assertEquals(e.asm(), mod.functions().stream().mapToInt(f -> f.body().inlineAsmCalls()).sum(), "inline asm");
        assertEquals(e.flags(), mod.flags().size(), "module flags");
        assertEquals(e.idents(), mod.header().idents(), "llvm.ident");
        for (ModuleFlag f : mod.flags()) {
            assertTrue(f.behavior() >= 1 && f.behavior() <= 8, () -> e.file() + ": flag behaviour " + f);
            assertFalse(f.key().startsWith("!"), () -> e.file() + ": flag key not resolved " + f);
        }
        assertTrue(mod.header().triple().isPresent(), "triple");
    }
}
