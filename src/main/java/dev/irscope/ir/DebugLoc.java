package dev.irscope.ir;

/**
 * A call's source location from its {@code !dbg} attachment: the {@code DILocation}'s line and
 * column, and the {@code DIFile} of its scope. {@code file} is the DIFile's filename as written,
 * which is what LLVM's remark writer puts in a YAML remark's {@code DebugLoc.File}
 * ({@code DiagnosticLocation::getRelativePath}); {@link #path()} joins it with the directory for
 * people, as {@code DiagnosticLocation::getAbsolutePath} does.
 */
public record DebugLoc(String file, String directory, int line, int column) {

    /** The filename joined with its directory, unless it is absolute or there is no directory. */
    public String path() {
        String joined = file.startsWith("/") || directory.isEmpty() ? file
                : directory.endsWith("/") ? directory + file : directory + "/" + file;
        while (joined.startsWith("./")) joined = joined.substring(2); // LLVM's remove_leading_dotslash
        return joined;
    }

    /** {@code file:line:column}, the way compilers name a place. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
