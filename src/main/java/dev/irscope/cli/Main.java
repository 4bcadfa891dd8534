package dev.irscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code irscope}: the command tree. Each subcommand is a thin layer over the query package. */
@Command(name = "irscope", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Explains why LLVM would or would not inline calls that cross codegen units under LTO.",
        subcommands = {CheckCommand.class, ExplainCommand.class, DiffCommand.class, FunctionsCommand.class,
                RulesCommand.class, ReportCommand.class, dev.irscope.repl.ReplCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final String VERSION = "0.1.0";
    public static final String TOOL = "irscope " + VERSION;

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
            return new String[] {TOOL};
        }
    }
}
