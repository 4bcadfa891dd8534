package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands piped in: answers only, no prompt, no escape sequences; errors on stderr and exit 2. */
class PipedModeTest {
    private static final String SCRIPT = "units\nblockers\nshow nosuch\nwhy rust_refcount_get rust_helper_refcount_inc\n";

    @Test
    void loopPrintsAnswersOnlyAndErrorsSeparately() throws Exception {
        Session s = SessionTest.kernel();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = PipedLoop.run(s, new BufferedReader(new StringReader(SCRIPT)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals("error: no function named nosuch; functions PATTERN lists them; help show explains it\n", err.toString(StandardCharsets.UTF_8));
        Session t = SessionTest.kernel();
        assertEquals(t.run("units").text() + t.run("blockers").text() + t.run("why rust_refcount_get rust_helper_refcount_inc").text(),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void realProcessWithRedirectedStdin(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("cmds.txt");
        Files.writeString(script, "units\nblockers\nquit\n");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "dev.irscope.cli.Main", "repl",
                SessionTest.HELPERS, SessionTest.RUST)
                .redirectInput(script.toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("NO_COLOR");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        Session t = SessionTest.kernel();
        assertEquals(t.run("units").text() + t.run("blockers").text(), out);
        assertFalse(out.contains("\u001b"), "escape sequences in piped output");
        assertFalse(out.contains(TerminalLoop.PROMPT), "prompt in piped output");
        assertEquals("", Files.readString(dir.resolve("err.txt")));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void historyAndColourSettings() {
        assertEquals(Path.of("/tmp/h"), HistoryFile.of(java.util.Map.of("IRSCOPE_HISTORY", "/tmp/h"), "/home/x"));
        assertEquals(Path.of("/home/x/.irscope_history"), HistoryFile.of(java.util.Map.of(), "/home/x"));
        assertFalse(Paint.enabled(true, "xterm", java.util.Map.of("NO_COLOR", "1")));
        assertFalse(Paint.enabled(false, "xterm", java.util.Map.of()));
        assertFalse(Paint.enabled(true, "dumb", java.util.Map.of()));
        assertEquals(true, Paint.enabled(true, "xterm-256color", java.util.Map.of()));
        assertEquals("  \u001b[1;31mBLOCKED\u001b[0m x\n", Paint.reply(Reply.ok("  BLOCKED x"), true));
        assertEquals("  BLOCKED x\n", Paint.reply(Reply.ok("  BLOCKED x"), false));
    }
}
