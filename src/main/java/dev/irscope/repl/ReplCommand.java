package dev.irscope.repl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code irscope repl}: the interactive explorer. On a terminal it prompts (JLine); with stdin
 * redirected it reads one command per line and prints only the answers, so scripts can diff them.
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Explore units interactively: functions, calls, why a call is blocked, what-if attribute changes.",
                "With stdin not a terminal, reads one command per line and prints only the answers (exit 2 if any failed)."})
public final class ReplCommand implements Callable<Integer> {
    @Option(names = "--llvm", paramLabel = "N", description = "LLVM release whose rules apply (default: from the producers)")
    Integer llvm;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = ".ll files, archives or folders to load first")
    List<String> inputs = List.of();

    @Override
    public Integer call() throws Exception {
        Session session = new Session();
        StringBuilder greeting = new StringBuilder();
        boolean failed = false;
        if (!inputs.isEmpty()) {
            Reply r = session.load(inputs);
            failed = r.isError();
            greeting.append(r.text());
        }
        if (llvm != null) {
            Reply r = session.run("llvm " + llvm);
            if (r.isError()) {
                System.err.print(r.text());
                return 2;
            }
            greeting.append(r.text());
        }
        boolean interactive = System.console() != null;
        if (interactive) {
            greeting.append(dev.irscope.Tool.ID).append(" repl: help lists the commands, Tab completes, Ctrl-D quits\n");
            return TerminalLoop.run(session, System.getenv(), greeting.toString());
        }
        // Piped: the start-up listing would pollute the answers; only problems are worth saying.
        if (failed || greeting.toString().contains("error:")) {
            greeting.toString().lines().filter(l -> !l.matches("u\\d+  .*")).forEach(System.err::println);
        }
        int code = PipedLoop.run(session, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out, System.err);
        return failed ? 2 : code;
    }
}
