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
 * Lists the IR files under a folder: {@code .ll} and compressed {@code .ll.gz/.xz/.bz2/.zst}
 * files, recursively, sorted by relative path with '/' separators. Archives in folders are not
 * opened (a build tree is full of unrelated ones); symbolic links to files are read (a dangling
 * one named like IR is an error), links to folders are not followed, so a loop cannot trap the walk.
 */
final class FolderWalker {

    /** One thing found: a file to read, or a folder that could not be listed. */
    sealed interface Found {
        String relative();
    }

    record IrFile(String relative, Path path) implements Found {}

    record Unreadable(String relative, String message) implements Found {}

    private FolderWalker() {}

    static List<Found> list(Path root) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!NameHints.isIr(file.getFileName().toString())) return FileVisitResult.CONTINUE;
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
        return found;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
