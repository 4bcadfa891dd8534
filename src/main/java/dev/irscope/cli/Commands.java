package dev.irscope.cli;

import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.query.Loaded;
import picocli.CommandLine.Model.CommandSpec;

/** Small pieces the commands share. */
final class Commands {
    private Commands() {}

    /** Warnings about the analysis itself (a --llvm older than a producer), on stderr. */
    static void warnings(CommandSpec spec, Analysis a) {
        a.llvmWarning().ifPresent(w -> spec.commandLine().getErr().println("irscope: warning: " + w));
    }

    /**
     * True, after saying why on stderr, when the inputs held no IR at all: analysing nothing is
     * never success (a CI gate on a build without bitcode must not pass), so callers exit 2.
     */
    static boolean nothingRead(CommandSpec spec, java.util.List<String> inputs, Loaded loaded) {
        java.util.Optional<String> why = loaded.nothingRead(inputs);
        if (why.isEmpty()) return false;
        for (LoadProblem p : loaded.problems()) spec.commandLine().getErr().println(p.diagnostic());
        spec.commandLine().getErr().println("irscope: error: " + why.get());
        spec.commandLine().getErr().flush();
        return true;
    }

    /** Located errors for the inputs that failed, after the results of the others. */
    static void printProblems(CommandSpec spec, Loaded loaded) {
        for (LoadProblem p : loaded.problems()) spec.commandLine().getErr().println(p.diagnostic());
        if (loaded.failed()) {
            spec.commandLine().getErr().println("irscope: " + loaded.problems().stream().filter(p -> !p.skipped()).count()
                    + " input(s) could not be read; the results above cover the other " + loaded.modules().size());
        }
        spec.commandLine().getErr().flush();
    }
}
