package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.irscope.ir.Module;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader crosses runs of unwanted metadata lines a word at a time once every wanted node is
 * kept ({@code IrReader.skipNodeRun}). These inputs put what the run must stop for at every byte
 * offset modulo the word size, and check line numbers, kept nodes and errors against what the
 * line-by-line reading gives, which is written out here by hand.
 */
final class MetadataRunTest {
    private static Module read(String text) throws ParseError {
        return IrReader.read("run.ll", ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code n} unwanted node lines {@code !100.. = !{!"x..."}}, padded so line lengths vary. */
    private static String filler(int from, int n, int pad) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append('!').append(from + i).append(" = !{!\"").append("x".repeat((i * 7 + pad) % 23)).append("\"}\n");
        return b.toString();
    }

    @Test
    void linesAfterARunKeepTheirNumbers() throws ParseError {
        for (int pad = 0; pad < 16; pad++) {
            String head = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n";
            // Blank lines right after the run: the newlines after the line that stops it, in the same word, are not the run's.
            String text = head + filler(100, 50, pad) + "\n\n\n" + "define void @f() {\n  ret void\n}\n" + filler(200, 9, pad);
            Module m = read(text);
            assertEquals(56, m.functions().get(0).line(), "pad " + pad);
            assertEquals(2 + 50 + 3 + 3 + 9 + 1, m.lines(), "pad " + pad);
            assertEquals(4, m.flag("wchar_size").orElseThrow().intValue().orElseThrow());
        }
    }

    @Test
    void namedMetadataAfterARunIsStillRead() throws ParseError {
        for (int pad = 0; pad < 16; pad++) {
            String text = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n" + filler(100, 40, pad)
                    + "!llvm.ident = !{!300}\n" + filler(200, 40, pad) + "!300 = !{!\"clang version 19.1.7\"}\n"
                    + filler(400, 3, pad);
            Module m = read(text);
            assertEquals(List.of("clang version 19.1.7"), m.header().idents(), "pad " + pad);
            assertEquals(2 + 40 + 1 + 40 + 1 + 3 + 1, m.lines(), "pad " + pad);
        }
    }

    @Test
    void oddSpellingsInsideARunAreSkippedAsLineByLine() throws ParseError {
        String text = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n" + filler(100, 20, 3)
                + "!12abc = !{}\n!1234567890 = !{}\n!0 = !{i32 1, !\"wchar_size\", i32 8}\n" + filler(200, 20, 5);
        Module m = read(text);
        assertEquals(4, m.flag("wchar_size").orElseThrow().intValue().orElseThrow()); // the first !0 is kept
        assertEquals(2 + 20 + 3 + 20 + 1, m.lines());
    }

    @Test
    void aLastLineWithoutNewlineIsCounted() throws ParseError {
        for (int pad = 0; pad < 16; pad++) {
            String text = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n" + filler(100, 30, pad);
            Module m = read(text.substring(0, text.length() - 1));
            assertEquals(32, m.lines(), "pad " + pad);
        }
    }

    @Test
    void aLineOverTheLimitInsideARunIsLocated() {
        for (int len = 60; len < 76; len++) {
            String longLine = "!150 = !{!\"" + "y".repeat(len - 14) + "\"}";
            assertEquals(len - 1, longLine.length());
            String text = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n" + filler(100, 30, 0)
                    + longLine + "\n" + filler(200, 30, 0);
            ReaderLimits limits = ReaderLimits.DEFAULTS.withMaxLineBytes(len - 2);
            ParseError e = assertThrows(ParseError.class, () -> IrReader.read("run.ll",
                    ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), limits));
            assertEquals("33:" + (len - 1), e.line() + ":" + e.column(), "line of " + (len - 1) + " bytes: " + e.format());
            Module ok = assertDoesNotThrow(text, ReaderLimits.DEFAULTS.withMaxLineBytes(len - 1));
            assertEquals(2 + 30 + 1 + 30 + 1, ok.lines());
        }
    }

    private static Module assertDoesNotThrow(String text, ReaderLimits limits) {
        try {
            return IrReader.read("run.ll", ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), limits);
        } catch (ParseError e) {
            throw new AssertionError(e.format(), e);
        }
    }
}
