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
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this directly). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        // Each is added under its own @Command name; the keys here only pick one ('help' needs all).
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.values().forEach(make -> cl.addSubcommand(make.get()));
        }
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("irscope: error: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("irscope: error: " + ex.getMessage());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.irscope.Tool.ID};
        }
    }
}
