package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: the REPL's help, its errors and its exit status. */
class ReplContractTest {

    @Test
    void bareHelpListsEveryCommand() {
        Reply r = SessionTest.kernel().run("help");
        assertFalse(r.isError(), r.text());
        for (Verb v : Verb.values()) assertTrue(r.text().contains("  " + v.usage), v.word + " missing from:\n" + r.text());
        for (String line : r.text().lines().toList()) assertTrue(line.length() <= 140, "help line too long: " + line);
    }

    @Test
    void everyErrorPointsToHelp() {
        Session s = SessionTest.kernel();
        List<String> bad = List.of("foo", "why a", "show nosuch", "rules no.such", "llvm 9", "format html", "save", "diff u1 nosuch",
                "whatif rust_refcount_get nounwind", "functions /[/", "help nosuch", "calls", "blockers a b", "load");
        for (String line : bad) {
            Reply r = s.run(line);
            assertTrue(r.isError(), line);
            assertTrue(r.text().contains("help"), line + " -> " + r.text());
        }
        assertTrue(s.run("shwo rust_refcount_get").text().contains("did you mean show?"));
        assertTrue(s.run("show rust_helper_strle").text().contains("did you mean rust_helper_strlen"));
    }

    @Test
    void pipedReplExitsTwoWhenAnInputFailsToLoad(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("cmds.txt"), "units\n");
        Process p = new ProcessBuilder(PipedModeTest.javaBin(), "-cp", System.getProperty("java.class.path"), "dev.irscope.cli.Main",
                "repl", SessionTest.HELPERS, dir.resolve("missing.ll").toString())
                .redirectInput(script.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("missing.ll: error: no such file or directory"), err);
        assertTrue(out.contains("helpers.ll"), "the good input is still loaded: " + out);
    }

    @Test
    void saveWritesLikeDashO(@TempDir Path dir) throws Exception {
        Session s = SessionTest.kernel();
        s.run("units");
        Path fresh = Files.createFile(dir.resolve("fresh"));
        Path out = dir.resolve("units.txt");
        assertFalse(s.run("save " + out).isError());
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(out), "the umask's permissions, not 0600");
        if (Files.exists(Path.of("/dev/null"))) {
            assertFalse(s.run("save /dev/null").isError());
            assertFalse(Files.isRegularFile(Path.of("/dev/null"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        }
        Reply missing = s.run("save " + dir.resolve("no/such/x.txt"));
        assertEquals("error: cannot write " + dir.resolve("no/such/x.txt") + ": No such file or directory; help save explains it\n",
                missing.text());
    }
}
