package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.cli.CliTest;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: a unit that is cut or edited so that it references what it never defines, where that
 * changes an answer, and a unit with CR-only line endings, are located errors (exit 2), never a
 * quiet read with fewer attributes, flags or functions.
 */
final class UndefinedReferencesTest {
    private static final Path HELPERS = Path.of("ir-samples/linux-helpers-x86_64/helpers.ll");

    private static String first(ParseError e) {
        return e.format().lines().findFirst().orElseThrow();
    }

    /** The same place and words as llvm-as-19 ("u3.ll:4:29: error: use of undefined metadata '!1'", the caret under the id). */
    @Test
    void anUndefinedModuleFlagIsLlvmAsError() {
        String ir = "define void @f() {\n  ret void\n}\n!llvm.module.flags = !{!0, !1}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n";
        ParseError e = assertThrows(ParseError.class, () -> IrReader.read("u3.ll", ir));
        assertEquals("u3.ll:4:29: error: use of undefined metadata '!1'\n!llvm.module.flags = !{!0, !1}\n"
                + " ".repeat(28) + "^", e.format());
    }

    @Test
    void aNodeAFlagOrIdentNeedsMustBeDefined() {
        ParseError flagValue = assertThrows(ParseError.class, () -> IrReader.read("m.ll",
                "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"x\", !7}\n"));
        assertEquals("m.ll:2:22: error: use of undefined metadata '!7'", first(flagValue));
        ParseError ident = assertThrows(ParseError.class, () -> IrReader.read("m.ll", "!llvm.ident = !{!3}\n"));
        assertEquals("m.ll:1:18: error: use of undefined metadata '!3'", first(ident));
        // the lowest undefined id is reported, at its first use, as LLParser::validateEndOfModule does
        ParseError lowest = assertThrows(ParseError.class, () -> IrReader.read("m.ll",
                "!llvm.module.flags = !{!9, !4}\n!llvm.ident = !{!4}\n"));
        assertEquals("m.ll:1:29: error: use of undefined metadata '!4'", first(lowest));
    }

    @Test
    void referencesInsideStringsAndUnneededNodesAreNotChecked() throws ParseError {
        Module m = IrReader.read("m.ll", "define void @f() {\n  ret void, !dbg !12\n}\n!llvm.module.flags = !{!0}\n"
                + "!llvm.ident = !{!1}\n!0 = !{i32 1, !\"a!7\", i32 4}\n!1 = !{!\"clang (see !9)\"}\n");
        assertEquals("a!7", m.flags().get(0).key());
        assertEquals(List.of("clang (see !9)"), m.header().idents());
    }

    /** The issue's case: helpers.ll cut before its 'attributes #N' lines read fine, with 10 calls inlinable. */
    @Test
    void aRealUnitCutBeforeItsAttributeGroupsIsRefused() throws IOException {
        String text = Files.readString(HELPERS);
        String cut = text.substring(0, text.indexOf("\nattributes #") + 1);
        ParseError e = assertThrows(ParseError.class, () -> IrReader.read("helpers.ll", cut));
        assertTrue(e.getMessage().startsWith("use of undefined attribute group '#"), e.format());
        int firstGroup = text.lines().toList().indexOf(text.lines().filter(l -> l.matches("^(define|declare) .* #\\d+.*")).findFirst().orElseThrow());
        assertEquals(firstGroup + 1, e.line(), e.format());
        MalformedInputTest.caretUnder(e, '#');
    }

    @Test
    void theCliExitsTwoAndStillReportsTheOtherInputs(@TempDir Path dir) throws Exception {
        String text = Files.readString(HELPERS);
        Path cut = dir.resolve("cut.ll");
        Files.writeString(cut, text.substring(0, text.indexOf("\nattributes #") + 1));
        Path cr = dir.resolve("cr.ll");
        Files.writeString(cr, text.replace('\n', '\r'));
        Path good = dir.resolve("good.ll");
        Files.writeString(good, MalformedInputTest.GOOD);
        CliTest.Run r = CliTest.run("functions", good.toString(), cut.toString(), cr.toString());
        String stdout = r.out(), stderr = r.err();
        assertEquals(2, r.code(), stdout + stderr);
        assertTrue(stdout.contains("good.ll"), stdout);
        assertTrue(stderr.contains("cut.ll:") && stderr.contains("use of undefined attribute group"), stderr);
        assertTrue(stderr.contains("cr.ll:1:") && stderr.contains("CR-only line endings"), stderr);
    }

    @Test
    void crOnlyLineEndingsAreALocatedError() {
        String lf = "; ModuleID = 'a.c'\nsource_filename = \"a.c\"\ndefine void @f() {\n  ret void\n}\n";
        ParseError e = assertThrows(ParseError.class, () -> IrReader.read("cr.ll", lf.replace('\n', '\r')));
        assertEquals("cr.ll:1:19: error: line ends in a carriage return alone (CR-only line endings): irscope reads"
                + " lines ending in LF or CR LF; convert the file, e.g. tr '\\r' '\\n' < IN > OUT", first(e));
        assertEquals("; ModuleID = 'a.c'", e.sourceLine());
        // a file that starts with a skipped line would otherwise be one skipped line: zero functions
        assertThrows(ParseError.class, () -> IrReader.read("cr.ll", ("%struct.S = type { i32 }\n" + lf).replace('\n', '\r')));
    }

    /** LLLexer ends a comment at '\r' too, and takes a lone '\r' as a blank: so does this lexer. */
    @Test
    void aLoneCrEndsACommentAsInLlvm() throws ParseError {
        Module m = IrReader.read("c.ll", "declare void @g()\n; a comment\rdeclare void @h()\ndeclare void @k()\r\n");
        assertEquals(List.of("g", "h", "k"), m.functions().stream().map(f -> f.name()).toList());
    }
}
