package dev.irscope.repl;

/** A command that cannot be answered; its message is the one line the user sees, the session goes on. */
final class ReplException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReplException(String message) {
        super(message, null, false, false);
    }
}
