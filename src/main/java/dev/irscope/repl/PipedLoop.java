package dev.irscope.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Commands from a pipe or file, one per line: no prompt, no colour, no echo, so a script's output
 * can be diffed. Answers go to {@code out}, one-line errors to {@code err}; the exit status is 2 if
 * any command failed, else 0.
 */
final class PipedLoop {
    private PipedLoop() {}

    static int run(Session session, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        boolean failed = false;
        String line;
        while ((line = in.readLine()) != null) {
            Reply r = session.run(line);
            if (r.isError()) {
                failed = true;
                out.flush();
                err.print(r.text());
                err.flush();
            } else {
                out.print(r.text());
            }
            if (r.isQuit()) break;
        }
        out.flush();
        return failed ? 2 : 0;
    }
}
