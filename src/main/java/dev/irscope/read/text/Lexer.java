package dev.irscope.read.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written lexer over the raw bytes of one unit, in the manner of LLVM's LLLexer. It never
 * builds a String for the whole input; token text is decoded only when the reader asks for it.
 * Newlines are tokens ({@link Tok#EOL}) because the reader works a line at a time, as LLVM's printer
 * writes one entity per line.
 *
 * <p>The lexer owns the reading position (byte, line, line start): the reader's scanners, which
 * jump over whole lines without tokens, move it only through {@link #seek}, {@link #gotoLine} and
 * {@link #skipLine}, so the three always agree.
 */
final class Lexer {
    private final Bytes buf;
    private final String file;
    private final int end;

    private int pos;
    private int line = 1;
    private int lineStart;

    /** ReaderLimits.maxLineBytes, checked at every token of the lines the reader tokenises. */
    long maxLineBytes = Long.MAX_VALUE;

    private Tok kind;
    private int start;
    private int stop;
    private int tokLine;
    private int tokLineStart;
    private final byte[][] scratch = {new byte[256]}; // slice()'s, see there

    Lexer(String file, Bytes buf) {
        this.file = file;
        this.buf = buf;
        this.end = buf.limit();
    }

    /** The end of the input (its limit). */
    int end() { return end; }
    /** Where the next token is looked for. */
    int pos() { return pos; }
    /** The line of {@link #pos}, counted from 1. */
    int line() { return line; }
    /** The offset where the line of {@link #pos} starts. */
    int lineStart() { return lineStart; }
    /** The current token's kind and its bytes {@code [start, stop)}. */
    Tok kind() { return kind; }
    int start() { return start; }
    int stop() { return stop; }

    /** Moves to byte {@code p}, on line {@code ln}, which starts at {@code ls}. */
    void seek(int p, int ln, int ls) {
        pos = p;
        line = ln;
        lineStart = ls;
    }

    /** Moves to the start of the line after the newline at {@code newlineAt} (or to the end). */
    void gotoLine(int newlineAt) {
        pos = Math.min(newlineAt + 1, end);
        if (newlineAt < end) line++;
        lineStart = pos;
    }

    /** Skips the rest of the current line without tokens. */
    void skipLine() throws ParseError {
        gotoLine(lineEnd(pos));
    }

    /** The newline ending the line from {@code from} (or the end), its length checked. */
    int lineEnd(int from) throws ParseError {
        return lineEnd(from, lineStart, line);
    }

    /** The same for a scanner that keeps its own line state; {@code ls} and {@code ln} locate an error. */
    int lineEnd(int from, int ls, int ln) throws ParseError {
        int e = Newlines.find(buf, from, end);
        checkLineLength(ls, e, ln);
        return e;
    }

    /** Skipped lines are never tokenised, so the check in {@link #next} cannot see them. */
    void checkLineLength(int ls, int e, int ln) throws ParseError {
        if (e - ls > maxLineBytes) {
            throw errorAt((int) (ls + maxLineBytes), ln, ls, "line longer than " + maxLineBytes
                    + " bytes (ReaderLimits.maxLineBytes)");
        }
    }

    /** The next token ends the line. */
    void endOfLine() throws ParseError {
        Tok t = next();
        if (t != Tok.EOL && t != Tok.EOF) throw error("expected end of line, found '" + text() + "'");
    }

    /** The next token is of {@code k}, else an error saying {@code what} was expected. */
    void expect(Tok k, String what) throws ParseError {
        if (next() != k) {
            if (kind == Tok.EOL || kind == Tok.EOF) throw error("expected " + what + " before end of line");
            throw error("expected " + what + ", found '" + text() + "'");
        }
    }

    int byteAt(int i) {
        return i < end ? buf.get(i) & 0xff : -1;
    }

    /** Moves to the next token, skipping blanks and comments (a comment stops at the newline). */
    Tok next() throws ParseError {
        int p = pos;
        int c;
        while (true) {
            if (p >= end) {
                start = stop = pos = end;
                markLine();
                return kind = Tok.EOF;
            }
            c = buf.get(p) & 0xff;
            if (c == ' ' || c == '\t' || c == '\r') { p++; continue; }
            // A comment ends at '\n' or '\r', as in LLLexer::SkipLineComment: a CR-only line end
            // must not turn the rest of the file into one comment.
            if (c == ';') { p = Newlines.findEither(buf, p, end, (byte) '\r'); continue; }
            break;
        }
        start = p;
        markLine();
        if (p - lineStart > maxLineBytes) {
            throw errorAt((int) (lineStart + maxLineBytes), line, lineStart,
                    "line longer than " + maxLineBytes + " bytes (ReaderLimits.maxLineBytes)");
        }
        switch (c) {
            case '\n' -> { pos = p + 1; stop = pos; line++; lineStart = pos; return kind = Tok.EOL; }
            case '(' -> { return punct(p, Tok.LPAREN); }
            case ')' -> { return punct(p, Tok.RPAREN); }
            case '{' -> { return punct(p, Tok.LBRACE); }
            case '}' -> { return punct(p, Tok.RBRACE); }
            case '[' -> { return punct(p, Tok.LBRACKET); }
            case ']' -> { return punct(p, Tok.RBRACKET); }
            case '<' -> { return punct(p, Tok.LT); }
            case '>' -> { return punct(p, Tok.GT); }
            case ',' -> { return punct(p, Tok.COMMA); }
            case '=' -> { return punct(p, Tok.EQ); }
            case '*' -> { return punct(p, Tok.STAR); }
            case ':' -> { return punct(p, Tok.COLON); }
            case '|' -> { return punct(p, Tok.PIPE); }
            case '"' -> { return string(p, p); }
            case '@' -> { return name(p, Tok.GLOBAL); }
            case '%' -> { return name(p, Tok.LOCAL); }
            case '$' -> { return name(p, Tok.COMDAT); }
            case '#' -> {
                int q = p + 1;
                while (q < end && isDigit(buf.get(q))) q++;
                if (q == p + 1) {
                    // '#dbg_value(...)' debug records (LLVM 19+) are read as words.
                    if (q < end && isIdentStart(buf.get(q))) return word(p + 1, Tok.WORD);
                    throw error(p, "expected attribute group id after '#'");
                }
                pos = stop = q;
                return kind = Tok.GROUP;
            }
            case '^' -> { // a summary id, ^[0-9]+ (LLLexer::LexCaret)
                int q = p + 1;
                while (q < end && isDigit(buf.get(q))) q++;
                if (q == p + 1) throw error(p, "expected a summary id after '^'");
                pos = stop = q;
                return kind = Tok.SUMMARY;
            }
            case '!' -> {
                int q = p + 1;
                if (q < end && (isIdentChar(buf.get(q)) || buf.get(q) == '\\')) {
                    while (q < end && (isIdentChar(buf.get(q)) || buf.get(q) == '\\')) q++;
                    pos = stop = q;
                    return kind = Tok.META;
                }
                return punct(p, Tok.BANG);
            }
            case '.' -> {
                if (byteAt(p + 1) == '.' && byteAt(p + 2) == '.') {
                    pos = stop = p + 3;
                    return kind = Tok.ELLIPSIS;
                }
                return word(p, Tok.WORD);
            }
            default -> {
                if (c == 'c' && byteAt(p + 1) == '"') return string(p, p + 1);
                if (isDigit((byte) c) || ((c == '-' || c == '+') && p + 1 < end && isDigit(buf.get(p + 1)))) {
                    int q = p + 1;
                    while (q < end && isNumberChar(buf.get(q))) q++;
                    pos = stop = q;
                    return kind = Tok.NUMBER;
                }
                if (isIdentStart((byte) c)) return word(p, Tok.WORD);
                if (c >= 0x80) throw error(p, "unexpected byte 0x" + Integer.toHexString(c) + " (not an LLVM IR token)");
                throw error(p, "unexpected character '" + printable(c) + "'");
            }
        }
    }

    private static String printable(int c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c);
    }

    private void markLine() {
        tokLine = line;
        tokLineStart = lineStart;
    }

    private Tok punct(int p, Tok k) {
        pos = stop = p + 1;
        return kind = k;
    }

    private Tok word(int p, Tok k) {
        int q = p;
        while (q < end && isIdentChar(buf.get(q))) q++;
        pos = stop = q;
        return kind = k;
    }

    private Tok name(int p, Tok k) throws ParseError {
        int q = p + 1;
        if (q < end && buf.get(q) == '"') {
            Tok t = string(p, q);
            return kind = (t == Tok.STRING ? k : t);
        }
        while (q < end && isIdentChar(buf.get(q))) q++;
        if (q == p + 1) throw error(p, "expected a name after '" + (char) buf.get(p) + "'");
        pos = stop = q;
        return kind = k;
    }

    /** A string from the quote at {@code q}; LLVM strings have no escaped quote, so the next '"' ends it. */
    private Tok string(int p, int q) throws ParseError {
        int r = q + 1;
        int nl = 0;
        int lastNl = -1;
        while (r < end) {
            byte b = buf.get(r);
            if (b == '"') break;
            if (b == '\n') { nl++; lastNl = r; }
            r++;
        }
        if (r >= end) throw error(q, "unterminated string constant");
        if (nl > 0) { line += nl; lineStart = lastNl + 1; }
        pos = stop = r + 1;
        return kind = Tok.STRING;
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static final byte START = 1;
    private static final byte DIGIT = 2;
    /** Character classes by byte, one load per test: these run on every byte of every name. */
    private static final byte[] CLASS = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.' || c == '$' || c == '-';
            CLASS[c] = (byte) ((start ? START : 0) | (c >= '0' && c <= '9' ? DIGIT : 0));
        }
    }

    static boolean isIdentStart(byte b) {
        return (CLASS[b & 0xff] & START) != 0;
    }

    static boolean isIdentChar(byte b) {
        return CLASS[b & 0xff] != 0;
    }

    private static boolean isNumberChar(byte b) {
        return isIdentChar(b) || b == '+';
    }

    /** Raw token text (names keep their sigil). */
    String text() {
        return slice(start, stop);
    }

    String slice(int from, int to) {
        return slice(buf, from, to, scratch);
    }

    /**
     * The bytes {@code [from, to)} of {@code b} as UTF-8 text. They pass through {@code scratch[0]}
     * (grown as needed, for one thread's use), so the String's own copy is the only one made: a
     * fresh array per call was a third of the reader's garbage.
     */
    static String slice(Bytes b, int from, int to, byte[][] scratch) {
        int n = to - from;
        if (scratch[0].length < n) scratch[0] = new byte[Math.max(n, scratch[0].length * 2)];
        b.get(from, scratch[0], n);
        return new String(scratch[0], 0, n, StandardCharsets.UTF_8);
    }

    boolean is(String word) {
        if (kind != Tok.WORD || stop - start != word.length()) return false;
        for (int i = 0; i < word.length(); i++) if (buf.get(start + i) != word.charAt(i)) return false;
        return true;
    }

    /** The name of a GLOBAL/LOCAL/COMDAT/META token without its sigil, quotes and escapes decoded. */
    String nameText() {
        int s = start + 1;
        if (kind == Tok.META) return slice(s, stop);
        if (s < stop && buf.get(s) == '"') return unescape(s + 1, stop - 1);
        return slice(s, stop);
    }

    /** The contents of a STRING token with LLVM's \XX escapes decoded. */
    String stringValue() {
        int s = buf.get(start) == 'c' ? start + 2 : start + 1;
        return unescape(s, stop - 1);
    }

    String unescape(int from, int to) {
        return unescape(buf, from, to, scratch);
    }

    /** The bytes {@code [from, to)} of {@code buf} with LLVM's \\XX and \\\\ escapes decoded, as UTF-8 text. */
    static String unescape(Bytes buf, int from, int to, byte[][] scratch) {
        boolean plain = true;
        for (int i = from; i < to; i++) if (buf.get(i) == '\\') { plain = false; break; }
        if (plain) return slice(buf, from, to, scratch);
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = buf.get(i);
            if (b == '\\' && i + 1 < to && buf.get(i + 1) == '\\') { out.write('\\'); i++; continue; }
            if (b == '\\' && i + 2 < to && hex(buf.get(i + 1)) >= 0 && hex(buf.get(i + 2)) >= 0) {
                out.write(hex(buf.get(i + 1)) * 16 + hex(buf.get(i + 2)));
                i += 2;
                continue;
            }
            out.write(b);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        return -1;
    }

    /** Saves the whole lexer state; {@link #restore} rewinds to it (one-token look-ahead and back-tracking). */
    long mark() {
        return ((long) pos << 32) | (line & 0xffffffffL);
    }

    void restore(long mark, int savedLineStart) {
        pos = (int) (mark >>> 32);
        line = (int) mark;
        lineStart = savedLineStart;
    }

    /** Kind of the token after the current one, without consuming it. */
    Tok peek() throws ParseError {
        long m = mark();
        int ls = lineStart;
        Tok k = kind;
        int s = start, e = stop, tl = tokLine, tls = tokLineStart;
        Tok n = next();
        restore(m, ls);
        kind = k;
        start = s;
        stop = e;
        tokLine = tl;
        tokLineStart = tls;
        return n;
    }

    /**
     * The byte the next token starts with (blanks skipped, a comment's ';' included), or -1 at the
     * end: for a one-byte token such as '(' or '*' this says what {@link #peek} would, without
     * lexing. Where peek would throw instead, the caller's next {@link #next} throws the same.
     */
    int peekByte() {
        int p = skipBlanks(pos);
        return p < end ? buf.get(p) & 0xff : -1;
    }

    /** True if the next token is the word {@code w} (what {@code next(); is(w)} would say), without lexing. */
    boolean peekIsWord(String w) {
        int p = skipBlanks(pos);
        if (p + w.length() > end) return false;
        for (int i = 0; i < w.length(); i++) if (buf.get(p + i) != w.charAt(i)) return false;
        return p + w.length() == end || !isIdentChar(buf.get(p + w.length()));
    }

    /**
     * The first byte at or after {@code p} that is not a blank {@link #next} skips before a token
     * (space, tab, CR); each byte is fetched once (C1 does not merge the gets).
     */
    int skipBlanks(int p) {
        while (p < end) {
            byte c = buf.get(p);
            if (c != ' ' && c != '\t' && c != '\r') break;
            p++;
        }
        return p;
    }

    /** True if the next token starts right after the current one, with no blank between. */
    boolean adjacentNext() {
        return stop < end && pos == stop && stop == nextNonBlank(stop);
    }

    /** The first byte at or after {@code p} that is neither a space nor a tab (a CR is not skipped). */
    int nextNonBlank(int p) {
        while (p < end && (buf.get(p) == ' ' || buf.get(p) == '\t')) p++;
        return p;
    }

    ParseError error(String message) {
        return errorAt(start, tokLine, tokLineStart, message);
    }

    ParseError error(int at, String message) {
        // 'at' is on the current line unless a multi-line string moved us; recount in that rare case.
        if (at >= lineStart) return errorAt(at, line, lineStart, message);
        return errorAt(at, lineOf(at), lineStartOf(at), message);
    }

    ParseError errorAt(int at, int ln, int ls, String message) {
        int e = ls;
        while (e < end && buf.get(e) != '\n') e++;
        // Never decode a multi-megabyte line in full: keep at most WINDOW bytes around 'at'. The
        // column is counted over the whole line (earlier it was counted only up to the first
        // 1,000,000 bytes, so an error deep in a long line got a wrong column and caret).
        int from = ls, to = e;
        if (e - ls > WINDOW) {
            from = Math.max(ls, at - WINDOW / 2);
            while (from > ls && (buf.get(from) & 0xc0) == 0x80) from--; // not inside a UTF-8 sequence
            to = Math.min(e, from + WINDOW);
        }
        String src = slice(from, to).replace("\r", "");
        int firstCol = 1 + chars(ls, from);
        int col = firstCol + chars(from, Math.min(at, e));
        return new ParseError(file, ln, col, message, src, firstCol);
    }

    private static final int WINDOW = 4096;

    /** UTF-16 length of the UTF-8 bytes [from, to), as String.length() would give, without decoding. */
    private int chars(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int b = buf.get(i) & 0xff;
            if ((b & 0xc0) != 0x80) n += b >= 0xf0 ? 2 : 1; // 4-byte sequences are surrogate pairs
        }
        return n;
    }

    private int lineOf(int at) {
        int to = Math.min(at, end);
        int n = 1;
        for (int i = Newlines.find(buf, 0, to); i < to; i = Newlines.find(buf, i + 1, to)) n++;
        return n;
    }

    /**
     * A located error at {@code token} on line {@code ln}, for checks made once the whole unit is
     * read, which keep a line, not an offset: the first occurrence outside strings and before any
     * comment, not followed by a digit (so {@code #1} is not found in {@code #12}); column 1 if
     * the line holds none.
     */
    ParseError errorAtToken(int ln, String token, String message) {
        int ls = 0;
        for (int k = 1; k < ln && ls < end; k++) ls = Newlines.find(buf, ls, end) + 1;
        ls = Math.min(ls, end);
        int e = Newlines.find(buf, ls, end);
        boolean inString = false;
        for (int i = ls; i < e; i++) {
            byte c = buf.get(i);
            if (c == '"') inString = !inString;
            else if (!inString && c == ';') break;
            else if (!inString && c == token.charAt(0) && matches(i, e, token)) return errorAt(i, ln, ls, message);
        }
        return errorAt(ls, ln, ls, message);
    }

    private boolean matches(int at, int e, String token) {
        int n = token.length();
        if (at + n > e) return false;
        for (int k = 0; k < n; k++) if (buf.get(at + k) != token.charAt(k)) return false;
        return at + n == e || !isDigit(buf.get(at + n));
    }

    /** A located error at byte {@code at}, wherever the lexer is: its line is counted from the start. */
    ParseError errorAtOffset(int at, String message) {
        return errorAt(at, lineOf(at), lineStartOf(at), message);
    }

    private int lineStartOf(int at) {
        int i = Math.min(at, end);
        while (i > 0 && buf.get(i - 1) != '\n') i--;
        return i;
    }

    String file() {
        return file;
    }
}
