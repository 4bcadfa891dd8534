package dev.irscope.cli;

import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loader;
import dev.irscope.report.BugReport;
import dev.irscope.report.BundleReadme;
import dev.irscope.report.CheckView;
import dev.irscope.repro.Repro;
import dev.irscope.repro.ReproBundle;
import dev.irscope.source.SourceUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irscope report}: one self-contained file to paste into a bug tracker, and optionally a repro archive. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a bug report (Markdown, or plain text at 72 columns) about the cross-unit calls of the inputs.",
                "With --bundle, also a .tar.gz with the report and a minimal pair of .ll files per blocked call.",
                "Exit status: 0 nothing blocks, 1 something is blocked or undecided (or the units do not link), 2 bad input."})
final class ReportCommand implements Callable<Integer> {
    /** The report formats: Markdown for trackers, text for mailing lists. */
    enum ReportFormat { markdown, text }

    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin LimitOptions limits = new LimitOptions();

    @Option(names = "--llvm", paramLabel = "N", description = "LLVM release whose rules apply (default: from the producers)")
    Integer llvm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown or text (plain, wrapped at 72 columns); default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--bundle", paramLabel = "FILE", description = "also write FILE.tar.gz: report.md and edge-N/ minimal repros")
    Path bundle;

    @Option(names = "--force", description = "allow -o/--bundle to replace a symbolic link")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".ll files, archives, folders, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Optional<Integer> release = CommonOptions.release(llvm);
        Loader.WithSources read = Loader.loadWithSources(inputs, limits.options(), System.in);
        if (Commands.nothingRead(spec, inputs, read.loaded())) return Main.BAD_INPUT;
        Analysis a = new Analysis(read.loaded(), release);
        Commands.warnings(spec, a);
        BugReport report = new BugReport(a, read.units());
        String text = format == ReportFormat.text ? report.text() : report.markdown();
        if (bundle != null) Output.write(bundle(a, read, dev.irscope.write.Printable.text(report.markdown())), bundle, force);
        Output.emit(text, output, spec.commandLine().getOut(), force);
        Commands.printProblems(spec, read.loaded());
        if (read.loaded().failed()) return Main.BAD_INPUT;
        return a.blockedCount() + a.undecidedCount() > 0 || a.linkFails() ? Main.FOUND : Main.OK;
    }

    /** Numbering follows the report's edge table, so {@code edge-N/} matches "Edge N" in report.md. */
    static byte[] bundle(Analysis a, Loader.WithSources read, String markdown) {
        ReproBundle b = new ReproBundle().add("report.md", markdown);
        List<Verdict> vs = a.verdicts();
        List<Integer> cut = new java.util.ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            Verdict v = vs.get(i);
            if (v.status() != Status.BLOCKED) continue;
            Optional<SourceUnit> from = read.source(v.edge().callerUnit()), to = read.source(v.edge().calleeUnit());
            if (from.isEmpty() || to.isEmpty()) continue;
            b.add(i + 1, Repro.of(v, from.get(), to.get()));
            cut.add(i + 1);
        }
        CheckView view = CheckView.of(a);
        b.add("README.md", BundleReadme.readme(view, cut));
        b.add("repro.sh", BundleReadme.script(view, cut));
        return b.tarGz();
    }
}
