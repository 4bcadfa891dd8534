package dev.irscope.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns one side's input into what the loader reads, and says whether the side is one unit or a build.
 *
 * <p>A folder is listed here as its IR files sorted by relative path, labelled folder + "/" +
 * relative path: the same labels the source package's folder reader gives, so names and pairing
 * stay the same once every loader reads folders itself.
 */
public final class DiffInputs {
    private DiffInputs() {}

    private static final List<String> IR = List.of(".ll", ".ll.gz", ".ll.xz", ".ll.bz2", ".ll.zst");
    private static final List<String> ARCHIVES = List.of(".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.bz2",
            ".tbz2", ".tar.zst", ".tzst", ".zip");

    /** True if the input holds a build (a folder or an archive) rather than one unit. */
    public static boolean isBuild(String input) {
        if (input.equals("-")) return false;
        if (Files.isDirectory(Path.of(input))) return true;
        String n = input.toLowerCase(java.util.Locale.ROOT);
        return ARCHIVES.stream().anyMatch(n::endsWith);
    }

    /** The loader inputs for one side: a folder's IR files, or the input itself. */
    public static List<String> expand(String input) {
        Path p = Path.of(input);
        if (input.equals("-") || !Files.isDirectory(p)) return List.of(input);
        String base = input.length() > 1 ? input.replaceAll("/+$", "") : input;
        List<String> rel = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile).filter(f -> IR.stream().anyMatch(f.getFileName().toString()::endsWith))
                    .forEach(f -> rel.add(p.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")));
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
        rel.sort(null);
        List<String> out = new ArrayList<>();
        for (String r : rel) out.add(base + "/" + r);
        return out;
    }
}
