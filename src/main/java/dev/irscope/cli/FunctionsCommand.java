package dev.irscope.cli;

import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.query.LoadProblem;
import dev.irscope.report.FunctionsReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code irscope functions}: what each unit holds (triple, producer, functions, calls). */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "List each unit's triple, producer and functions with their resolved attributes.")
final class FunctionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin LimitOptions limits = new LimitOptions();

    OutputFormat format = OutputFormat.text;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    void format(OutputFormat f) {
        format = Formats.check(spec, f);
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout (- is stdout)")
    Path output;

    @Option(names = "--force", description = "allow -o to write through a symbolic link")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".ll files, archives, folders, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Loader.load(inputs, limits.options(), System.in);
        if (Commands.nothingRead(spec, inputs, loaded)) return Main.BAD_INPUT;
        String text = switch (format) {
            case json -> FunctionsReport.json(loaded);
            case text -> FunctionsReport.text(loaded);
            case markdown, yaml -> throw new AssertionError(format); // refused by Formats
        };
        Output.emit(text, output, spec.commandLine().getOut(), force);
        for (LoadProblem p : loaded.problems()) spec.commandLine().getErr().println(p.diagnostic());
        spec.commandLine().getErr().flush();
        return loaded.failed() ? Main.BAD_INPUT : Main.OK;
    }
}
