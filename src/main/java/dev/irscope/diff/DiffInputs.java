package dev.irscope.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one side's input into what the loader reads, and says whether the side is one unit or a build.
 *
 * <p>Folders and archives themselves are read by the source package (labels {@code folder/rel.ll}
 * and {@code archive.tgz!/rel.ll}); pairing strips those prefixes.
 */
public final class DiffInputs {
    private DiffInputs() {}

    private static final List<String> ARCHIVES = List.of(".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.bz2",
            ".tbz2", ".tar.zst", ".tzst", ".zip", ".a", ".rlib");

    /** True if the input holds a build (a folder, an archive, a static library or rlib) rather than one unit. */
    public static boolean isBuild(String input) {
        if (input.equals("-")) return false;
        if (Files.isDirectory(Path.of(input))) return true;
        String n = input.toLowerCase(java.util.Locale.ROOT);
        return ARCHIVES.stream().anyMatch(n::endsWith);
    }
}
