package dev.irscope.repl;

import dev.irscope.write.Printable;

/**
 * What one command line produced: text to print (ends with a newline unless empty), and whether it
 * was an error or asked to leave. Errors are one line and never end the session.
 */
public record Reply(String text, Kind kind) {
    public enum Kind { OK, ERROR, QUIT }

    /** Control characters from IR names are escaped (dev.irscope.write.Printable): a reply never drives the terminal. */
    static Reply ok(String answer) {
        String text = Printable.text(answer);
        return new Reply(text.isEmpty() || text.endsWith("\n") ? text : text + "\n", Kind.OK);
    }

    static Reply error(String message) {
        return new Reply("error: " + Printable.line(message) + "\n", Kind.ERROR);
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    public boolean isQuit() {
        return kind == Kind.QUIT;
    }
}
