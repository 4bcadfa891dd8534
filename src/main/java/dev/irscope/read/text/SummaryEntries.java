package dev.irscope.read.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The ThinLTO summary entries of a unit: what {@code llvm-dis} prints after the module for bitcode
 * that carries a summary ({@code ^0 = module: (...)}, {@code ^1 = gv: (...)}, {@code typeid},
 * {@code typeidCompatibleVTable}, {@code flags}, {@code blockcount}). irscope needs only whether
 * they are there (the unit's LTO partition, see {@link IrReader}); they are read as LLParser's
 * {@code skipModuleSummaryEntry} walks them (an entry kind, ':', a parenthesised group that may
 * span lines), and checked where llvm-as would refuse a cut or edited summary, with its wording:
 * a reference to a summary id no entry defines, a {@code gv} entry naming a global the module
 * lacks. The fields inside an entry are not checked one by one.
 */
final class SummaryEntries {
    private final Lexer lx;
    private final int maxDepth;
    private int entries;
    private final Set<Long> defined = new HashSet<>();
    /** Ids used before any entry defined them, with the offset of their first use (LLVM reports the lowest). */
    private final TreeMap<Long, Integer> forward = new TreeMap<>();
    /** Each {@code gv: (name: "...")} entry's name: offsets of the word {@code name} and of its string token's ends. */
    private final List<int[]> gvNames = new ArrayList<>();

    SummaryEntries(Lexer lx, int maxDepth) {
        this.lx = lx;
        this.maxDepth = maxDepth;
    }

    /** Whether the unit held any summary entry: its bitcode had a summary block. */
    boolean present() {
        return entries > 0;
    }

    /** At a {@link Tok#SUMMARY} token that starts a top-level entity: reads the entry through its end of line. */
    void entry() throws ParseError {
        long id = id();
        if (lx.next() != Tok.EQ) throw lx.error("expected '=' here");
        Tok t = lx.next();
        String kind = t == Tok.WORD ? lx.text() : "";
        switch (kind) {
            case "flags", "blockcount" -> {
                colon();
                if (lx.next() != Tok.NUMBER || !unsigned()) throw lx.error("expected integer");
            }
            case "module", "gv", "typeid", "typeidCompatibleVTable" -> {
                colon();
                if (lx.next() != Tok.LPAREN) throw lx.error("expected '(' here");
                group(kind.equals("gv"));
            }
            default -> throw lx.error("unexpected summary kind");
        }
        defined.add(id);
        forward.remove(id);
        entries++;
        Tok end = lx.next();
        if (end != Tok.EOL && end != Tok.EOF) throw lx.error("expected top-level entity");
    }

    /**
     * Checks made once the whole unit is read, in LLParser's order: every {@code gv} entry's name
     * is a global of the module ({@code isGlobal}), then every summary id used is defined.
     */
    void check(Predicate<String> isGlobal) throws ParseError {
        for (int[] at : gvNames) {
            String name = lx.unescape(at[1] + 1, at[2] - 1);
            if (!isGlobal.test(name)) throw lx.errorAtOffset(at[0], "Reference to undefined global \"" + name + "\"");
        }
        if (!forward.isEmpty()) {
            Map.Entry<Long, Integer> first = forward.firstEntry();
            throw lx.errorAtOffset(first.getValue(), "use of undefined summary '^" + first.getKey() + "'");
        }
    }

    /** Whether any {@code gv} entry names a global (only then does {@link #check} need the module's globals). */
    boolean namesGlobals() {
        return !gvNames.isEmpty();
    }

    /** The current SUMMARY token's id; LLVM's ids are unsigned 32-bit numbers. */
    private long id() throws ParseError {
        if (lx.stop() - lx.start() - 1 > 10) throw lx.error("invalid value number (too large)");
        long n = 0;
        for (int i = lx.start() + 1; i < lx.stop(); i++) n = n * 10 + (lx.byteAt(i) - '0');
        if (n > 0xffffffffL) throw lx.error("invalid value number (too large)");
        return n;
    }

    private void colon() throws ParseError {
        if (lx.next() != Tok.COLON) throw lx.error("expected ':' here");
    }

    /** The current NUMBER token is an unsigned decimal integer (no sign, no fraction, no suffix). */
    private boolean unsigned() {
        for (int i = lx.start(); i < lx.stop(); i++) if (!Lexer.isDigit((byte) lx.byteAt(i))) return false;
        return true;
    }

    /**
     * At the '(' after the entry kind: through its matching ')', newlines included, noting the
     * summary ids used and, for a {@code gv} entry, its {@code name:} string.
     */
    private void group(boolean gv) throws ParseError {
        int depth = 1;
        int k = 0; // tokens seen at depth 1 of a gv entry: name, ':', the string
        int nameAt = -1;
        while (depth > 0) {
            Tok t = lx.next();
            switch (t) {
                case LPAREN -> {
                    if (++depth > maxDepth) throw lx.error("nesting deeper than " + maxDepth + " (ReaderLimits.maxDepth)");
                }
                case RPAREN -> depth--;
                case SUMMARY -> use(id());
                case EOF -> throw lx.error("expected ')' here");
                default -> { }
            }
            if (gv && depth == 1 && t != Tok.EOL) {
                if (k == 0) {
                    nameAt = lx.start();
                    gv = lx.is("name");
                }
                else if (k == 1 && t != Tok.COLON) gv = false;
                else if (k == 2) {
                    if (t == Tok.STRING) gvNames.add(new int[] {nameAt, lx.start(), lx.stop()});
                    gv = false;
                }
                k++;
            }
        }
    }

    private void use(long id) {
        if (!defined.contains(id)) forward.putIfAbsent(id, lx.start());
    }
}
