package dev.irscope.cli;

import dev.irscope.diff.BuildComparer;
import dev.irscope.diff.Diff;
import dev.irscope.diff.DiffInputs;
import dev.irscope.diff.DiffJson;
import dev.irscope.diff.DiffMarkdown;
import dev.irscope.diff.DiffOptions;
import dev.irscope.diff.DiffText;
import dev.irscope.diff.UnitComparer;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irscope diff}: what is configured differently between two units, or what changed between two builds. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what is configured differently between two units (.ll), or between two builds (folders or archives):",
                "triple, datalayout, module flags, attributes (blocking ones first) and, for builds, the cross-unit calls whose verdict changed.",
                "Exit status: 0 nothing differs (apart from --ignore'd keys), 1 something differs, 2 bad input."})
final class DiffCommand implements Callable<Integer> {
    enum Only { blocking }

    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin LimitOptions limits = new LimitOptions();
    @Mixin CommonOptions common = new CommonOptions();

    @Option(names = "--ignore", paramLabel = "KEY", description = "an attribute or module-flag key whose differences do not count (repeatable); a changed verdict always counts")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--strip-components", paramLabel = "N",
            description = "drop N leading folders of unit paths before pairing two builds (default: drop a lone top folder when that pairs more units)")
    Integer strip;

    @Option(names = "--only", paramLabel = "WHAT", description = "blocking: only differences that can change an inlining verdict")
    Only only;

    @Parameters(index = "0", paramLabel = "LEFT", description = "a .ll unit, or a folder or archive of units (the 'before')")
    String left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "the same kind of input as LEFT (the 'after')")
    String right;

    @Override
    public Integer call() throws Exception {
        if (strip != null && strip < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--strip-components must be 0 or more");
        DiffOptions options = new DiffOptions(Set.copyOf(ignore), only == Only.blocking, strip == null ? -1 : strip);
        boolean builds = DiffInputs.isBuild(left) || DiffInputs.isBuild(right);
        Loaded l = Loader.load(java.util.List.of(left), limits.options(), System.in);
        Loaded r = Loader.load(java.util.List.of(right), limits.options(), System.in);
        if (l.failed() || r.failed() || l.modules().isEmpty() || r.modules().isEmpty()) {
            Commands.printProblems(spec, l);
            Commands.printProblems(spec, r);
            if (!l.failed()) l.nothingRead(List.of(left)).ifPresent(w -> spec.commandLine().getErr().println("irscope: error: " + w));
            if (!r.failed()) r.nothingRead(List.of(right)).ifPresent(w -> spec.commandLine().getErr().println("irscope: error: " + w));
            spec.commandLine().getErr().println("irscope: diff needs every input of both sides; nothing was compared");
            spec.commandLine().getErr().flush();
            return Main.BAD_INPUT;
        }
        builds |= l.modules().size() != 1 || r.modules().size() != 1;
        Diff diff = builds
                ? new BuildComparer(options).compare(left, new Analysis(l, common.llvm()), right, new Analysis(r, common.llvm()))
                : new UnitComparer(options).units(l.modules().get(0), r.modules().get(0));
        String text = switch (common.format) {
            case json -> DiffJson.render(diff, dev.irscope.Tool.ID);
            case markdown -> DiffMarkdown.render(diff, dev.irscope.Tool.ID);
            case text -> DiffText.render(diff);
            case yaml -> throw new AssertionError(common.format); // refused by Formats
        };
        Output.emit(text, common.output, spec.commandLine().getOut(), common.force);
        return diff.isEmpty() ? Main.OK : Main.FOUND;
    }
}
