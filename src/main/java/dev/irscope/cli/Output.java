package dev.irscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command's answer goes: stdout, or a file written atomically (temp file, then rename). */
final class Output {
    private Output() {}

    static void emit(String text, Path file, PrintWriter out, boolean force) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), file, force);
    }

    /** Writes bytes to a file atomically, with the same refusals as {@link #emit}. */
    static void write(byte[] data, Path file, boolean force) throws IOException {
        if (Files.isSymbolicLink(file) && !force) {
            throw new IOException(file + " is a symbolic link; refusing to write through it without --force");
        }
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) throw new IOException(file + " is a directory");
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
