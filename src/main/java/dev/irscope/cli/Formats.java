package dev.irscope.cli;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which answer formats each command writes. A command refuses the others while its options are
 * parsed (exit 2, before any input is read) rather than quietly printing text for them.
 */
final class Formats {
    private Formats() {}

    private static final Map<String, Set<OutputFormat>> WRITES = Map.of(
            "check", EnumSet.allOf(OutputFormat.class),
            "explain", EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.markdown),
            "diff", EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.markdown),
            "functions", EnumSet.of(OutputFormat.text, OutputFormat.json),
            "rules", EnumSet.of(OutputFormat.text, OutputFormat.json, OutputFormat.markdown));

    static Set<OutputFormat> of(String command) {
        return WRITES.getOrDefault(command, EnumSet.of(OutputFormat.text));
    }

    /** The format if {@code command} writes it; otherwise a usage error naming what it does write. */
    static OutputFormat check(picocli.CommandLine.Model.CommandSpec command, OutputFormat f) {
        Set<OutputFormat> ok = of(command.name());
        if (!ok.contains(f)) {
            throw new picocli.CommandLine.ParameterException(command.commandLine(), "--format " + f + ": "
                    + command.name() + " writes " + String.join(", ", ok.stream().map(Enum::name).toList()));
        }
        return f;
    }
}
