package dev.irscope.repro;

import dev.irscope.demangle.Names;
import dev.irscope.ir.Alias;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.read.text.TopLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts one unit down to a few functions, by line ranges of the original text: the kept functions
 * with their bodies, declarations for every global they name, and the types, comdats, attribute
 * groups, module header and metadata nodes that text references, transitively. Debug info is dropped
 * (attachments, records, {@code llvm.dbg.*} calls, and references to {@code !DI*} nodes inside kept
 * tuples) because a valid debug-info graph needs the whole compile unit; nothing else is rewritten,
 * so LLVM sees the very attributes that refused the inline.
 */
public final class ReproCutter {
    private static final Pattern ATTACHMENT = Pattern.compile("(,\\s*|\\s+)!([A-Za-z_][A-Za-z0-9_.]*)\\s+!(\\d+)");
    private static final Pattern BLOCK_ADDRESS = Pattern.compile("blockaddress\\(\\s*(@(?:\"[^\"]*\"|[-\\w$.]+))");
    private static final Pattern NODE_TUPLE = Pattern.compile("^(!\\d+ = (?:distinct )?!\\{)(.*)(\\})\\s*$");
    private static final Set<String> LINKAGES = Set.of("private", "internal", "available_externally", "linkonce", "weak",
            "common", "appending", "extern_weak", "linkonce_odr", "weak_odr", "external");

    private final Module module;
    private final List<String> lines = new ArrayList<>();
    private final boolean[] inBody;
    private final Map<String, Integer> globals = new HashMap<>(); // "@name" -> line index, aliases included
    private final TreeMap<String, Integer> blockAddressGlobals = new TreeMap<>(); // the globals whose line has blockaddress(
    private final Map<String, Integer> types = new HashMap<>();   // "%name"
    private final Map<String, Integer> comdats = new HashMap<>(); // "$name"
    private final Map<Integer, Integer> groups = new HashMap<>(); // #N
    private final Map<Integer, Integer> nodes = new HashMap<>();  // !N
    private final Set<Integer> debugNodes = new HashSet<>();
    private final Map<String, Function> functions = new HashMap<>();
    private final List<Integer> header = new ArrayList<>();
    private final List<Integer> named = new ArrayList<>();

    ReproCutter(Module module, java.nio.ByteBuffer bytes) {
        this.module = module;
        java.nio.ByteBuffer b = bytes.duplicate();
        b.rewind();
        byte[] raw = new byte[b.remaining()];
        b.get(raw);
        for (String l : new String(raw, StandardCharsets.UTF_8).split("\n", -1)) {
            lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        inBody = new boolean[lines.size()];
        for (Function f : module.functions()) {
            functions.put(raw(f.name()), f);
            if (!f.defined()) continue;
            int[] r = span(f);
            for (int i = r[0] + 1; i <= r[1] && i < inBody.length; i++) inBody[i] = true;
        }
        index();
    }

    /**
     * The 0-based first and last line of a function's text: the reader counts a body from its
     * define line to just past the closing brace; a header split over lines is followed to its brace.
     */
    int[] span(Function f) {
        int start = f.line() - 1;
        if (!f.defined()) return new int[] {start, start};
        int end = Math.max(start, Math.min(start + f.body().lines() - 1, lines.size() - 1));
        while (end + 1 < lines.size() && !lines.get(end).stripTrailing().endsWith("}")) end++;
        return new int[] {start, end};
    }

    private static String raw(String name) {
        return Names.symbol(name);
    }

    private void index() {
        for (int i = 0; i < lines.size(); i++) {
            if (inBody[i]) continue;
            String l = lines.get(i);
            if (l.isEmpty()) continue;
            switch (l.charAt(0)) {
                case '@' -> {
                    globals.put(leadingName(l), i);
                    if (l.contains("blockaddress(")) blockAddressGlobals.put(leadingName(l), i);
                }
                case '%' -> { if (l.contains(" = type")) types.put(leadingName(l), i); }
                case '$' -> comdats.put(leadingName(l), i);
                case '!' -> {
                    if (l.length() > 1 && Character.isDigit(l.charAt(1))) {
                        int n = Integer.parseInt(l.substring(1, digitsEnd(l, 1)));
                        nodes.put(n, i);
                        String def = l.substring(l.indexOf('=') + 1).trim();
                        if (def.startsWith("distinct ")) def = def.substring(9).trim();
                        if (def.startsWith("!DI")) debugNodes.add(n);
                    } else if (l.startsWith("!llvm.module.flags ") || l.startsWith("!llvm.ident ")) {
                        named.add(i);
                    }
                }
                case 'a' -> {
                    if (l.startsWith("attributes #")) groups.put(Integer.parseInt(l.substring(12, digitsEnd(l, 12))), i);
                }
                case 's', 't' -> {
                    if (l.startsWith("source_filename ") || l.startsWith("target datalayout ") || l.startsWith("target triple ")) header.add(i);
                }
                default -> { }
            }
        }
    }

    private static int digitsEnd(String s, int from) {
        int e = from;
        while (e < s.length() && Character.isDigit(s.charAt(e))) e++;
        return e;
    }

    /** The {@code @name}, {@code %name} or {@code $name} a top-level line starts with, quotes kept. */
    private static String leadingName(String l) {
        if (l.length() > 1 && l.charAt(1) == '"') {
            int e = l.indexOf('"', 2);
            return e < 0 ? l : l.substring(0, e + 1);
        }
        int e = 1;
        while (e < l.length() && nameChar(l.charAt(e))) e++;
        return l.substring(0, e);
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '-';
    }

    /** The unit cut down to {@code roots} (kept with bodies) and, when given, one alias kept verbatim. */
    String cut(List<Function> roots, Optional<Alias> alias) {
        Set<String> defined = new HashSet<>();
        StringBuilder rootText = new StringBuilder();
        ArrayDeque<String> work = new ArrayDeque<>();
        Set<String> comdatRefs = new HashSet<>();
        for (Function f : roots) {
            defined.add(raw(f.name()));
            int[] r = span(f);
            StringBuilder t = new StringBuilder();
            for (int i = r[0]; i <= r[1]; i++) clean(lines.get(i)).ifPresent(s -> t.append(s).append('\n'));
            String first = clean(lines.get(r[0])).orElse("");
            if (Pattern.compile("\\bcomdat\\b(?!\\()").matcher(topLevelOnly(first)).find()) comdatRefs.add("$" + raw(f.name()).substring(1));
            rootText.append(rootText.length() > 0 ? "\n" : "").append(t);
            work.add(t.toString());
        }
        alias.ifPresent(a -> {
            defined.add(raw(a.name()));
            String t = clean(lines.get(a.line() - 1)).orElse("");
            rootText.append(t).append('\n');
            work.add(t);
        });
        for (int i : named) work.add(lines.get(i));

        TreeMap<Integer, String> decls = new TreeMap<>();   // by original line: globals, then functions
        TreeMap<Integer, String> keptTypes = new TreeMap<>();
        TreeMap<Integer, String> keptComdats = new TreeMap<>();
        TreeMap<Integer, String> keptGroups = new TreeMap<>();
        TreeMap<Integer, String> keptNodes = new TreeMap<>();
        Set<String> seen = new HashSet<>(defined);
        // A global whose initializer takes the address of a kept body's block is kept whole: that
        // blockaddress is what stops LLVM inlining the body (a computed-goto table).
        for (Map.Entry<String, Integer> g : blockAddressGlobals.entrySet()) {
            String t = clean(lines.get(g.getValue())).orElse("");
            if (takesOnlyBlocksOf(t, defined) && seen.add(g.getKey())) {
                decls.put(g.getValue(), t);
                work.add(t);
            }
        }
        for (String c : comdatRefs) Optional.ofNullable(comdats.get(c)).ifPresent(i -> keptComdats.put(i, lines.get(i)));
        while (!work.isEmpty()) {
            Refs refs = Refs.scan(work.poll());
            for (String g : refs.globals) {
                if (!seen.add(g)) continue;
                declaration(g).ifPresent(d -> {
                    decls.put(d.line(), d.text());
                    work.add(d.text());
                });
            }
            for (String t : refs.locals) {
                Integer i = types.get(t);
                if (i != null && keptTypes.putIfAbsent(i, lines.get(i)) == null) work.add(lines.get(i));
            }
            for (String c : refs.comdats) {
                Integer i = comdats.get(c);
                if (i != null) keptComdats.put(i, lines.get(i));
            }
            for (int n : refs.groups) {
                Integer i = groups.get(n);
                if (i != null && keptGroups.putIfAbsent(n, lines.get(i)) == null) work.add(lines.get(i));
            }
            for (int n : refs.nodes) {
                Integer i = nodes.get(n);
                if (i == null || debugNodes.contains(n) || keptNodes.containsKey(n)) continue;
                String t = cleanNode(lines.get(i));
                keptNodes.put(n, t);
                work.add(t);
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("; irscope minimal repro cut from ").append(module.path()).append(": ");
        for (int i = 0; i < roots.size(); i++) out.append(i > 0 ? ", " : "").append(raw(roots.get(i).name()));
        out.append(" with body, and only what it references\n");
        for (int i : header) out.append(lines.get(i)).append('\n');
        section(out, keptTypes.values());
        section(out, keptComdats.values());
        List<String> globalDecls = new ArrayList<>(), fnDecls = new ArrayList<>();
        for (String d : decls.values()) (d.startsWith("declare") ? fnDecls : globalDecls).add(d);
        section(out, globalDecls);
        out.append('\n').append(rootText);
        for (String d : fnDecls) out.append('\n').append(d).append('\n');
        section(out, keptGroups.values());
        List<String> namedLines = new ArrayList<>();
        for (int i : named) namedLines.add(lines.get(i));
        section(out, namedLines);
        section(out, keptNodes.values());
        return out.toString();
    }

    /** The line takes some block's address, and only blocks of {@code defined} functions (a declaration has none). */
    private static boolean takesOnlyBlocksOf(String line, Set<String> defined) {
        Matcher m = BLOCK_ADDRESS.matcher(line);
        boolean any = false;
        while (m.find()) {
            if (!defined.contains(m.group(1))) return false;
            any = true;
        }
        return any;
    }

    private static void section(StringBuilder out, java.util.Collection<String> ls) {
        if (ls.isEmpty()) return;
        out.append('\n');
        for (String l : ls) out.append(l).append('\n');
    }

    private record Decl(int line, String text) {}

    /** A declaration for a global the kept text names; a definition becomes an external declaration. */
    private Optional<Decl> declaration(String name) {
        Function f = functions.get(name);
        if (f != null) {
            int i = f.line() - 1;
            String text = clean(lines.get(i)).orElse("");
            return Optional.of(new Decl(i, f.defined() ? declare(text, raw(f.name()), name) : text));
        }
        Integer i = globals.get(name);
        if (i == null) return Optional.empty();
        Optional<Alias> a = module.aliases().stream().filter(x -> raw(x.name()).equals(name)).findFirst();
        if (a.isPresent()) {
            Optional<Function> target = a.get().target().flatMap(module::function);
            if (target.isEmpty()) return Optional.empty();
            String text = clean(lines.get(target.get().line() - 1)).orElse("");
            return Optional.of(new Decl(i, declare(text, raw(target.get().name()), name)));
        }
        return Optional.of(new Decl(i, externalGlobal(clean(lines.get(i)).orElse(""), name)));
    }

    /**
     * {@code define} header to {@code declare}: linkage, comdat, section and partition go (a
     * declaration may carry none of them), as does everything from prefix/prologue/personality on.
     */
    static String declare(String defineLine, String oldName, String newName) {
        String h = defineLine.stripTrailing();
        if (h.endsWith("{")) h = h.substring(0, h.length() - 1);
        List<String> toks = tokens(h.trim());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (i == 0 && t.equals("define")) { out.add("declare"); continue; }
            if (LINKAGES.contains(t)) continue;
            if (t.equals("comdat") || t.startsWith("comdat(")) continue;
            if (t.equals("section") || t.equals("partition")) { i++; continue; }
            if (t.equals("prefix") || t.equals("prologue") || t.equals("personality") || t.startsWith("!")) break;
            out.add(t.startsWith(oldName + "(") ? newName + t.substring(oldName.length()) : t);
        }
        return String.join(" ", out);
    }

    /** {@code @g = internal global [4 x i8] c"..."} to {@code @g = external global [4 x i8]}. */
    static String externalGlobal(String line, String name) {
        String rest = line.substring(line.indexOf('=') + 1).trim();
        List<String> toks = tokens(rest);
        if (!toks.isEmpty() && (toks.get(0).equals("external") || toks.get(0).equals("extern_weak"))) return line;
        List<String> out = new ArrayList<>();
        out.add(name);
        out.add("=");
        out.add("external");
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (LINKAGES.contains(t)) continue;
            out.add(t);
            if (t.equals("global") || t.equals("constant")) {
                if (i + 1 < toks.size()) out.add(stripComma(toks.get(i + 1)));
                if (i + 2 < toks.size() && toks.get(i + 2).startsWith("addrspace(")) out.add(stripComma(toks.get(i + 2)));
                break;
            }
        }
        return String.join(" ", out);
    }

    private static String stripComma(String t) {
        return t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
    }

    /** Splits on spaces outside quotes and brackets, so {@code { i32, ptr }} and {@code "a b"} stay whole. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (str) {
                cur.append(c);
                if (c == '"') str = false;
                continue;
            }
            switch (c) {
                case '"' -> { str = true; cur.append(c); }
                case '(', '[', '{', '<' -> { depth++; cur.append(c); }
                case ')', ']', '}', '>' -> { depth--; cur.append(c); }
                case ' ', '\t' -> {
                    if (depth > 0) cur.append(c);
                    else if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
                }
                default -> cur.append(c);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /** The line outside strings and comments, for keyword searches. */
    private static String topLevelOnly(String s) {
        StringBuilder b = new StringBuilder();
        boolean str = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') str = !str;
            else if (!str && c == ';') break;
            else if (!str) b.append(c);
        }
        return b.toString();
    }

    /** The line without debug info; empty if the whole line is debug info. */
    Optional<String> clean(String line) {
        String t = line.trim();
        if (t.startsWith("#dbg_") || t.contains("@llvm.dbg.")) return Optional.empty();
        if (!line.contains("!")) return Optional.of(line);
        Matcher m = ATTACHMENT.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            boolean drop = m.group(2).equals("dbg") || debugNodes.contains(Integer.parseInt(m.group(3)));
            m.appendReplacement(b, drop ? "" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(b);
        return Optional.of(b.toString());
    }

    /** A kept tuple node without operands that are debug-info nodes (a loop's DILocations). */
    private String cleanNode(String line) {
        Matcher m = NODE_TUPLE.matcher(line);
        if (!m.matches()) return line;
        List<String> keep = new ArrayList<>();
        for (String op : operands(m.group(2))) {
            String o = op.trim();
            if (o.matches("!\\d+") && debugNodes.contains(Integer.parseInt(o.substring(1)))) continue;
            keep.add(o);
        }
        return m.group(1) + String.join(", ", keep) + m.group(3);
    }

    /** The operands of a tuple's inside; a blank text after the last comma is not one. */
    private static List<String> operands(String s) {
        List<String> out = TopLevel.split(s);
        if (out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        return out;
    }

    /** The names a piece of IR text references, outside strings and comments. */
    private record Refs(Set<String> globals, Set<String> locals, Set<String> comdats, Set<Integer> groups, Set<Integer> nodes) {
        static Refs scan(String text) {
            Refs r = new Refs(new java.util.LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), new java.util.TreeSet<>(), new java.util.TreeSet<>());
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == ';') { // comment to end of line
                    while (i < n && text.charAt(i) != '\n') i++;
                    continue;
                }
                if (c == '"') { // string literal (names like @"a b" are handled below, before we get here)
                    i++;
                    while (i < n && text.charAt(i) != '"') i++;
                    continue;
                }
                if ((c == '@' || c == '%' || c == '$') && i + 1 < n) {
                    int e;
                    if (text.charAt(i + 1) == '"') {
                        e = text.indexOf('"', i + 2);
                        e = e < 0 ? n : e + 1;
                    } else {
                        e = i + 1;
                        while (e < n && nameChar(text.charAt(e))) e++;
                    }
                    if (e > i + 1) {
                        String name = text.substring(i, e);
                        (c == '@' ? r.globals : c == '%' ? r.locals : r.comdats).add(name);
                    }
                    i = e - 1;
                } else if ((c == '#' || c == '!') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                    int e = digitsEnd(text, i + 1);
                    int v = Integer.parseInt(text.substring(i + 1, e));
                    (c == '#' ? r.groups : r.nodes).add(v);
                    i = e - 1;
                }
            }
            return r;
        }
    }
}
