package dev.irscope.cli;

import dev.irscope.query.Nearest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Usage errors worded for people: an unknown command or option names the nearest real ones. */
final class Usage {
    private Usage() {}

    static String message(CommandLine.ParameterException ex, Collection<String> commands) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return ex.getMessage();
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        String word = u.getUnmatched().get(0);
        if (u.isUnknownOption()) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            return "unknown option '" + name + "'" + Nearest.hint(name, options(spec));
        }
        if (spec.userObject() instanceof Main) {
            List<String> names = new ArrayList<>(commands);
            return "unknown command '" + word + "'" + Nearest.hint(word, names) + "; the commands are " + String.join(", ", names);
        }
        return ex.getMessage();
    }

    private static List<String> options(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            for (String n : o.names()) if (n.startsWith("--")) out.add(n);
        }
        return out;
    }
}
