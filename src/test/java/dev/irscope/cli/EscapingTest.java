package dev.irscope.cli;

import static dev.irscope.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.write.Markdown;
import dev.irscope.write.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: ESC, BEL, NUL from IR names never reach a terminal or a file format raw. */
class EscapingTest {

    static boolean hasRawControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f));
    }

    @Test
    void everyFormatAndTheReportEscapeControlBytesFromNames(@TempDir Path dir) throws Exception {
        Path callee = Files.writeString(dir.resolve("callee.ll"), "target triple = \"x86_64-unknown-linux-gnu\"\n"
                + "define void @\"g\\1B[31m\\07\\00x\"() #0 {\n  ret void\n}\nattributes #0 = { noinline nounwind }\n");
        Path caller = Files.writeString(dir.resolve("caller.ll"), "target triple = \"x86_64-unknown-linux-gnu\"\n"
                + "declare void @\"g\\1B[31m\\07\\00x\"()\ndefine void @\"f\\1B]0;t\\07\"() {\n"
                + "  call void @\"g\\1B[31m\\07\\00x\"()\n  ret void\n}\n");
        String a = caller.toString(), b = callee.toString();
        List<List<String>> commands = List.of(
                List.of("check", a, b), List.of("check", "--format", "markdown", a, b), List.of("check", "--format", "yaml", a, b),
                List.of("check", "--format", "json", a, b), List.of("report", a, b), List.of("report", "--format", "text", a, b),
                List.of("functions", a, b), List.of("diff", a, b), List.of("diff", "--format", "markdown", a, b),
                List.of("explain", "--caller", "f\u001b]0;t\u0007", "--callee", "g\u001b[31m\u0007\u0000x", a, b),
                List.of("explain", "--format", "markdown", "--caller", "f\u001b]0;t\u0007", "--callee", "g\u001b[31m\u0007\u0000x", a, b));
        for (List<String> c : commands) {
            CliTest.Run r = run(c.toArray(new String[0]));
            assertTrue(r.code() <= 1, c + ": " + r.err());
            assertFalse(hasRawControl(r.out()), c + " wrote a raw control character:\n" + r.out());
            assertFalse(r.out().isBlank(), c.toString());
        }
        CliTest.Run yaml = run("check", "--format", "yaml", a, b);
        assertTrue(yaml.out().contains("  - Callee:          \"g\\e[31m\\a\\0x\"\n"), yaml.out());
        CliTest.Run md = run("check", "--format", "markdown", a, b);
        assertTrue(md.out().contains("g\\1B[31m\\07\\00x"), md.out());
    }

    @Test
    void writersEscapeOnTheirOwn() {
        assertEquals("\"a\\eb\\x01\\\"q\\\\\"", Yaml.scalar("a\u001bb\u0001\"q\\"));
        assertEquals("'a: b'", Yaml.scalar("a: b"));
        assertEquals("plain_name", Yaml.scalar("plain_name"));
        assertEquals("x\\1B\\| y", Markdown.cell("x\u001b| y"));
    }
}
