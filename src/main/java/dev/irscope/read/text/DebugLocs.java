package dev.irscope.read.text;

import dev.irscope.ir.DebugLoc;
import dev.irscope.ir.DebugRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a call's {@code !dbg !N} when an answer shows it, from the unit's bytes (kept by the
 * module's calls through their {@link DebugRef}s; a mapped file stays mapped, nothing is copied):
 * {@code !N = !DILocation(line:, column:, scope: !S)}, the scope's {@code file: !F} (a
 * DISubprogram, DILexicalBlock or DILexicalBlockFile: {@code DILocation::getFile} is its scope's
 * file) and {@code !F = !DIFile(filename:, directory:)}. Printed IR writes numbered nodes in
 * ascending order, so a node is found by bisection over the trailing metadata; hand-written IR
 * out of order falls back to one index of every numbered line. Resolving at read time instead
 * cost more than the whole read of an 85 MB {@code -g} unit with 48,000 located calls
 * (measured with bench/CompareJars), for the few calls an answer shows.
 */
final class DebugLocs implements DebugRef.Resolver {
    private final Bytes b;
    private final int start;
    private final int end;
    private final byte[][] scratch = {new byte[256]};
    private final Map<Integer, Optional<DebugLoc>> locations = new HashMap<>();
    private final Map<Integer, Optional<String[]>> scopes = new HashMap<>(); // scope id -> {filename, directory}
    private Map<Integer, Integer> index; // id -> line start, made only if the order is not printed IR's

    /** Nodes start at {@code start}, the first numbered metadata line (-1: there is none). */
    DebugLocs(Bytes b, int start) {
        this.b = b;
        this.start = start;
        this.end = b.limit();
    }

    @Override
    public synchronized Optional<DebugLoc> location(int id) {
        if (id < 0 || start < 0) return Optional.empty();
        return locations.computeIfAbsent(id, this::resolve);
    }

    private Optional<DebugLoc> resolve(int id) {
        int ls = find(id);
        if (ls < 0) return Optional.empty();
        int e = Newlines.find(b, ls, end);
        int body = body(ls, e);
        if (!startsWith(body, e, "!DILocation(")) return Optional.empty();
        int line = number(body, e, "line");
        int column = number(body, e, "column");
        int scope = ref(body, e, "scope");
        if (line < 0 || column < 0 || scope < 0) return Optional.empty();
        return scopes.computeIfAbsent(scope, this::scopeFile).map(f -> new DebugLoc(f[0], f[1], line, column));
    }

    private Optional<String[]> scopeFile(int scope) {
        int ls = find(scope);
        if (ls < 0) return Optional.empty();
        int e = Newlines.find(b, ls, end);
        int file = ref(body(ls, e), e, "file");
        int fs = file < 0 ? -1 : find(file);
        if (fs < 0) return Optional.empty();
        int fe = Newlines.find(b, fs, end);
        int body = body(fs, fe);
        if (!startsWith(body, fe, "!DIFile(")) return Optional.empty();
        String name = string(body, fe, "filename");
        String dir = string(body, fe, "directory");
        return name == null ? Optional.empty() : Optional.of(new String[] {name, dir == null ? "" : dir});
    }

    /** The start of the line that defines {@code !id}, or -1. */
    private int find(int id) {
        if (index == null) {
            int lo = start, hi = end; // the first line whose id is >= id
            while (lo < hi) {
                int mid = lo + (hi - lo) / 2;
                int got = idAt(lineFrom(mid));
                if (got == -2) { lo = -1; break; } // another kind of line among the nodes
                if (got >= id || got == -1) hi = mid;
                else lo = mid + 1;
            }
            if (lo >= 0) {
                int ls = lineFrom(lo);
                if (idAt(ls) == id) return ls;
            }
            index = index(); // not in printed order, or a node that is not there: look once at every line
        }
        return index.getOrDefault(id, -1);
    }

    /** The first line start at or after {@code p}, or {@code end}. */
    private int lineFrom(int p) {
        if (p <= start) return start;
        return Math.min(Newlines.find(b, p - 1, end) + 1, end);
    }

    /** The id of the numbered node at line start {@code ls}; -1 at the end, -2 for another kind of line. */
    private int idAt(int ls) {
        if (ls >= end) return -1;
        if (b.get(ls) != '!' || ls + 1 >= end || !Lexer.isDigit(b.get(ls + 1))) return -2;
        int n = digits(ls + 1, end);
        return n < 0 ? -2 : n;
    }

    private Map<Integer, Integer> index() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int ls = start; ls < end; ls = Newlines.find(b, ls, end) + 1) {
            int id = idAt(ls);
            if (id >= 0) m.putIfAbsent(id, ls);
        }
        return m;
    }

    /** Where the node's value starts on its line {@code [ls, e)}: after {@code =} and {@code distinct}. */
    private int body(int ls, int e) {
        int p = ls + 1;
        while (p < e && Lexer.isDigit(b.get(p))) p++;
        while (p < e && (b.get(p) == ' ' || b.get(p) == '=')) p++;
        if (startsWith(p, e, "distinct ")) p += 9;
        while (p < e && b.get(p) == ' ') p++;
        return p;
    }

    private boolean startsWith(int p, int e, String s) {
        if (p + s.length() > e) return false;
        for (int i = 0; i < s.length(); i++) if (b.get(p + i) != s.charAt(i)) return false;
        return true;
    }

    /**
     * Where the value of {@code key:} starts among the top-level fields of the node in {@code [p, e)},
     * or -1 (strings skipped: LLVM writes a quote inside one as {@code \22}).
     */
    private int field(int p, int e, String key) {
        boolean str = false;
        int depth = 0;
        for (int i = p; i < e; i++) {
            byte c = b.get(i);
            if (c == '"') str = !str;
            if (str) continue;
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 1 && i > p && (b.get(i - 1) == '(' || b.get(i - 1) == ' ')
                    && startsWith(i, e, key) && startsWith(i + key.length(), e, ": ")) {
                return i + key.length() + 2;
            }
        }
        return -1;
    }

    /** An unsigned number field; 0 when omitted (LLVM omits a zero line or column), -1 when malformed. */
    private int number(int p, int e, String key) {
        int v = field(p, e, key);
        return v < 0 ? 0 : digits(v, e);
    }

    /** The id of a {@code key: !N} field, or -1. */
    private int ref(int p, int e, String key) {
        int v = field(p, e, key);
        if (v < 0 || v >= e || b.get(v) != '!') return -1;
        return digits(v + 1, e);
    }

    /** The decimal number at {@code q}, or -1. */
    private int digits(int q, int e) {
        long n = 0;
        int s = q;
        for (; q < e && Lexer.isDigit(b.get(q)) && n <= Integer.MAX_VALUE; q++) n = n * 10 + (b.get(q) - '0');
        return q == s || n > Integer.MAX_VALUE ? -1 : (int) n;
    }

    /** A {@code key: "..."} field, unescaped, or null. */
    private String string(int p, int e, String key) {
        int v = field(p, e, key);
        if (v < 0 || v >= e || b.get(v) != '"') return null;
        int q = v + 1;
        while (q < e && b.get(q) != '"') q++;
        if (q >= e) return null;
        return Lexer.unescape(b, v + 1, q, scratch);
    }
}
