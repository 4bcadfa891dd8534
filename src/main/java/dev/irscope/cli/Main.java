package dev.irscope.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code irscope}: the command tree. Each subcommand is a thin layer over the query package. */
@Command(name = "irscope", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Explains why LLVM would or would not inline calls that cross codegen units under LTO.")
public final class Main implements Runnable {
    /**
     * The subcommands, in help order. Picocli builds a command's whole model (reflection over its
     * annotated fields, annotation proxies) when it is added: adding all eight at every start cost
     * ~25 ms of a ~275 ms small check. {@link #run} adds only the one a command line names, and
     * all of them when it names none (help, --version, a typo), so help and errors read as before.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("explain", ExplainCommand::new);
        SUBCOMMANDS.put("diff", DiffCommand::new);
        SUBCOMMANDS.put("functions", FunctionsCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("report", ReportCommand::new);
        SUBCOMMANDS.put("repl", dev.irscope.repl.ReplCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** Exit codes of the command contract. */
    public static final int OK = 0, FOUND = 1, BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        StdoutGuard.install();
        System.exit(run(args));
    }

    /** The command tree for {@code args}: picocli's model of the named subcommand only (or of all). */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        // Each is added under its own @Command name; the keys here only pick one ('help' needs all).
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.values().forEach(make -> cl.addSubcommand(make.get()));
        }
        HelpLayout.install(cl);
        return cl;
    }

    /** Runs a command line and returns its exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("irscope: error: " + Usage.message(ex, SUBCOMMANDS.keySet()));
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("irscope: error: " + ex.getMessage());
            return BAD_INPUT;
        });
        cl.setExecutionStrategy(parsed -> {
            claimOutputs(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            code = fatal(cl, "out of memory: the inputs or the answer do not fit in the Java heap"
                    + " (raise it, e.g. JAVA_TOOL_OPTIONS=-Xmx8g, or give fewer inputs at once)");
        } catch (StackOverflowError e) {
            code = fatal(cl, "internal error: stack overflow (please report it with the inputs)");
        } finally {
            Output.releaseAll();
        }
        cl.getOut().flush();
        return StdoutGuard.check(cl.getErr()) ? code : BAD_INPUT;
    }

    /**
     * Checks and prepares every {@code -o}/{@code --bundle} target before the command runs: a path
     * that cannot be written fails fast, and the temporary file exists while the work is done.
     */
    private static void claimOutputs(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) last = last.subcommand();
        if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) return;
        boolean force = last.matchedOptionValue("--force", false);
        for (String name : new String[] {"--output", "--bundle"}) {
            java.nio.file.Path p = last.matchedOptionValue(name, null);
            if (p == null) continue;
            try {
                Output.claim(p, force);
            } catch (dev.irscope.write.FileTarget.CannotWrite e) {
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
    }

    /** A failure outside the command contract's normal paths: one line, exit 2, no stack trace. */
    private static int fatal(CommandLine cl, String message) {
        cl.getOut().flush();
        cl.getErr().println("irscope: error: " + message);
        cl.getErr().flush();
        return BAD_INPUT;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.irscope.Tool.ID};
        }
    }
}
