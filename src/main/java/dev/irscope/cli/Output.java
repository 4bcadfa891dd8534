package dev.irscope.cli;

import dev.irscope.write.Printable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's answer goes: stdout ({@code -o -} too), a device or pipe written directly
 * ({@code /dev/null}, {@code /dev/stdout}: renaming a file over one would replace the device node),
 * or a regular file written atomically (a temporary file in the same folder, then renamed).
 *
 * <p>{@link Main} claims every {@code -o}/{@code --bundle} target before the command runs, so a
 * path that cannot be written fails before any work ("cannot write PATH: reason") and the
 * temporary file exists while the answer is computed. Temporary files are removed when the
 * command fails, and by a shutdown hook on SIGTERM/SIGINT. A new file gets the permissions any
 * new file gets under the umask; a replaced file keeps its own.
 */
final class Output {
    private Output() {}

    /** Targets claimed for the running command line, by the path as given. */
    private static final Map<Path, Target> CLAIMED = new LinkedHashMap<>();

    /** A failure to write {@code -o}'s target, worded for the user. */
    static final class CannotWrite extends IOException {
        private static final long serialVersionUID = 1L;

        CannotWrite(Path file, String reason) {
            super("cannot write " + file + ": " + reason);
        }
    }

    /** Checks {@code file} and prepares it (a temporary file for a regular target) before the work starts. */
    static synchronized void claim(Path file, boolean force) throws CannotWrite {
        if (isStdout(file) || CLAIMED.containsKey(file)) return;
        CLAIMED.put(file, Target.of(file, force));
    }

    /** Removes what the command line claimed and did not write (its temporary files). */
    static synchronized void releaseAll() {
        CLAIMED.values().forEach(Target::abandon);
        CLAIMED.clear();
    }

    /** An answer; control characters from IR names are escaped here, whatever the renderer did. */
    static void emit(String answer, Path file, PrintWriter out, boolean force) throws IOException {
        String text = Printable.text(answer);
        if (isStdout(file)) {
            out.print(text);
            out.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), file, force);
    }

    /** Writes bytes to {@code file} (never stdout), with the same refusals as {@link #emit}. */
    static void write(byte[] data, Path file, boolean force) throws IOException {
        Target t;
        synchronized (Output.class) {
            t = CLAIMED.remove(file);
        }
        if (t == null) t = Target.of(file, force);
        t.commit(data);
    }

    private static boolean isStdout(Path file) {
        return file == null || file.toString().equals("-");
    }

    /** One output destination that is not stdout. */
    private sealed interface Target permits Direct, Atomic {
        void commit(byte[] data) throws CannotWrite;

        void abandon();

        static Target of(Path file, boolean force) throws CannotWrite {
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
    private record Direct(Path given) implements Target {
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
    private static final class Atomic implements Target {
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
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof FileAlreadyExistsException) return "File exists";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
