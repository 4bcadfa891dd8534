package dev.irscope.cli;

import dev.irscope.write.FileTarget;
import dev.irscope.write.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a command's answer goes: stdout ({@code -o -} too) or a {@link FileTarget} (a device
 * written in place, a regular file written atomically with the umask's permissions).
 *
 * <p>{@link Main} claims every {@code -o}/{@code --bundle} target before the command runs, so a
 * path that cannot be written fails before any work ("cannot write PATH: reason") and the
 * temporary file exists while the answer is computed; what was claimed and not written is
 * removed when the command line ends, and by a shutdown hook on SIGTERM/SIGINT.
 */
final class Output {
    private Output() {}

    /** Targets claimed for the running command line, by the path as given. */
    private static final Map<Path, FileTarget> CLAIMED = new LinkedHashMap<>();

    /** Checks {@code file} and prepares it (a temporary file for a regular target) before the work starts. */
    static synchronized void claim(Path file, boolean force) throws FileTarget.CannotWrite {
        if (isStdout(file) || CLAIMED.containsKey(file)) return;
        CLAIMED.put(file, FileTarget.open(file, force));
    }

    /** Removes what the command line claimed and did not write (its temporary files). */
    static synchronized void releaseAll() {
        CLAIMED.values().forEach(FileTarget::abandon);
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
        FileTarget t;
        synchronized (Output.class) {
            t = CLAIMED.remove(file);
        }
        if (t == null) t = FileTarget.open(file, force);
        t.commit(data);
    }

    private static boolean isStdout(Path file) {
        return file == null || file.toString().equals("-");
    }
}
