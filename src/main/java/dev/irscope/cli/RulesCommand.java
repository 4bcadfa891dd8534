package dev.irscope.cli;

import dev.irscope.report.RulesReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code irscope rules}: the catalogue, the same table docs/rules.md is generated from. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rule catalogue (or one rule).")
final class RulesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    OutputFormat format = OutputFormat.text;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or markdown")
    void format(OutputFormat f) {
        format = Formats.check(spec, f);
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout (- is stdout)")
    java.nio.file.Path output;

    @Option(names = "--force", description = "allow -o to write through a symbolic link")
    boolean force;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "a rule id, e.g. compat.sanitize_address")
    String id;

    @Override
    public Integer call() throws java.io.IOException {
        if (id != null && dev.irscope.compat.Catalogue.byId(id).isEmpty()) {
            spec.commandLine().getErr().println("irscope: error: no rule '" + id + "' (irscope rules lists them)");
            return Main.BAD_INPUT;
        }
        String out = switch (format) {
            case json -> RulesReport.json(id);
            case markdown -> RulesReport.markdown();
            case text -> RulesReport.text(id);
            case yaml -> throw new AssertionError(format); // refused by Formats
        };
        Output.emit(out, output, spec.commandLine().getOut(), force);
        return Main.OK;
    }
}
