package dev.irscope.demangle;

/** Thrown (without a stack trace) when a symbol is malformed, too deep or too long. */
final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Invalid INSTANCE = new Invalid();

    private Invalid() {
        super("invalid mangled name", null, false, false);
    }

    static Invalid invalid() {
        return INSTANCE;
    }
}
