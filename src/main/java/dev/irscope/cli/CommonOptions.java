package dev.irscope.cli;

import dev.irscope.compat.LlvmVersion;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every analysing command shares. */
final class CommonOptions {
    @Option(names = "--llvm", paramLabel = "N", description = "LLVM release whose rules apply (default: from the producers)")
    Integer llvm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown or yaml (LLVM remark documents); default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (atomically) instead of stdout")
    Path output;

    @Option(names = "--force", description = "allow -o to replace a symbolic link")
    boolean force;

    Optional<Integer> llvm() {
        return release(llvm);
    }

    /** A --llvm value (null: not given), checked: irscope has rules for LLVM 14 and later. */
    static Optional<Integer> release(Integer llvm) {
        if (llvm != null && !LlvmVersion.known(llvm)) throw new IllegalArgumentException("--llvm " + llvm + ": " + LlvmVersion.KNOWN);
        return Optional.ofNullable(llvm);
    }
}
