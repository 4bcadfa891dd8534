package dev.irscope.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The temporary files this process has created and not yet renamed into place. A shutdown hook
 * removes them, so SIGTERM or Ctrl-C in the middle of a long check leaves no {@code .x.tmp}
 * behind (the JVM runs shutdown hooks on both; only SIGKILL skips them).
 */
final class TempFiles {
    private TempFiles() {}

    private static final Set<Path> LIVE = new LinkedHashSet<>();
    private static boolean hooked;

    /**
     * Creates {@code tmp} (no attributes: the umask's permissions), registered before it exists, so
     * a signal between the two can never leave it behind.
     */
    static Path create(Path tmp) throws java.io.IOException {
        synchronized (TempFiles.class) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "irscope-temp-cleanup"));
                hooked = true;
            }
            LIVE.add(tmp);
        }
        try {
            return Files.createFile(tmp);
        } catch (java.io.IOException | RuntimeException e) {
            synchronized (TempFiles.class) {
                LIVE.remove(tmp); // never ours: another process's file must not be deleted
            }
            throw e;
        }
    }

    /** The file was renamed into place; nothing to clean up. */
    static synchronized void forget(Path tmp) {
        LIVE.remove(tmp);
    }

    static synchronized void delete(Path tmp) {
        LIVE.remove(tmp);
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // Best effort: a temp file we cannot remove is not worth a second error.
        }
    }

    static void deleteAll() {
        List<Path> all;
        synchronized (TempFiles.class) {
            all = List.copyOf(LIVE);
        }
        all.forEach(TempFiles::delete);
    }
}
