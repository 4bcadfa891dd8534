package dev.irscope.read.text;

/**
 * A located error in an input, printed the way LLVM's tools print theirs:
 * {@code file:line:col: error: message}, then the source line and a caret under the column.
 */
public final class ParseError extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int WINDOW = 120; // characters of a long line shown around the column

    private final String file;
    private final int line;
    private final int column;
    private final String sourceLine;
    private final int firstColumn;

    public ParseError(String file, int line, int column, String message, String sourceLine) {
        this(file, line, column, message, sourceLine, 1);
    }

    /**
     * For lines too long to keep whole (a 13 MB constant table): {@code sourceLine} is then a piece
     * of the line that starts at column {@code firstColumn}, so the caret still lands right.
     */
    ParseError(String file, int line, int column, String message, String sourceLine, int firstColumn) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
        this.firstColumn = firstColumn;
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String sourceLine() { return sourceLine; }

    /** The three-line diagnostic; a long source line is cut to a window around the column. */
    public String format() {
        String src = sourceLine;
        int caret = Math.max(0, column - firstColumn);
        if (src.length() > WINDOW) {
            int from = Math.max(0, Math.min(caret - WINDOW / 2, src.length() - WINDOW));
            String cut = src.substring(from, Math.min(src.length(), from + WINDOW));
            String pre = from > 0 || firstColumn > 1 ? "..." : "";
            src = pre + cut + (from + WINDOW < sourceLine.length() ? "..." : "");
            caret = caret - from + pre.length();
        }
        StringBuilder printable = new StringBuilder(src.length());
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            printable.append(c == '\t' ? ' ' : (c < 0x20 || c == 0x7f || c == '\uFFFD') ? '?' : c);
        }
        return file + ":" + line + ":" + column + ": error: " + getMessage() + "\n"
                + printable + "\n" + " ".repeat(Math.min(caret, printable.length())) + "^";
    }
}
