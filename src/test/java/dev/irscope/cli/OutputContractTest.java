package dev.irscope.cli;

import static dev.irscope.cli.CliTest.C;
import static dev.irscope.cli.CliTest.RUST;
import static dev.irscope.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: -o, stdout and fatal errors keep the command contract. */
class OutputContractTest {

    @TempDir
    Path dir;

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code irscope ARGS} in its own JVM, as a user's shell would run it. */
    static ProcessBuilder irscope(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.irscope.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private static boolean isRegular(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aFifoIsWrittenNotReplaced() throws Exception {
        Path fifo = dir.resolve("answer.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        byte[][] got = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                got[0] = Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        reader.start();
        CliTest.Run r = run("functions", "-o", fifo.toString(), C);
        reader.join(10_000);
        assertEquals(0, r.code(), r.err());
        assertFalse(isRegular(fifo), "the FIFO must still be a FIFO, not a file renamed over it");
        assertTrue(new String(got[0], StandardCharsets.UTF_8).contains("@rust_helper_strlen"));
        assertEquals(List.of(), temps());
    }

    @Test
    void devNullAndDevFullAreWrittenInPlace() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CliTest.Run ok = run("functions", "-o", "/dev/null", C);
        assertEquals(0, ok.code(), ok.err());
        assertFalse(isRegular(Path.of("/dev/null")));
        CliTest.Run full = run("functions", "-o", "/dev/full", C);
        assertEquals(2, full.code());
        assertEquals("irscope: error: cannot write /dev/full: No space left on device\n", full.err());
        assertFalse(isRegular(Path.of("/dev/full")));
    }

    @Test
    void forcedDevStdoutWritesToTheShellsStdoutAndKeepsTheLink() throws Exception {
        Path log = dir.resolve("log.txt");
        Files.writeString(log, "before\n");
        Process p = irscope(List.of(), "functions", "--force", "-o", "/dev/stdout", C)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")));
        String text = Files.readString(log);
        assertTrue(text.startsWith("before\n") && text.contains("@rust_helper_strlen"), text);
    }

    @Test
    void dashMeansStdout() {
        CliTest.Run r = run("functions", "-o", "-", C);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("@rust_helper_strlen"));
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void newFilesGetTheUmasksPermissionsAndReplacedFilesKeepTheirs() throws Exception {
        Path fresh = Files.createFile(dir.resolve("fresh"));
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(fresh);
        Path out = dir.resolve("out.txt");
        assertEquals(0, run("functions", "-o", out.toString(), C).code());
        assertEquals(PosixFilePermissions.toString(umask), PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                "a new output file gets the permissions of any new file");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, run("functions", "-o", out.toString(), C).code());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aPathThatCannotBeWrittenFailsBeforeTheWorkWithTheReason() throws Exception {
        Path missing = dir.resolve("no/such/dir/r.json");
        CliTest.Run r = run("check", "--format", "json", "-o", missing.toString(), C, RUST);
        assertEquals(2, r.code());
        assertEquals("irscope: error: cannot write " + missing + ": No such file or directory\n", r.err());
        assertEquals("", r.out());
        CliTest.Run d = run("check", "-o", dir.toString(), C, RUST);
        assertEquals("irscope: error: cannot write " + dir + ": Is a directory\n", d.err());
    }

    @Test
    void aCommandThatFailsLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("r.txt");
        CliTest.Run r = run("check", "--llvm", "9", "-o", out.toString(), C, RUST);
        assertEquals(2, r.code());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), temps());
    }

    @Test
    void sigtermAndSigintRemoveTheTemporaryFile() throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            Path out = dir.resolve("answer-" + signal + ".json");
            // Reads stdin, which stays open: the command is mid-work when the signal comes.
            Process p = irscope(List.of(), "check", "--format", "json", "-o", out.toString(), "-").start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (temps().isEmpty() && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(20);
            assertEquals(1, temps().size(), "the temporary file exists while the command works");
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(List.of(), temps(), "SIG" + signal + " must not leave the temporary file behind");
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aWriteErrorOnStdoutIsReportedAndExitsTwo() {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            }, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, Main.run("rules"));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
        assertTrue(CliTest.withoutJazzerLog(err.toString(StandardCharsets.UTF_8)).startsWith("irscope: error: cannot write to standard output"), err.toString());
    }

    @Test
    void stdoutToDevFullSaysWhy() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Process p = irscope(List.of(), "rules").redirectOutput(new java.io.File("/dev/full")).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertEquals("irscope: error: cannot write to standard output: No space left on device\n", err);
    }

    @Test
    void outOfMemoryWhileRenderingIsOneLineAndExitsTwo() throws Exception {
        int n = 20_000;
        StringBuilder callee = new StringBuilder("target triple = \"x86_64-unknown-linux-gnu\"\n");
        StringBuilder caller = new StringBuilder(callee);
        for (int i = 0; i < n; i++) {
            callee.append("define void @g").append(i).append("() #0 {\n  ret void\n}\n");
            caller.append("define void @f").append(i).append("() #0 {\n  call void @g").append(i).append("()\n  ret void\n}\n")
                    .append("declare void @g").append(i).append("()\n");
        }
        callee.append("attributes #0 = { noinline nounwind \"target-features\"=\"+avx2\" }\n");
        caller.append("attributes #0 = { nounwind }\n");
        Path a = Files.writeString(dir.resolve("caller.ll"), caller), b = Files.writeString(dir.resolve("callee.ll"), callee);
        Process p = irscope(List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"), "check", "--format", "json", a.toString(), b.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(err.lines().anyMatch(l -> l.startsWith("irscope: error: out of memory") || l.contains("not enough memory")), err);
    }
}
