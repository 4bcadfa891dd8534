package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the REPL in a real pseudo-terminal: tmux runs it, {@code send-keys} types, and
 * {@code capture-pane -p} reads the screen. Covers what only a terminal has: Tab completion,
 * Ctrl-C at the prompt and during a command, Ctrl-D, the history file. Skipped without tmux.
 * See src/test/resources/repl/README.md.
 */
class TmuxTerminalTest {
    private final String socket = "irscope-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @AfterEach
    void killServer() throws Exception {
        tmux("kill-server");
    }

    @Test
    void completionCtrlCAndCtrlD(@TempDir Path dir) throws Exception {
        assumeTrue(tmuxAvailable(), "tmux is not installed");
        Path history = dir.resolve("history");
        // IRSCOPE_PAGER=cat: answers stay on the screen this test reads (PagerTest covers paging).
        String cmd = "env IRSCOPE_HISTORY=" + history + " NO_COLOR=1 IRSCOPE_PAGER=cat " + PipedModeTest.javaBin() + " -cp "
                + System.getProperty("java.class.path") + " dev.irscope.cli.Main repl " + SessionTest.HELPERS + " " + SessionTest.RUST;
        Result started = tmux("new-session", "-d", "-s", "r", "-x", "220", "-y", "50", cmd);
        assertTrue(started.ok, started.out);
        tmux("set-option", "-t", "r", "remain-on-exit", "on");
        waitFor("prompt", s -> s.contains(TerminalLoop.PROMPT.strip()));

        // Tab: the common prefix is inserted, then both candidates are listed.
        keys("show rust_refc", "Tab");
        String screen = waitFor("completion of rust_refc", s -> s.contains("show rust_refcount_") && s.contains("rust_refcount_put"));
        assertTrue(screen.contains("rust_refcount_get"), screen);
        keys("C-u");

        // A unique completion inserts the whole name; the answer is the same as explain's.
        keys("why rust_refcount_g", "Tab");
        waitFor("completed caller", s -> s.contains("why rust_refcount_get"));
        keys("rust_helper_refcount_i", "Tab");
        waitFor("completed callee", s -> s.contains("why rust_refcount_get rust_helper_refcount_inc"));
        keys("Enter");
        waitFor("why answer", s -> s.contains("BLOCKED - LLVM's remark: conflicting attributes"));
        keys("clear", "Enter"); // not a command: one-line error, session goes on
        waitFor("error line", s -> s.contains("error: unknown command 'clear'"));

        // Ctrl-C at the prompt drops the typed line, not the session.
        keys("units", "C-c");
        keys("help quit", "Enter");
        waitFor("help after Ctrl-C", s -> s.contains("leave (Ctrl-D does too)"));

        // Ctrl-C during a command: loading a FIFO nobody writes to blocks until cancelled.
        Path fifo = dir.resolve("fifo");
        // (Opening a FIFO for reading blocks until a writer comes: real inputs such as <(zcat ...) do that.)
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        keys("load " + fifo, "Enter");
        Thread.sleep(1500);
        String during = capture();
        assertTrue(during.strip().endsWith("load " + fifo), "load of a FIFO should still be running:\n" + during);
        keys("C-c");
        waitFor("cancelled", s -> s.contains("cancelled"));
        keys("units", "Enter");
        String after = waitFor("units after cancel", s -> s.lastIndexOf("u2  " + SessionTest.RUST) > s.lastIndexOf("cancelled"));
        assertFalse(after.contains("u3"), "a cancelled load must not add a unit:\n" + after);

        // Ctrl-D leaves; the history file has what was typed.
        keys("C-d");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!paneDead() && System.nanoTime() < end) Thread.sleep(100);
        assertTrue(paneDead(), "Ctrl-D did not end the REPL:\n" + capture());
        String h = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(h.contains("why rust_refcount_get rust_helper_refcount_inc"), h);
        assertTrue(h.contains("help quit"), h);
    }

    private record Result(boolean ok, String out) {}

    private static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Result tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor() == 0, out);
    }

    private void keys(String... keys) throws Exception {
        for (String k : keys) {
            boolean named = k.equals("Tab") || k.equals("Enter") || k.startsWith("C-");
            List<String> a = new ArrayList<>(List.of("send-keys", "-t", "r"));
            if (!named) a.add("-l");
            a.add(k);
            tmux(a.toArray(String[]::new));
            Thread.sleep(named ? 300 : 100);
        }
    }

    /** The REPL process has exited (the pane stays, remain-on-exit, so its screen can be read). */
    private boolean paneDead() throws Exception {
        return tmux("display-message", "-p", "-t", "r", "#{pane_dead}").out.strip().equals("1");
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p", "-t", "r", "-S", "-200").out;
    }

    private String waitFor(String what, Predicate<String> ok) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String s = "";
        while (System.nanoTime() < end) {
            s = capture();
            if (ok.test(s)) return s;
            Thread.sleep(150);
        }
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + s + "\n" + tmux("list-sessions").out);
    }
}
