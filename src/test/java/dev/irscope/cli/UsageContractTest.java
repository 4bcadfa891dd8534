package dev.irscope.cli;

import static dev.irscope.cli.CliTest.C;
import static dev.irscope.cli.CliTest.RUST;
import static dev.irscope.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: unknown names, formats and releases are usage errors (exit 2, stderr), with the nearest candidates. */
class UsageContractTest {

    @Test
    void anUnknownFunctionIsExitTwoOnStderrWithTheNearestNames() {
        CliTest.Run r = run("explain", "--caller", "c_str_le", "--callee", "rust_helper_strlen", C, RUST);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("irscope: error: no function named c_str_le in any unit (did you mean kernel::c_str_len"), r.err());
        CliTest.Run none = run("explain", "--caller", "nosuch", "--callee", "rust_helper_strlen", C, RUST);
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no function named nosuch"), none.err());
    }

    @Test
    void aMisspelledCommandOrOptionNamesTheNearest() {
        CliTest.Run cmd = run("chekc", C);
        assertEquals(2, cmd.code());
        assertTrue(cmd.err().startsWith("irscope: error: unknown command 'chekc' (did you mean check?)"), cmd.err());
        CliTest.Run opt = run("check", "--fromat", "json", C);
        assertEquals(2, opt.code());
        assertTrue(opt.err().startsWith("irscope: error: unknown option '--fromat' (did you mean --format"), opt.err());
        CliTest.Run eq = run("functions", "--max-function=3", C);
        assertTrue(eq.err().contains("unknown option '--max-function' (did you mean --max-functions"), eq.err());
    }

    @Test
    void eachCommandAcceptsExactlyTheFormatsItWrites() {
        record Case(String command, List<String> writes, List<String> refuses) {}
        List<Case> cases = List.of(
                new Case("check", List.of("text", "json", "markdown", "yaml"), List.of()),
                new Case("explain", List.of("text", "json", "markdown"), List.of("yaml")),
                new Case("diff", List.of("text", "json", "markdown"), List.of("yaml")),
                new Case("functions", List.of("text", "json"), List.of("markdown", "yaml")),
                new Case("rules", List.of("text", "json", "markdown"), List.of("yaml")));
        for (Case c : cases) {
            for (String f : c.refuses()) {
                // A missing input proves the refusal comes before any work.
                CliTest.Run r = run(c.command(), "--format", f, "no/such/input.ll", "no/such/other.ll");
                assertEquals(2, r.code(), c + " " + f);
                assertEquals("", r.out());
                assertTrue(r.err().startsWith("irscope: error: --format " + f + ": " + c.command() + " writes "
                        + String.join(", ", c.writes()) + "\n"), r.err());
            }
        }
        assertEquals(0, run("functions", "--format", "json", C).code());
        assertEquals(0, run("rules", "--format", "markdown").code());
        assertEquals(2, run("check", "--format", "html", C).code());
    }

    @Test
    void aReleaseWithoutRulesIsRefusedBeforeReading() {
        CliTest.Run r = run("check", "--llvm", "30", "no/such/input.ll");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("irscope: error: --llvm 30: irscope has rules for LLVM 14 to 23 only\n"), r.err());
        assertEquals(2, run("explain", "--llvm", "13", "--caller", "a", "--callee", "b", "x.ll").code());
        assertEquals(1, run("check", "--llvm", "23", C, RUST).code(), "23 has rules (the alwaysinline target check)");
    }

    @Test
    void aReleaseOlderThanAProducerIsWarnedAbout() {
        CliTest.Run r = run("check", "--llvm", "19", C, RUST);
        assertTrue(r.err().contains("irscope: warning: LLVM 19 is older than LLVM 22, which produced " + RUST), r.err());
        CliTest.Run auto = run("check", C, RUST);
        assertFalse(auto.err().contains("warning"), auto.err());
    }

    @Test
    void helpPutsResourceLimitsUnderTheirOwnHeadingAndShowsExamples() {
        for (String command : List.of("check", "explain", "diff", "functions", "report")) {
            String help = run(command, "--help").out();
            int limits = help.indexOf("Resource limits");
            assertTrue(limits > 0, command + ":\n" + help);
            assertTrue(help.indexOf("--max-input-size") > limits && help.indexOf("--timeout") > limits, help);
            assertTrue(help.indexOf("-o, --output") < limits, "the useful options come first:\n" + help);
            assertTrue(help.startsWith("Usage: irscope " + command + " [OPTIONS]"), help);
        }
        for (String command : List.of("check", "explain", "diff", "functions", "rules", "report", "repl")) {
            String help = run(command, "--help").out();
            long examples = help.lines().filter(l -> l.startsWith("  irscope " + command + " ")).count();
            assertTrue(examples >= 2 && examples <= 3, command + " has " + examples + " examples:\n" + help);
        }
    }

    @Test
    void everyExampleInTheHelpParses() {
        for (var e : HelpLayout.EXAMPLES.entrySet()) {
            for (String[] example : e.getValue()) {
                String line = example[0].replaceFirst("^irscope ", "").replaceAll("\\s*[<|>].*$", "");
                String[] args = line.split(" ");
                picocli.CommandLine.ParseResult parsed = Main.commandLine(args).parseArgs(args);
                assertEquals(e.getKey(), parsed.subcommand().commandSpec().name(), example[0]);
            }
        }
    }
}
