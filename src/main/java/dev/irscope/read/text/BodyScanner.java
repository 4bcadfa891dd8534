package dev.irscope.read.text;

import dev.irscope.ir.Alias;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Body;
import dev.irscope.ir.CallKind;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.DebugRef;
import dev.irscope.ir.Function;
import dev.irscope.ir.Header;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.LtoKind;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.ir.Note;
import dev.irscope.ir.Param;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The body phase: scans a function body a line at a time, tokenising only call lines (callee,
 * kind, call-site attributes, operand bundles, argument ABI types and constants, {@code !dbg}) and
 * noting what blocks inlining ({@code indirectbr}, block addresses, indirect and asm calls).
 */
final class BodyScanner extends Phase {
    private final Syntax syn;
    private final List<String> lineTargets = new ArrayList<>(1); // one line's, kept unless the line is a callbr

    BodyScanner(UnitState u, Syntax syn) {
        super(u);
        this.syn = syn;
    }

    /**
     * Scans a body a line at a time from just after its '{'. Only a line whose opcode is a call is
     * tokenised; every other line costs one search for its newline.
     */
    void body(PendingFunction f) throws ParseError {
        List<PendingCall> calls = new ArrayList<>();
        int p = lx.pos();
        int line = lx.line();
        int first = line;
        int ls = lx.lineStart();
        while (true) {
            int q = lx.skipBlanks(p);
            if (q >= lx.end()) {
                throw bodyError(f, "expected '}' at end of the body of @" + f.name + " (the file ends first)");
            }
            byte c = buf.get(q);
            if (c == '}') {
                lx.seek(q + 1, line, ls);
                lx.endOfLine();
                break;
            }
            boolean instruction = c != '\n' && c != ';';
            // LLVM refuses a callee whose blocks have their address taken, wherever the blockaddress
            // is used (but by a callbr), so every instruction line is searched for the keyword in the
            // same word-at-a-time pass that finds its end; '#dbg_' records hold metadata, no users.
            int e = instruction && c != '#' ? lineEndNotingBlockAddress(q, ls, line) : lx.lineEnd(q, ls, line);
            if (instruction) {
                if (q == ls && startsTopLevel(q)) {
                    throw lx.errorAt(q, line, ls, "expected an instruction or '}' closing @" + f.name
                            + " (its body, from line " + f.line + ", is not closed)");
                }
                int op = opcode(q, e);
                if (!lineTargets.isEmpty()) takeLineTargets(op < 0 || !startsWith(op, "callbr "));
                if (op >= 0) {
                    if (startsWith(op, "indirectbr ")) f.indirectBr = true;
                    else if (isCallOpcode(op)) call(f, calls, op, line, ls);
                }
                if (e > q && buf.get(e - 1) == '}' && closesBody(q, e)) { // "ret void }" written by hand
                    int next = Math.min(e + 1, lx.end());
                    lx.seek(next, line + 1, next);
                    break;
                }
            }
            if (e >= lx.end()) throw bodyError(f, "expected '}' at end of the body of @" + f.name + " (the file ends first)");
            p = e + 1;
            line++;
            ls = p;
        }
        f.lines = lx.line() - first;
        f.calls = calls;
    }

    private ParseError bodyError(PendingFunction f, String message) {
        // Point at the 'define' whose body never closes: that is where the user must look.
        int ls = 0;
        int line = 1;
        for (int i = 0; i < lx.end() && line < f.line; i++) if (buf.get(i) == '\n') { line++; ls = i + 1; }
        return lx.errorAt(ls, f.line, ls, message);
    }

    /** A hand-written body may end with '}' on an instruction line; count braces to be sure. */
    private boolean closesBody(int from, int to) {
        int depth = 0;
        boolean str = false;
        for (int i = from; i < to; i++) {
            byte b = buf.get(i);
            if (b == '"') str = !str;
            else if (!str && b == ';') break;
            else if (!str && b == '{') depth++;
            else if (!str && b == '}') depth--;
        }
        return depth < 0;
    }

    private boolean startsTopLevel(int q) {
        byte c = buf.get(q);
        return c == '@' || c == '!' || c == '$' || startsWith(q, "define ") || startsWith(q, "declare ")
                || startsWith(q, "attributes ") || startsWith(q, "target ") || startsWith(q, "source_filename");
    }

    /** Offset of the opcode on an instruction line ({@code %x = } skipped), or -1. */
    private int opcode(int q, int e) {
        if (buf.get(q) != '%') return q;
        int r = q + 1;
        if (r < e && buf.get(r) == '"') {
            r++;
            while (r < e && buf.get(r) != '"') r++;
            r++;
        } else {
            while (r < e && Lexer.isIdentChar(buf.get(r))) r++;
        }
        while (r < e && buf.get(r) == ' ') r++;
        if (r >= e || buf.get(r) != '=') return -1;
        r++;
        while (r < e && buf.get(r) == ' ') r++;
        return r < e ? r : -1; // "%x =" with nothing after it: no opcode to read (found by EngineFuzzTest)
    }

    private boolean isCallOpcode(int op) {
        return switch (buf.get(op)) {
            case 'c' -> startsWith(op, "call ") || startsWith(op, "callbr ");
            case 't' -> startsWith(op, "tail call ");
            case 'm' -> startsWith(op, "musttail call ");
            case 'n' -> startsWith(op, "notail call ");
            case 'i' -> startsWith(op, "invoke ");
            default -> false;
        };
    }

    /**
     * {@link #lineEnd(int, int, int)} that also puts in {@link #lineTargets} the function named by
     * each {@code blockaddress(@f} on the line from {@code q}: it stops at each {@code 'k'} (rare in
     * IR lines) and checks the keyword around it, instead of a second byte-by-byte pass over the line.
     */
    int lineEndNotingBlockAddress(int q, int ls, int line) throws ParseError {
        int i = q;
        while (true) {
            int j = Newlines.findEither(buf, i, lx.end(), (byte) 'k');
            if (j >= lx.end() || buf.get(j) == '\n') {
                lx.checkLineLength(ls, j, line);
                return j;
            }
            if (j - 4 >= q && startsWith(j - 4, "blockaddress(") && isCode(q, j - 4)) blockTarget(j + 9);
            i = j + 1;
        }
    }

    /** Ends a line's {@link #lineTargets}: into {@link #blockTargets} if {@code keep} (the line is no callbr). */
    void takeLineTargets(boolean keep) {
        if (keep) u.blockTargets.addAll(lineTargets);
        lineTargets.clear();
    }

    /**
     * Whether {@code at} is outside every string and before any comment of the line part that
     * starts at {@code from} (outside a string itself): a {@code c"blockaddress(@f, %l)"} constant
     * or a {@code ; blockaddress(...)} comment takes no address. LLVM escapes a quote inside a
     * string as {@code \22}, so counting quotes is exact.
     */
    private boolean isCode(int from, int at) {
        boolean inString = false;
        for (int i = from; i < at; i++) {
            byte c = buf.get(i);
            if (c == '"') inString = !inString;
            else if (c == ';' && !inString) return false;
        }
        return !inString;
    }

    /**
     * After {@code blockaddress(}: its function, {@code @name} or {@code @"name"}, into
     * {@link #lineTargets}; anything else (a malformed constant) names nothing. A line need not
     * end within the input here: a quoted name stops at a newline or the end.
     */
    private void blockTarget(int p) {
        int end = lx.end();
        p = lx.nextNonBlank(p);
        if (p + 1 >= end || buf.get(p) != '@') return;
        int s = p + 1;
        if (buf.get(s) == '"') {
            int r = s + 1;
            while (r < end && buf.get(r) != '"' && buf.get(r) != '\n') r++;
            if (r < end && buf.get(r) == '"') lineTargets.add(names.quoted().get(s + 1, r));
            return;
        }
        int r = s;
        while (r < end && Lexer.isIdentChar(buf.get(r))) r++;
        if (r > s) lineTargets.add(names.words().get(s, r));
    }

    private boolean startsWith(int at, String s) {
        return IrReader.startsWith(buf, at, s); // buf's limit is lx.end()
    }

    /**
     * One call instruction. The callee is the last {@code @name} or {@code %name} directly followed by
     * the argument list; a name followed by a list and then by another callee was a function type.
     */
    private void call(PendingFunction f, List<PendingCall> calls, int op, int line, int ls) throws ParseError {
        lx.seek(op, line, ls);
        lx.next();
        CallKind kind;
        if (lx.is("tail")) { lx.next(); kind = CallKind.TAIL; }
        else if (lx.is("musttail")) { lx.next(); kind = CallKind.MUSTTAIL; }
        else if (lx.is("notail")) { lx.next(); kind = CallKind.NOTAIL; }
        else kind = lx.is("invoke") ? CallKind.INVOKE : lx.is("callbr") ? CallKind.CALLBR : CallKind.CALL;
        boolean abi = false;
        boolean asm = false;
        boolean constArgs = false;
        String callee = null;
        while (true) {
            Tok t = lx.next();
            if (t == Tok.EOL || t == Tok.EOF || t == Tok.COMMA && !asm) break;
            if (t == Tok.WORD && lx.is("asm")) { asm = true; continue; }
            if ((t == Tok.GLOBAL || t == Tok.LOCAL || (asm && t == Tok.STRING)) && lx.peekByte() == '(') {
                String name = t == Tok.GLOBAL ? syn.internName() : null;
                boolean isLocal = t == Tok.LOCAL;
                lx.next();
                argConstant = false;
                boolean argAbi = args();
                int n = lx.peekByte();
                if (!asm && (n == '@' || n == '%' || n == 'a' && lx.peekIsWord("asm"))) {
                    continue; // that was '%T (params)' : a function type before the real callee
                }
                abi |= argAbi;
                if (asm) {
                    f.asm++;
                } else if (name == null || isLocal) {
                    f.indirect++;
                } else {
                    callee = name;
                    constArgs = argConstant;
                }
                break;
            }
            if (t == Tok.WORD && lx.peekByte() == '(' && lx.adjacentNext()) { // range(...), nofpclass(...)
                lx.next();
                syn.skipGroup();
                continue;
            }
            if (t == Tok.WORD && (lx.is("bitcast") || lx.is("addrspacecast") || lx.is("getelementptr"))) {
                f.indirect++; // a cast of a function is not a direct call for LLVM's getCalledFunction
                return;
            }
            if (Syntax.isOpener(t) || t == Tok.LOCAL) {
                boolean aggregate = t == Tok.LBRACE || t == Tok.LBRACKET || t == Tok.LT || t == Tok.LOCAL;
                if (Syntax.isOpener(t)) syn.skipGroup();
                if (aggregate && t != Tok.LPAREN && lx.peekByte() != '*') abi = true;
            }
        }
        if (callee == null) {
            // X86's ABI check cannot see through indirect or (before LLVM 19) inline-asm calls that
            // pass vectors or aggregates.
            if (asm) f.asmAbi |= abi;
            else f.indirectAbi |= abi;
            return;
        }
        // Call-site attributes, then operand bundles; of the metadata attachments after a comma, only !dbg is noted.
        List<Attribute> inline = List.of();
        List<Integer> groups = List.of();
        List<String> bundles = List.of();
        int dbg = -1;
        while (true) {
            Tok t = lx.next();
            if (t == Tok.EOF) break;
            if (t == Tok.EOL) { // an invoke printed over two lines has its successors and attachments on the second
                if (kind == CallKind.INVOKE || kind == CallKind.CALLBR) {
                    int q = lx.skipBlanks(lx.pos());
                    if (startsWith(q, "to ")) dbg = dbgAfterSuccessors(q);
                }
                break;
            }
            if (t == Tok.COMMA) { // the attachments: '!dbg' is printed first (kind 0)
                dbg = dbgRef(lx.nextNonBlank(lx.pos()));
                break;
            }
            if (t == Tok.GROUP) {
                if (groups.isEmpty()) groups = new ArrayList<>(1);
                groups.add(syn.groupId());
            } else if (t == Tok.WORD && (lx.is("to") || lx.is("unwind"))) {
                dbg = dbgAfterSuccessors(lx.pos()); // invoke's and callbr's successors come before it
                break;
            } else if (t == Tok.WORD || t == Tok.STRING) {
                if (inline.isEmpty()) inline = new ArrayList<>(2);
                inline.add(syn.attribute(t));
            } else if (t == Tok.LBRACKET) {
                bundles = bundles();
            }
        }
        calls.add(new PendingCall(callee, kind, inline, groups, bundles, abi, line, constArgs, dbg));
        if (dbg >= 0) u.sawDbg = true;
    }

    /** The id N of a {@code !dbg !N} at {@code p}, or -1: no token is made. */
    private int dbgRef(int p) {
        if (!startsWith(p, "!dbg !")) return -1;
        int n = 0;
        int q = p + 6;
        for (; q < lx.end() && q - p < 15 && Lexer.isDigit(buf.get(q)); q++) n = n * 10 + (buf.get(q) - '0');
        return q == p + 6 || q - p >= 15 ? -1 : n;
    }

    /** After an invoke's {@code to}: the {@code !dbg} among the attachments that end its line, or -1. */
    private int dbgAfterSuccessors(int from) {
        int e = Newlines.find(buf, from, lx.end());
        for (int i = from; i + 6 < e; i++) {
            if (buf.get(i) == ',') {
                int d = dbgRef(lx.nextNonBlank(i + 1));
                if (d >= 0) return d;
            }
        }
        return -1;
    }

    /** Set by {@link #args}: some argument of the list is a constant. */
    private boolean argConstant;

    /** At '(' of an argument list: consumes it; true if an argument's type is a vector or aggregate. */
    private boolean args() throws ParseError {
        boolean abi = false;
        Tok t = lx.next();
        int argStart = lx.start();
        while (true) {
            switch (t) {
                case EOL, EOF -> throw lx.error("expected ')' at end of the argument list");
                case RPAREN -> { return abi; }
                case COMMA -> { t = lx.next(); argStart = lx.start(); continue; }
                default -> { }
            }
            // The first token of an argument is its type, the only one that matters here.
            boolean aggregate = t == Tok.LBRACE || t == Tok.LBRACKET || t == Tok.LT || t == Tok.LOCAL;
            if (Syntax.isOpener(t)) syn.skipGroup();
            if (aggregate && lx.peekByte() != '*') abi = true;
            int stop = u.fastPaths ? restOfArgument() : -1;
            if (stop >= 0) {
                lx.seek(stop, lx.line(), lx.lineStart());
                t = lx.next(); // the ',' or ')' that ends it
                argConstant |= constantValue(argStart, lx.start());
                continue;
            }
            do {
                t = lx.next();
                if (Syntax.isOpener(t)) syn.skipGroup();
            } while (t != Tok.COMMA && t != Tok.RPAREN && t != Tok.EOL && t != Tok.EOF);
            if (t == Tok.COMMA || t == Tok.RPAREN) argConstant |= constantValue(argStart, lx.start());
        }
    }

    /**
     * Whether the argument in {@code [from, to)} passes a constant: its last token (the value) is
     * not a {@code %local}. Literals, null, undef, poison, a global's address and constant
     * expressions count; read backwards from the argument's end, no tokens made.
     */
    private boolean constantValue(int from, int to) {
        int i = to - 1;
        while (i >= from && (buf.get(i) == ' ' || buf.get(i) == '\t')) i--;
        if (i < from) return false;
        if (buf.get(i) == '"') { // a quoted name or a string: look at what opens it
            i--;
            while (i > from && buf.get(i) != '"') i--;
            return i <= from || buf.get(i - 1) != '%';
        }
        while (i >= from && Lexer.isIdentChar(buf.get(i))) i--;
        return i < from || buf.get(i) != '%';
    }

    private static final byte PLAIN = 0, BAD = 1, OPEN = 2, CLOSE = 3, COMMA = 4, QUOTE = 5, SIGIL = 6, HASH = 7;
    /** How {@link #restOfArgument} treats each byte; BAD is anything whose token only the lexer can judge. */
    private static final byte[] ARG_BYTES = new byte[256];

    static {
        Arrays.fill(ARG_BYTES, BAD);
        for (int c = 0; c < 128; c++) if (Lexer.isIdentChar((byte) c)) ARG_BYTES[c] = PLAIN;
        for (char c : " \t\r*=:|!".toCharArray()) ARG_BYTES[c] = PLAIN;
        for (char c : "([{<".toCharArray()) ARG_BYTES[c] = OPEN;
        for (char c : ")]}>".toCharArray()) ARG_BYTES[c] = CLOSE;
        ARG_BYTES[','] = COMMA;
        ARG_BYTES['"'] = QUOTE;
        for (char c : "@%$".toCharArray()) ARG_BYTES[c] = SIGIL;
        ARG_BYTES['#'] = HASH;
    }

    /**
     * The rest of an argument after its first token, without making tokens: where the ',' or ')'
     * that ends it is, as the token loop of {@link #args} would find it (groups of any bracket kind
     * nest together, a stray closer at the argument's level is ignored, strings end at the next
     * quote). Returns -1 for anything the lexer alone can judge (a byte that may be an error, a
     * string over a newline, nesting over the limit), and the caller then takes the tokens one by
     * one, so the result and every error are the lexer's own. The line's length needs no test:
     * calls are read only on body lines, whose length the body scanner has checked.
     */
    private int restOfArgument() {
        int end = lx.end();
        int depth = 0;
        int p = lx.pos();
        while (p < end) {
            byte c = buf.get(p);
            switch (ARG_BYTES[c & 0xff]) {
                case PLAIN -> p++;
                case OPEN -> {
                    if (++depth > limits.maxDepth()) return -1;
                    p++;
                }
                case CLOSE -> {
                    if (depth > 0) depth--;
                    else if (c == ')') return p;
                    p++;
                }
                case COMMA -> {
                    if (depth == 0) return p;
                    p++;
                }
                case QUOTE -> {
                    int q = p + 1;
                    while (q < end && buf.get(q) != '"') {
                        if (buf.get(q) == '\n') return -1;
                        q++;
                    }
                    if (q >= end) return -1;
                    p = q + 1;
                }
                case SIGIL -> { // a name must follow, or the lexer has an error to report
                    if (p + 1 >= end || !(Lexer.isIdentChar(buf.get(p + 1)) || buf.get(p + 1) == '"')) return -1;
                    p++;
                }
                case HASH -> { // '#12' or '#dbg_...'
                    if (p + 1 >= end || !(Lexer.isDigit(buf.get(p + 1)) || Lexer.isIdentStart(buf.get(p + 1)))) return -1;
                    p++;
                }
                default -> { return -1; }
            }
        }
        return -1;
    }

    private List<String> bundles() throws ParseError {
        List<String> tags = new ArrayList<>(1);
        while (true) {
            Tok t = lx.next();
            if (t == Tok.RBRACKET) return tags;
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected ']' at end of operand bundles");
            if (t == Tok.STRING) tags.add(lx.stringValue());
            else if (Syntax.isOpener(t)) syn.skipGroup();
        }
    }

}
