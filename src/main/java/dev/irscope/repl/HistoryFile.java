package dev.irscope.repl;

import java.nio.file.Path;
import java.util.Map;

/** Where the command history lives: {@code $IRSCOPE_HISTORY}, else {@code ~/.irscope_history}. */
final class HistoryFile {
    static final String ENV = "IRSCOPE_HISTORY";

    private HistoryFile() {}

    static Path of(Map<String, String> env, String home) {
        String v = env.get(ENV);
        return v != null && !v.isBlank() ? Path.of(v) : Path.of(home, ".irscope_history");
    }
}
