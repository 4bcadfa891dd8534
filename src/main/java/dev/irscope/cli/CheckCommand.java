package dev.irscope.cli;

import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.report.CheckFilter;
import dev.irscope.report.CheckReport;
import dev.irscope.report.CheckView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irscope check}: every cross-unit call, with every cause that blocks it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Explain, for every call that crosses units, whether LLVM would inline it under LTO.",
                "Exit status: 0 nothing blocks, 1 something is blocked or undecided (or the units do not link), 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin LimitOptions limits = new LimitOptions();
    @Mixin CommonOptions common = new CommonOptions();

    @Option(names = {"--full", "-v", "--verbose"}, description = "every call in full (text), instead of the summary and one group per set of causes")
    boolean full;

    @Option(names = "--caller", paramLabel = "GLOB", description = "only calls from functions matching GLOB (mangled or demangled name)")
    String caller;

    @Option(names = "--callee", paramLabel = "GLOB", description = "only calls to functions matching GLOB (mangled or demangled name)")
    String callee;

    @Option(names = "--unit", paramLabel = "GLOB", description = "only calls with an end in a unit whose path or file name matches GLOB")
    String unit;

    @Option(names = "--blocked", description = "only blocked and undecided calls")
    boolean blocked;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".ll files, archives, folders, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Loader.load(inputs, limits.options(), System.in);
        if (Commands.nothingRead(spec, inputs, loaded)) return Main.BAD_INPUT;
        Analysis a = new Analysis(loaded, common.llvm(), common.vendor());
        Commands.warnings(spec, a);
        CheckView view = CheckView.of(a, new CheckFilter(Optional.ofNullable(caller), Optional.ofNullable(callee),
                Optional.ofNullable(unit), blocked));
        String text = switch (common.format) {
            case json -> CheckReport.json(view);
            case markdown -> CheckReport.markdown(view);
            case yaml -> CheckReport.yaml(view);
            case text -> full ? CheckReport.full(view) : CheckReport.text(view);
        };
        Output.emit(text, common.output, spec.commandLine().getOut(), common.force);
        Commands.printProblems(spec, loaded);
        if (loaded.failed()) return Main.BAD_INPUT;
        // Like grep: the status speaks for the calls shown (all of them without a filter).
        return view.summary().blocked() + view.summary().undecided() > 0 || view.linkFails() ? Main.FOUND : Main.OK;
    }
}
