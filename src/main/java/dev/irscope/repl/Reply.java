package dev.irscope.repl;

/**
 * What one command line produced: text to print (ends with a newline unless empty), and whether it
 * was an error or asked to leave. Errors are one line and never end the session.
 */
public record Reply(String text, Kind kind) {
    public enum Kind { OK, ERROR, QUIT }

    static Reply ok(String text) {
        return new Reply(text.isEmpty() || text.endsWith("\n") ? text : text + "\n", Kind.OK);
    }

    static Reply error(String message) {
        return new Reply("error: " + message + "\n", Kind.ERROR);
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    public boolean isQuit() {
        return kind == Kind.QUIT;
    }
}
