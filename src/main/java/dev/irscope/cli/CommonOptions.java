package dev.irscope.cli;

import dev.irscope.compat.LlvmVersion;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every analysing command shares. {@code --format} and {@code --llvm} are checked while
 * the command line is parsed, so a value the command cannot honour is exit 2 before any work.
 */
final class CommonOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    Integer llvm;
    OutputFormat format = OutputFormat.text;

    @Option(names = "--llvm", paramLabel = "N", description = "LLVM release whose rules apply (default: from the producers)")
    void llvm(int n) {
        llvm = release(command, n);
    }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json or markdown; check also writes yaml (LLVM remark documents)")
    void format(OutputFormat f) {
        format = Formats.check(command, f);
    }

    @Option(names = "--vendor", paramLabel = "VENDOR",
            description = "whose LLVM build's target tables apply: upstream or debian (default: debian if a producer is Debian's or Ubuntu's clang)")
    void vendor(String v) {
        vendor = dev.irscope.subtarget.Vendor.parse(v).orElseThrow(() -> new ParameterException(command.commandLine(),
                "--vendor " + v + ": upstream or debian"));
    }

    dev.irscope.subtarget.Vendor vendor;

    Optional<dev.irscope.subtarget.Vendor> vendor() {
        return Optional.ofNullable(vendor);
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout (- is stdout)")
    Path output;

    @Option(names = "--force", description = "allow -o to write through a symbolic link")
    boolean force;

    Optional<Integer> llvm() {
        return Optional.ofNullable(llvm);
    }

    /** A --llvm value, checked while options are parsed: a release irscope has no rules for is a usage error. */
    static int release(CommandSpec command, int llvm) {
        if (!LlvmVersion.known(llvm)) throw new ParameterException(command.commandLine(), "--llvm " + llvm + ": " + LlvmVersion.KNOWN);
        return llvm;
    }

    /** A --llvm value (null: not given), checked: irscope has rules for LLVM 14 and later. */
    static Optional<Integer> release(Integer llvm) {
        if (llvm != null && !LlvmVersion.known(llvm)) throw new IllegalArgumentException("--llvm " + llvm + ": " + LlvmVersion.KNOWN);
        return Optional.ofNullable(llvm);
    }
}
