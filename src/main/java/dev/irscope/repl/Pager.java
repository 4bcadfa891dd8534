package dev.irscope.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Long answers on a terminal go through a pager, as git does: {@code $IRSCOPE_PAGER}, else
 * {@code $PAGER}, else {@code less -FRX} (quits on one screen, keeps colour, leaves the text on
 * screen). An empty value or {@code cat} turns it off; piped sessions never page.
 */
final class Pager {
    private Pager() {}

    static final String DEFAULT = "less -FRX";

    /** The pager command the environment asks for, or empty for none. */
    static Optional<String> command(Map<String, String> env) {
        String c = env.containsKey("IRSCOPE_PAGER") ? env.get("IRSCOPE_PAGER") : env.getOrDefault("PAGER", DEFAULT);
        c = c == null ? "" : c.strip();
        return c.isEmpty() || c.equals("cat") ? Optional.empty() : Optional.of(c);
    }

    /** Whether an answer needs more rows than the screen has (one is kept for the prompt). */
    static boolean tooLong(String text, int rows) {
        if (rows <= 1) return false; // an unknown height: never page
        int lines = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n' && ++lines >= rows - 1) return true;
        return false;
    }

    /**
     * Runs {@code command} through {@code sh -c} with the text on its stdin and the terminal as
     * its stdout; false if it could not start or failed, so the caller prints the text itself.
     */
    static boolean page(String text, String command) {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putIfAbsent("LESSCHARSET", "utf-8");
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the user quit the pager before reading everything: not an error
            }
            return p.waitFor() == 0 || p.exitValue() == 141;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
