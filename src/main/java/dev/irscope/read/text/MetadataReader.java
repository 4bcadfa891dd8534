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
 * The metadata phase: keeps only the nodes that {@code !llvm.module.flags} and {@code !llvm.ident}
 * need (and the nodes they name), and crosses every other metadata line without tokens, most of
 * a {@code -g} file, a word at a time when it can.
 */
final class MetadataReader extends Phase {
    private final Syntax syn;

    MetadataReader(UnitState u, Syntax syn) {
        super(u);
        this.syn = syn;
    }

    void metadata() throws ParseError {
        String name = lx.nameText();
        if (!name.isEmpty() && Lexer.isDigit((byte) name.charAt(0))) {
            if (u.firstNumberedMeta < 0) {
                u.firstNumberedMeta = lx.start();
                u.firstNumberedMetaLine = lx.line();
            }
            int n = Syntax.parseIndex(name);
            if (n >= 0 && u.wanted.contains(n) && !u.nodes.containsKey(n)) captureNode(n);
            else lx.skipLine();
            return;
        }
        if (name.equals("llvm.module.flags") || name.equals("llvm.ident")) {
            List<Integer> into = name.equals("llvm.ident") ? u.identRefs : u.flagRefs;
            lx.expect(Tok.EQ, "'='");
            for (Tok t = lx.next(); t != Tok.EOL && t != Tok.EOF; t = lx.next()) {
                if (t == Tok.META) {
                    int n = Syntax.parseIndex(lx.nameText());
                    if (n >= 0) { into.add(n); want(n, lx.start()); }
                }
            }
            return;
        }
        lx.skipLine();
    }
    /**
     * Fast path for the commonest line of a {@code -g} file, {@code !123 = ...} at column 0 for a
     * node nobody asked for: reads the id from the bytes and skips the line without making a token
     * String. Anything else (a wanted node, a named node, odd spelling) is left to {@link #metadata}.
     */
    boolean skipUnwantedNode(int p) throws ParseError {
        if (p != lx.lineStart() || p + 1 >= lx.end() || buf.get(p) != '!') return false;
        int q = p + 1;
        int n = 0;
        while (q < lx.end() && q - p <= 9) {
            byte b = buf.get(q);
            if (!Lexer.isDigit(b)) break;
            n = n * 10 + (b - '0');
            q++;
        }
        if (q == p + 1 || q - p > 9 || q < lx.end() && (Lexer.isIdentChar(buf.get(q)) || buf.get(q) == '\\')) return false;
        if (n < u.wantedBits.length() && u.wantedBits.get(n) && !u.nodes.containsKey(n)) return false;
        if (u.firstNumberedMeta < 0) {
            u.firstNumberedMeta = p;
            u.firstNumberedMetaLine = lx.line();
        }
        if (u.fastPaths && u.nodes.size() == u.wanted.size() && limits.maxLineBytes() >= 16 && skipNodeRun(p)) return true;
        lx.gotoLine(lx.lineEnd(q));
        return true;
    }
    /**
     * Once every wanted node is kept, every later line that starts with {@code !} and a digit is
     * skipped whatever follows (an unwanted id, or a spelling {@link #metadata} skips too), so the
     * run of such lines from {@code p}, most of a {@code -g} file, only needs its newlines counted
     * and its line lengths checked. Stops before the first line that is anything else, or whose
     * length or end needs the line-by-line path; false if that is line {@code p} itself.
     */
    private boolean skipNodeRun(int p) {
        int end = lx.end();
        long max = limits.maxLineBytes();
        int ls = p; // start of the line being crossed
        int lines = 0;
        // A word at a time: nl marks the newlines among bytes i..i+7, so the lines they end start
        // at i+1..i+8, which must be '!' (the word at i+1) and a digit (the word at i+2). The
        // length test looks one word ahead, so a line that ends inside the next word is never
        // longer than max; a line near the limit is left to the exact line-by-line path.
        for (int i = p + 2; i <= end - 10; i += 8) {
            long nl = Newlines.newlineBits(buf.getLong(i));
            if (nl != 0) { // the two further loads only here: 2x faster than on every word (measured)
                long bad = nl & ~(Newlines.byteBits(buf.getLong(i + 1), '!') & Newlines.digitBits(buf.getLong(i + 2)));
                if (bad != 0) {
                    long upTo = bad ^ (bad - 1); // the bits up to the first bad newline, which is crossed too
                    lines += Long.bitCount(nl & upTo);
                    ls = i + (Long.numberOfTrailingZeros(bad) >>> 3) + 1;
                    break;
                }
                lines += Long.bitCount(nl);
                ls = i + 8 - (Long.numberOfLeadingZeros(nl) >>> 3);
            }
            if (i + 16 - ls > max) break;
        }
        if (ls == p) return false;
        lx.seek(ls, lx.line() + lines, ls);
        return true;
    }
    private void want(int n, int at) {
        if (u.wanted.add(n)) u.wantedAt.put(n, at);
        u.wantedBits.set(n);
    }
    /** Keeps the text of a wanted node after '=' and asks for the nodes it references. */
    private void captureNode(int n) throws ParseError {
        lx.expect(Tok.EQ, "'=' after a metadata id");
        int from = lx.pos();
        int e = lx.lineEnd(from);
        String text = lx.slice(from, e).trim();
        if (text.startsWith("distinct ")) text = text.substring(9).trim();
        u.nodes.put(n, text);
        boolean inString = false; // a '!3' inside a string is text, not a reference
        for (int i = from; i < e; i++) {
            byte c = buf.get(i);
            if (c == '"') inString = !inString;
            if (inString || c != '!') continue;
            int j = i + 1;
            int ref = 0;
            while (j < e && Lexer.isDigit(buf.get(j))) {
                if (j - i <= 9) ref = ref * 10 + (buf.get(j) - '0');
                j++;
            }
            if (j > i + 1 && j - i <= 10) want(ref, i); // at most 9 digits, as parseIndex takes
        }
        lx.gotoLine(e);
    }
    /** Nodes referenced before they were known to be wanted (hand-written order): scan again. */
    void resolveMissingNodes() throws ParseError {
        for (int round = 0; round < 8; round++) {
            boolean missing = false;
            for (int w : u.wanted) if (!u.nodes.containsKey(w)) { missing = true; break; }
            if (!missing || u.firstNumberedMeta < 0) return;
            int before = u.nodes.size();
            lx.seek(u.firstNumberedMeta, u.firstNumberedMetaLine, u.firstNumberedMeta);
            while (true) {
                Tok t = lx.next();
                if (t == Tok.EOF) break;
                if (t == Tok.META) {
                    int n = Syntax.parseIndex(lx.nameText());
                    if (n >= 0 && u.wanted.contains(n) && !u.nodes.containsKey(n)) { captureNode(n); continue; }
                }
                if (t != Tok.EOL) lx.skipLine();
            }
            if (u.nodes.size() == before) return;
        }
    }
}
