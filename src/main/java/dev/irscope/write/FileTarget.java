package dev.irscope.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file an answer is written to (the CLI's {@code -o}, the REPL's {@code save}): a device, pipe
 * or socket ({@code /dev/null}, {@code /dev/stdout}) is written in place, since renaming a file
 * over it would replace the device node; a regular file is written atomically, through a
 * temporary file in the same folder renamed over it. A new file gets the permissions any new
 * file gets under the umask; a replaced file keeps its own. Temporary files are removed when not
 * committed, and by a shutdown hook on SIGTERM/SIGINT ({@link TempFiles}).
 */
public sealed interface FileTarget permits FileTarget.Direct, FileTarget.Atomic {

    /** A failure to write a target, worded for the user: "cannot write PATH: No such file or directory". */
    final class CannotWrite extends IOException {
        private static final long serialVersionUID = 1L;

        public CannotWrite(Path file, String reason) {
            super("cannot write " + file + ": " + reason);
        }
    }

    /** Writes {@code data} (a regular file: atomically); failures say "cannot write PATH: reason". */
    void commit(byte[] data) throws CannotWrite;

    /** Removes the temporary file of a target never committed. */
    void abandon();

    /** Checks {@code file} and prepares it: a temporary file next to a regular target. */
    static FileTarget open(Path file, boolean force) throws CannotWrite {
        boolean link = Files.isSymbolicLink(file);
        if (link && !force) throw new CannotWrite(file, "it is a symbolic link; refusing to write through it without --force");
        // Following links: /dev/stdout -> /proc/self/fd/1 -> a pipe or a terminal.
        Optional<BasicFileAttributes> attrs = attributes(file);
        if (attrs.isPresent() && attrs.get().isDirectory()) throw new CannotWrite(file, "Is a directory");
        if (attrs.isPresent() && (!attrs.get().isRegularFile() || isSpecialPlace(file))) return new Direct(file);
        Path real = file;
        if (link) {
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                throw new CannotWrite(file, "it is a symbolic link whose target cannot be resolved (" + reason(e) + ")");
            }
        }
        return Atomic.create(file, real, attrs.isPresent());
    }

    /**
     * /dev/stdout, /dev/fd/N and /proc/self/fd/N may lead to a regular file (the shell's
     * {@code >> log}): replacing that file would drop the shell's append, so they are written.
     */
    private static boolean isSpecialPlace(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith("/dev") || abs.startsWith("/proc");
    }

    /** A device, pipe or socket: written in place, never replaced. */
    record Direct(Path given) implements FileTarget {
        @Override
        public void commit(byte[] data) throws CannotWrite {
            // APPEND: through /dev/stdout to a shell's `>> log`, the log keeps what it had.
            try (OutputStream out = Files.newOutputStream(given, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(data);
            } catch (IOException e) {
                throw new CannotWrite(given, reason(e));
            }
        }

        @Override
        public void abandon() {}
    }

    /** A regular file (or a new one): a temporary file next to it, renamed over it on commit. */
    final class Atomic implements FileTarget {
        private final Path given;
        private final Path real;
        private final Path tmp;
        private boolean done;

        private Atomic(Path given, Path real, Path tmp) {
            this.given = given;
            this.real = real;
            this.tmp = tmp;
        }

        static Atomic create(Path given, Path real, boolean exists) throws CannotWrite {
            Path abs = real.toAbsolutePath();
            Path dir = abs.getParent();
            Optional<Set<PosixFilePermission>> keep = exists ? permissions(abs) : Optional.empty();
            for (int attempt = 0; ; attempt++) {
                Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                try {
                    // No attributes: the file gets the umask's permissions, as any new file would.
                    TempFiles.create(tmp);
                    if (keep.isPresent()) Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(keep.get());
                    return new Atomic(given, abs, tmp);
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 100) throw new CannotWrite(given, reason(e));
                } catch (IOException e) {
                    TempFiles.delete(tmp);
                    if (e instanceof NoSuchFileException) throw new CannotWrite(given, "No such file or directory");
                    throw new CannotWrite(given, reason(e));
                }
            }
        }

        @Override
        public void commit(byte[] data) throws CannotWrite {
            try {
                Files.write(tmp, data);
                try {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
                TempFiles.forget(tmp);
            } catch (IOException e) {
                throw new CannotWrite(given, reason(e));
            } finally {
                if (!done) abandon();
            }
        }

        @Override
        public void abandon() {
            if (!done) TempFiles.delete(tmp);
        }
    }

    private static Optional<BasicFileAttributes> attributes(Path p) {
        try {
            return Optional.of(Files.readAttributes(p, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Set<PosixFilePermission>> permissions(Path p) {
        try {
            return Optional.of(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The reason as strerror words it ("No such file or directory"), not Java's exception text. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof FileAlreadyExistsException) return "File exists";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
