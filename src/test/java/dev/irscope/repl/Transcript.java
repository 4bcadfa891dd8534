package dev.irscope.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a script through a {@link Session} and records "> command" followed by each reply. */
final class Transcript {
    static final Path DIR = Path.of("src/test/resources/repl");

    private Transcript() {}

    static String run(Session s, String script) {
        StringBuilder b = new StringBuilder();
        for (String line : script.lines().toList()) {
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                b.append(line).append('\n');
                continue;
            }
            b.append("> ").append(line).append('\n');
            Reply r = s.run(line);
            b.append(r.text());
            if (r.isQuit()) break;
        }
        return b.toString();
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
