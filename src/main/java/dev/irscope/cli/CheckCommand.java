package dev.irscope.cli;

import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.report.CheckReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".ll files, archives, folders, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Loader.load(inputs, limits.options(), System.in);
        if (Commands.nothingRead(spec, inputs, loaded)) return Main.BAD_INPUT;
        Analysis a = new Analysis(loaded, common.llvm(), common.vendor());
        Commands.warnings(spec, a);
        String text = switch (common.format) {
            case json -> CheckReport.json(a);
            case markdown -> CheckReport.markdown(a);
            case yaml -> CheckReport.yaml(a);
            case text -> CheckReport.text(a);
        };
        Output.emit(text, common.output, spec.commandLine().getOut(), common.force);
        Commands.printProblems(spec, loaded);
        if (loaded.failed()) return Main.BAD_INPUT;
        return a.blockedCount() + a.undecidedCount() > 0 || a.linkFails() ? Main.FOUND : Main.OK;
    }
}
