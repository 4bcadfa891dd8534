package dev.irscope.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the input files under a folder, recursively, sorted by relative path with '/' separators:
 * {@code .ll} and {@code .bc} (also compressed {@code .gz/.xz/.bz2/.zst}), objects {@code .o}
 * and {@code .obj}, static libraries {@code .a} and rlibs {@code .rlib}: what a build tree holds.
 * Tar and zip archives in folders are not opened (a build tree is full of unrelated ones);
 * symbolic links to files are read (a dangling one named like an input is an error), links to
 * folders are not followed, so a loop cannot trap the walk. Other files are only counted.
 */
final class FolderWalker {

    /** One thing found: a file to read, or a folder that could not be listed. */
    sealed interface Found {
        String relative();
    }

    record IrFile(String relative, Path path) implements Found {}

    record Unreadable(String relative, String message) implements Found {}

    /**
     * What the walk found, how many other files it passed over, and the {@code .bc} and {@code .o}
     * files left out because a {@code .ll} of the same name sits beside them.
     */
    record Listing(List<Found> found, int others, List<String> twins) {}

    private FolderWalker() {}

    static Listing list(Path root) throws IOException {
        List<Found> found = new ArrayList<>();
        int[] others = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!NameHints.isInput(file.getFileName().toString())) {
                    if (attrs.isRegularFile()) others[0]++;
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                    found.add(new IrFile(relative(root, file), file));
                } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                    found.add(new Unreadable(relative(root, file), "broken symbolic link"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) throw e;
                found.add(new Unreadable(relative(root, file), Failures.describe(e)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    if (dir.equals(root)) throw e;
                    found.add(new Unreadable(relative(root, dir), Failures.describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Found::relative));
        return withoutTwins(found, others[0]);
    }

    /**
     * {@code x.bc} or {@code x.o} beside {@code x.ll} is one unit twice (llvm-dis or llvm-as made
     * one from the other, kbuild's {@code make x.ll} writes it next to {@code x.o}; ir-samples keeps
     * both): reading both would link every function twice. The text is read, being what a user
     * edits and what the rest of a folder of {@code .ll} files is.
     */
    private static Listing withoutTwins(List<Found> found, int others) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Found f : found) names.add(f.relative());
        List<Found> kept = new ArrayList<>();
        List<String> twins = new ArrayList<>();
        for (Found f : found) {
            String r = f.relative();
            String stem = r.endsWith(".bc") ? r.substring(0, r.length() - 3) : r.endsWith(".o") ? r.substring(0, r.length() - 2) : null;
            if (f instanceof IrFile && stem != null && names.contains(stem + ".ll")) {
                twins.add(r);
            } else {
                kept.add(f);
            }
        }
        return new Listing(kept, others, twins);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
