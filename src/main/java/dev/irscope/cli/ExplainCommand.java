package dev.irscope.cli;

import dev.irscope.compat.Verdict;
import dev.irscope.ir.Function;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.report.ExplainReport;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irscope explain}: one edge in full, every attribute of both sides and every rule's view. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain one call in full: both functions' attributes side by side and what every rule found.",
                "Exit status: 0 inlinable, 1 blocked, undecided or not a call that can be inlined, 2 bad input."})
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin LimitOptions limits = new LimitOptions();
    @Mixin CommonOptions common = new CommonOptions();

    @Option(names = "--caller", required = true, paramLabel = "FN", description = "the calling function (mangled or demangled)")
    String caller;

    @Option(names = "--callee", required = true, paramLabel = "FN", description = "the called function (mangled or demangled)")
    String callee;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".ll files, archives, folders, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Loaded loaded = Loader.load(inputs, limits.options(), System.in);
        if (Commands.nothingRead(spec, inputs, loaded)) return Main.BAD_INPUT;
        Analysis a = new Analysis(loaded, common.llvm(), common.vendor());
        Commands.warnings(spec, a);
        for (String name : List.of(caller, callee)) {
            if (a.functions(name).isEmpty() && !loaded.modules().isEmpty()) {
                Commands.printProblems(spec, loaded);
                List<String> near = a.nearestFunctions(name);
                spec.commandLine().getErr().println("irscope: error: no function named " + name + " in any unit"
                        + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)")
                        + "; irscope functions INPUT... lists them");
                return Main.BAD_INPUT;
            }
        }
        Optional<Verdict> v = a.explain(caller, callee);
        String text;
        int code;
        if (v.isPresent()) {
            text = switch (common.format) {
                case json -> ExplainReport.json(a, v.get());
                case markdown -> ExplainReport.markdown(a, v.get());
                case text -> ExplainReport.text(a, v.get());
                case yaml -> throw new AssertionError(common.format); // refused by Formats
            };
            code = v.get().inlinable() ? Main.OK : Main.FOUND;
        } else {
            text = ExplainReport.noEdge(a, caller, callee);
            code = Main.FOUND;
        }
        Output.emit(text, common.output, spec.commandLine().getOut(), common.force);
        Commands.printProblems(spec, loaded);
        return loaded.failed() ? Main.BAD_INPUT : code;
    }
}
