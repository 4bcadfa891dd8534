package dev.irscope.read.bitcode;

/**
 * A located error in a bitcode input. Bitcode has no lines, so the place is the bit offset from
 * the start of the buffer the reader was given (what {@code llvm-bcanalyzer -dump} counts), and the
 * diagnostic reads {@code NAME: error: bitcode: MESSAGE at bit N}.
 */
public final class BitcodeError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long bit;

    public BitcodeError(String file, long bit, String message) {
        super(message);
        this.file = file;
        this.bit = bit;
    }

    public String file() { return file; }

    /** Bit offset of the failing read, from the start of the input buffer. */
    public long bit() { return bit; }

    /** One line: {@code NAME: error: bitcode: MESSAGE at bit N}. */
    public String format() {
        return file + ": error: bitcode: " + getMessage() + " at bit " + bit;
    }
}
