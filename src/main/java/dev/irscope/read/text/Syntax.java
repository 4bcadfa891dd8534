package dev.irscope.read.text;

import dev.irscope.ir.KnownAttributes;
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
 * The token-level pieces every phase of the reader shares: attributes (one, or an
 * {@code attributes #N = { ... }} group), bracketed groups skipped or kept as text, and the
 * interning of names and words. One per reader, over its {@link UnitState}.
 */
final class Syntax extends Phase {

    Syntax(UnitState u) {
        super(u);
    }

    void attributeGroup() throws ParseError {
        lx.expect(Tok.GROUP, "an attribute group id '#N'");
        int id = groupId();
        lx.expect(Tok.EQ, "'='");
        lx.expect(Tok.LBRACE, "'{'");
        List<Attribute> attrs = new ArrayList<>();
        while (true) {
            Tok t = lx.next();
            if (t == Tok.RBRACE) break;
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected '}' at end of attribute group");
            if (attrs.size() >= limits.maxAttributesPerGroup()) {
                throw lx.error("more than " + limits.maxAttributesPerGroup()
                        + " attributes in attribute group #" + id + " (ReaderLimits.maxAttributesPerGroup)");
            }
            attrs.add(attribute(t));
        }
        u.rawGroups.put(id, attrs);
        lx.endOfLine();
    }
    int groupId() throws ParseError {
        int n = 0;
        if (lx.stop() - lx.start() - 1 > 9) throw lx.error("attribute group id out of range");
        for (int i = lx.start() + 1; i < lx.stop(); i++) n = n * 10 + (buf.get(i) - '0'); // GROUP is '#' and digits
        return n;
    }
    /** One attribute starting at the current token (WORD or STRING). */
    Attribute attribute(Tok t) throws ParseError {
        if (t == Tok.STRING) {
            String key = lx.stringValue();
            if (lx.peekByte() == '=') {
                lx.next();
                lx.expect(Tok.STRING, "a string value after '='");
                return new Attribute.Str(key, lx.stringValue());
            }
            return new Attribute.Str(key, "");
        }
        if (t != Tok.WORD) throw lx.error("expected an attribute");
        String w = internSlice(lx.start(), lx.stop());
        int at = lx.start();
        int atLine = lx.line();
        int n = lx.peekByte();
        Attribute a;
        if (n == '(' && lx.adjacentNext()) {
            lx.next();
            a = new Attribute.Valued(w, groupInner(), false);
        } else if (n == '=') {
            lx.next();
            lx.next(); // alignstack=16 inside attribute groups
            a = new Attribute.Valued(w, lx.text(), false);
        } else if ((w.equals("align") || w.equals("alignstack")) && lx.peek() == Tok.NUMBER) {
            lx.next();
            a = new Attribute.Valued(w, lx.text(), true);
        } else {
            a = new Attribute.Flag(w);
        }
        if (!KnownAttributes.known(w) && !u.unknown.containsKey(w)) {
            u.unknown.put(w, new Note(atLine, "unknown attribute '" + w + "' kept as written"));
        }
        return a;
    }
    /** At an opener: consumes through the matching closer and returns the text between them. */
    String groupInner() throws ParseError {
        int from = lx.stop();
        skipGroup();
        return lx.slice(from, lx.start()).trim();
    }
    /** At an opener; consumes through its matching closer (strings are single tokens, so are safe). */
    void skipGroup() throws ParseError {
        int depth = 0;
        int open = lx.start();
        int openLine = lx.line();
        int openLineStart = lx.lineStart();
        Tok t = lx.kind();
        while (true) {
            switch (t) {
                case LPAREN, LBRACE, LBRACKET, LT -> {
                    // Iterative, so no stack is at risk; the bound stops a hostile line from
                    // being walked token by token for nothing (100k nested '[1 x').
                    if (++depth > limits.maxDepth()) {
                        throw lx.error("nesting deeper than " + limits.maxDepth() + " (ReaderLimits.maxDepth)");
                    }
                }
                case RPAREN, RBRACE, RBRACKET, GT -> depth--;
                case EOL, EOF -> throw lx.errorAt(open, openLine, openLineStart, "unbalanced '"
                        + (char) buf.get(open) + "': no matching close on this line");
                default -> { }
            }
            if (depth == 0) return;
            t = lx.next();
        }
    }
    /** The text of the current item: one token, or a whole bracketed group. */
    String item() throws ParseError {
        int from = lx.start();
        if (isOpener(lx.kind())) skipGroup();
        return lx.slice(from, lx.stop());
    }
    static boolean isOpener(Tok t) {
        return t == Tok.LPAREN || t == Tok.LBRACE || t == Tok.LBRACKET || t == Tok.LT;
    }
    static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        for (int i = 0; i < s.length(); i++) if (!Lexer.isDigit((byte) s.charAt(i))) return -1;
        return Integer.parseInt(s);
    }
    /** {@code lx.slice(from, to)}, one String per spelling: repeats cost no copy. */
    String internSlice(int from, int to) {
        return names.words().get(from, to);
    }
    /** {@code lx.nameText()} of a GLOBAL, LOCAL or COMDAT token, one String per spelling: repeats cost no copy. */
    String internName() {
        int s = lx.start() + 1;
        if (s < lx.stop() && buf.get(s) == '"') return names.quoted().get(s + 1, lx.stop() - 1);
        return names.words().get(s, lx.stop());
    }
}
