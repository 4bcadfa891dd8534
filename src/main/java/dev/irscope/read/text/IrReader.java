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
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads one textual IR unit into a {@link Module}: a recursive-descent reader over {@link Lexer}
 * tokens for everything at top level, and a line-jumping scanner for function bodies that only
 * lexes lines whose opcode is a call. Global initializers and debug metadata, most of the bytes of
 * real files, are skipped a line at a time without being tokenised.
 */
public final class IrReader {
    private final String file;
    private final Bytes buf;
    private final Lexer lx;
    private final ReaderLimits limits;

    private String moduleId;
    private String sourceFilename;
    private String datalayout;
    private String triple;
    private boolean moduleAsm;
    private final List<Integer> flagRefs = new ArrayList<>();
    private final List<Integer> identRefs = new ArrayList<>();
    private final Set<Integer> wanted = new HashSet<>();
    /** Where each wanted node is first referenced (a byte offset), for the error if it is never defined. */
    private final Map<Integer, Integer> wantedAt = new HashMap<>();
    private final BitSet wantedBits = new BitSet(); // the same ids, tested without boxing per line
    private final Map<Integer, String> nodes = new HashMap<>();
    private int firstNumberedMeta = -1;
    private int firstNumberedMetaLine;

    private final List<PendingFunction> functions = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final List<String> globalNames = new ArrayList<>(); // global variables', for summary gv entries
    private final SummaryEntries summary;
    private final Map<Integer, List<Attribute>> rawGroups = new HashMap<>();
    private final List<String> comdats = new ArrayList<>();
    private final Map<String, Note> unknown = new LinkedHashMap<>();
    /** Functions named by a {@code blockaddress(@f, ...)} outside metadata and callbr: their blocks have their address taken. */
    private final Set<String> blockTargets = new HashSet<>();
    private final Set<String> globalRefs = new HashSet<>(); // @names in global variables' initializers
    private final List<String> lineTargets = new ArrayList<>(1); // one line's, kept unless the line is a callbr
    private final Names names;
    private final Map<List<Attribute>, AttributeSet> paramSets = new HashMap<>();
    /** Off only in {@link #readPlain}: the shortcuts that must give what the token-by-token path gives. */
    private boolean fastPaths = true;
    /** Whether a call has a {@code !dbg}: only then does the module keep a {@link DebugLocs} (and the bytes). */
    private boolean sawDbg;

    /**
     * One String per spelling: attribute words, types and plain names ({@code words}) and the
     * insides of quoted names, unescaped ({@code quoted}). Interners of the whole input, not of one
     * part, so a thread that reads many parts decodes each name once, not once a part.
     */
    private record Names(SliceInterner words, SliceInterner quoted) {
        static Names of(Bytes whole) {
            byte[][] scratch = {new byte[256]};
            return new Names(new SliceInterner(whole, (f, t) -> Lexer.slice(whole, f, t, scratch)),
                    new SliceInterner(whole, (f, t) -> Lexer.unescape(whole, f, t, scratch)));
        }
    }

    private IrReader(String file, Bytes buf, ReaderLimits limits) {
        this(file, buf, limits, Names.of(buf));
    }

    /** {@code names} must be of the whole input {@code buf} is a part of, and used by this thread alone. */
    private IrReader(String file, Bytes buf, ReaderLimits limits, Names names) {
        this.file = file;
        this.buf = buf;
        this.limits = limits;
        this.lx = new Lexer(file, buf);
        lx.maxLineBytes = limits.maxLineBytes();
        this.names = names;
        this.summary = new SummaryEntries(lx, limits.maxDepth());
    }

    /** A reader of {@code buf} from {@code start}, a line start, which is line {@code line} of the file. */
    private IrReader(String file, Bytes buf, ReaderLimits limits, Names names, int start, int line) {
        this(file, buf, limits, names);
        lx.seek(start, line, start);
    }

    /**
     * Inputs at least this big are read in parts on several threads ({@link #readParts}); the
     * system property {@code irscope.splitMinBytes} overrides it (0 splits every input; the
     * equivalence tests cut inputs themselves, through {@link #readPartsAt}).
     */
    private static final long SPLIT_MIN_BYTES = Long.getLong("irscope.splitMinBytes", 16L << 20);

    /**
     * Bytes of functions per part (system property {@code irscope.partBytes}): small enough that the
     * threads finish within a part of each other, big enough that joining parts costs little.
     */
    private static final int PART_BYTES = Integer.getInteger("irscope.partBytes", 4 << 20);

    /** Threads one read uses at most (the calling thread included). */
    private static final int MAX_THREADS = 4;

    /**
     * The system property {@code irscope.threads} sets the threads one read uses, for benchmarks
     * ({@code 1} reads the parts one after another on the calling thread, to measure one core).
     */
    private static final int THREADS = Integer.getInteger("irscope.threads", 0);

    /** Reads a whole unit with the default {@link ReaderLimits}; {@code name} labels every diagnostic. */
    public static Module read(String name, ByteBuffer bytes) throws ParseError {
        return read(name, bytes, ReaderLimits.DEFAULTS);
    }

    /** Reads a whole unit; input past one of {@code limits} is a located {@link ParseError}. */
    public static Module read(String name, ByteBuffer bytes, ReaderLimits limits) throws ParseError {
        return read(name, Bytes.of(bytes), limits);
    }

    /** {@link #read(String, ByteBuffer, ReaderLimits)} of bytes already wrapped (tests pass either kind). */
    static Module read(String name, Bytes b, ReaderLimits limits) throws ParseError {
        try {
            return readBytes(name, b, limits);
        } finally {
            Reference.reachabilityFence(b); // b reads a mapping through its address: keep the buffer until done
        }
    }

    private static Module readBytes(String name, Bytes b, ReaderLimits limits) throws ParseError {
        refuseCrOnlyLines(name, b);
        int threads = THREADS > 0 ? THREADS : Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
        if (b.limit() >= Math.max(SPLIT_MIN_BYTES, 2)) {
            Module m = readParts(name, b, limits, partStarts(b), threads, PARALLEL_BUILD_MIN);
            if (m != null) return m;
        }
        return new IrReader(name, b, limits).module();
    }

    /**
     * A file whose first line ends in a CR alone uses CR-only line endings (classic Mac OS). LLVM
     * reads it (its lexer takes '\r' as a blank and ends a comment there), but this reader works a
     * line at a time on '\n': the whole file would be one line, read as a comment or a skipped
     * global, giving an empty module. Refused with a located error instead; one search that stops
     * at the first line's end, so other files pay nothing. (A lone CR later in an LF file is a
     * blank, as for LLVM, wherever the reader tokenises.)
     */
    private static void refuseCrOnlyLines(String name, Bytes b) throws ParseError {
        int end = b.limit();
        int e = Newlines.findEither(b, 0, end, (byte) '\r');
        if (e >= end || b.get(e) != '\r' || (e + 1 < end && b.get(e + 1) == '\n')) return;
        Lexer lx = new Lexer(name, b);
        ParseError at = lx.errorAt(e, 1, 0, "");
        throw new ParseError(name, 1, at.column(), "line ends in a carriage return alone (CR-only line endings):"
                + " irscope reads lines ending in LF or CR LF; convert the file, e.g. tr '\\r' '\\n' < IN > OUT",
                lx.slice(0, Math.min(e, 4096)));
    }

    /**
     * Reads the unit as parts at once, each from one of {@code starts} (line starts, the first 0) to
     * the next, on {@code threads} threads that take the next unread part until none is left; the
     * last part (the trailing metadata, when there is any) is taken first, being the largest.
     * Each part's lines are numbered from 1 and renumbered when the parts are joined in file order.
     * The sequential reader crosses a line boundary only inside a function body or a multi-line
     * string, and either would make a part fail at its end; so when every part reads cleanly, no
     * part but the last held metadata (the only state a later part reads back), and the function
     * count is within its limit, the join equals the sequential result. In every other case (any
     * error included, so errors keep their exact place and message) this returns null and the
     * caller reads the whole input sequentially.
     */
    private static Module readParts(String name, Bytes b, ReaderLimits limits, int[] starts, int threads,
                                    int parallelBuildMin) throws ParseError {
        int n = starts.length;
        if (n < 2 || starts[0] != 0) return null;
        for (int i = 1; i < n; i++) {
            if (starts[i] <= starts[i - 1] || starts[i] >= b.limit() || b.get(starts[i] - 1) != '\n') return null;
        }
        IrReader[] parts = new IrReader[n];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable work = () -> {
            Names names = Names.of(b); // this thread's, for every part it reads
            for (int k = next.getAndIncrement(); k < n && !failed.get(); k = next.getAndIncrement()) {
                int i = k == 0 ? n - 1 : k - 1;
                Bytes part = i == n - 1 ? b : b.upTo(starts[i + 1]);
                try {
                    IrReader r = new IrReader(name, part, limits, names, starts[i], 1); // renumbered by joinParts
                    r.scan();
                    parts[i] = r;
                } catch (ParseError | RuntimeException e) {
                    failed.set(true); // the sequential read reports it
                }
            }
        };
        if (!runOnThreads(Math.min(threads, n), work, "irscope-read-") || failed.get()) return null;
        long functions = 0;
        for (int i = 0; i < n; i++) {
            IrReader r = parts[i];
            if (r == null) return null;
            functions += r.functions.size();
            if (i < n - 1 && (r.firstNumberedMeta >= 0 || !r.flagRefs.isEmpty() || !r.identRefs.isEmpty()
                    || !r.wanted.isEmpty() || !r.nodes.isEmpty() || r.summary.present())) {
                return null;
            }
        }
        if (functions > limits.maxFunctions()) return null;
        parts[n - 1].joinParts(parts);
        return parts[n - 1].build(threads, parallelBuildMin);
    }

    /**
     * Runs {@code work} on this thread and on {@code threads - 1} others at once (each run takes its
     * share from a queue the work holds) and waits for them all; false if interrupted while
     * waiting, with the interrupt kept.
     */
    private static boolean runOnThreads(int threads, Runnable work, String name) {
        Thread[] helpers = new Thread[Math.max(0, threads - 1)];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(work, name + (t + 2));
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        work.run();
        try {
            for (Thread t : helpers) t.join();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * For tests: reads {@code bytes} sequentially with every shortcut off (metadata runs crossed line
     * by line, every argument token lexed), the reference the fast paths are held to.
     */
    static Module readPlain(String name, ByteBuffer bytes, ReaderLimits limits) throws ParseError {
        Bytes b = Bytes.of(bytes);
        refuseCrOnlyLines(name, b);
        IrReader r = new IrReader(name, b, limits);
        r.fastPaths = false;
        return r.module();
    }

    /** For tests: reads {@code bytes} in parts from {@code starts} (line starts, the first 0), or sequentially where they cannot join. */
    static Module readPartsAt(String name, ByteBuffer bytes, int[] starts) throws ParseError {
        Bytes b = Bytes.of(bytes);
        refuseCrOnlyLines(name, b);
        Module m = readParts(name, b, ReaderLimits.DEFAULTS, starts, 2, 2); // the two-thread build too
        return m != null ? m : new IrReader(name, b, ReaderLimits.DEFAULTS).module();
    }

    /** The part starts {@link #read} would use. */
    static int[] partStartsOf(ByteBuffer bytes) {
        return partStarts(Bytes.of(bytes));
    }

    /**
     * Makes this reader, the last of {@code parts} (the parts of the file in order), hold what they
     * all read, as one sequential read would have: every part counted its lines from 1, so each
     * part's functions, aliases and notes move by the lines of the parts before it (calls in
     * {@link #build}, through {@code callLineOffset}). One pass over all parts: joining them pairwise,
     * each part copying everything before it, was quadratic in the number of parts.
     */
    private void joinParts(IrReader[] parts) {
        int total = 0;
        for (IrReader r : parts) total += r.functions.size();
        List<PendingFunction> fs = new ArrayList<>(total);
        List<Alias> as = new ArrayList<>();
        List<String> cs = new ArrayList<>();
        Map<Integer, List<Attribute>> gs = new HashMap<>();
        Map<String, Note> us = new LinkedHashMap<>();
        int offset = 0; // lines of the parts before part i
        for (IrReader r : parts) {
            for (PendingFunction f : r.functions) {
                f.line += offset;
                f.callLineOffset = offset; // applied by build(), which makes the call records anyway
            }
            fs.addAll(r.functions);
            if (r != this) globalNames.addAll(r.globalNames);
            for (Alias a : r.aliases) as.add(new Alias(a.name(), a.kind(), a.linkage(), a.target(), a.line() + offset));
            cs.addAll(r.comdats);
            gs.putAll(r.rawGroups); // a later definition of a group id replaces an earlier one
            for (Map.Entry<String, Note> e : r.unknown.entrySet()) {
                us.putIfAbsent(e.getKey(), new Note(e.getValue().line() + offset, e.getValue().message()));
            }
            if (r != this) {
                blockTargets.addAll(r.blockTargets);
                globalRefs.addAll(r.globalRefs);
                moduleAsm |= r.moduleAsm;
                sawDbg |= r.sawDbg;
            }
            offset += r.lx.line() - 1;
        }
        // The header: the module ID is the first line's; any other field was set by its last line.
        moduleId = parts[0].moduleId;
        for (int i = parts.length - 2; i >= 0; i--) {
            if (sourceFilename == null) sourceFilename = parts[i].sourceFilename;
            if (datalayout == null) datalayout = parts[i].datalayout;
            if (triple == null) triple = parts[i].triple;
        }
        lx.seek(lx.end(), offset + 1, lx.end()); // the joined unit's line count, at its end
        functions.clear();
        functions.addAll(fs);
        aliases.clear();
        aliases.addAll(as);
        comdats.clear();
        comdats.addAll(cs);
        rawGroups.clear();
        rawGroups.putAll(gs);
        unknown.clear();
        unknown.putAll(us);
    }

    /**
     * Where the parts start: 0; a {@code define} at column 0 near every {@link #PART_BYTES} of the
     * bytes before the trailing metadata; and the start of that metadata (found by bisection on
     * "the next line starts with '!' or '^'", which holds from there on in printed IR, whose
     * ThinLTO summary entries follow the metadata). Any line starts
     * are correct (see {@link #readParts}); these only balance the work.
     */
    private static int[] partStarts(Bytes b) {
        int end = b.limit();
        int lo = 0, hi = end; // smallest p whose next line start begins with '!', or end
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            int ls = nextLineStart(b, mid);
            if (ls < end && (b.get(ls) == '!' || b.get(ls) == '^')) hi = mid; // metadata, then summary entries
            else lo = mid + 1;
        }
        int meta = lo >= end ? end : nextLineStart(b, lo);
        int pieces = Math.min(256, Math.max(1, meta / Math.max(1, PART_BYTES)));
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 1; k < pieces; k++) {
            int from = Math.max(starts.get(starts.size() - 1) + 1, (int) ((long) meta * k / pieces));
            int p = nextDefine(b, from, meta);
            if (p >= meta) break;
            starts.add(p);
        }
        if (meta > starts.get(starts.size() - 1) && meta < end) starts.add(meta);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first line start at or after {@code p} and before {@code limit} that begins {@code define }, or {@code limit}. */
    private static int nextDefine(Bytes b, int p, int limit) {
        for (int q = nextLineStart(b, p); q < limit; q = Newlines.find(b, q, limit) + 1) {
            if (b.get(q) == 'd' && startsWith(b, q, "define ")) return q;
        }
        return limit;
    }

    /** The first line start at or after {@code p}. */
    private static int nextLineStart(Bytes b, int p) {
        if (p == 0) return 0;
        return Math.min(Newlines.find(b, p - 1, b.limit()) + 1, b.limit());
    }

    private static boolean startsWith(Bytes b, int at, String s) {
        if (at + s.length() > b.limit()) return false;
        for (int i = 0; i < s.length(); i++) if (b.get(at + i) != s.charAt(i)) return false;
        return true;
    }

    /** Convenience for tests and small inputs. */
    public static Module read(String name, String text) throws ParseError {
        return read(name, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Module module() throws ParseError {
        scan();
        return build();
    }

    /** Reads from the lexer's position to its end; the module is made by {@link #build}. */
    private void scan() throws ParseError {
        if (lx.pos() == 0) readModuleId();
        while (true) {
            int lineStart = lx.pos();
            if (skipUnwantedNode(lineStart)) continue;
            Tok t = lx.next();
            if (t == Tok.EOF) break;
            if (t == Tok.EOL) continue;
            boolean indented = lx.start() > lineStart;
            switch (t) {
                case WORD -> topWord(indented);
                case GLOBAL -> global();
                case LOCAL, COMDAT -> {
                    if (t == Tok.COMDAT) comdats.add(lx.nameText());
                    skipLine();
                }
                case META -> metadata();
                case SUMMARY -> summary.entry();
                default -> {
                    if (indented) skipLine(); // continuation of a multi-line global written by hand
                    else throw lx.error("expected top-level entity");
                }
            }
        }
        resolveMissingNodes();
    }

    private void readModuleId() {
        String prefix = "; ModuleID = '";
        if (lx.end() < prefix.length()) return;
        for (int i = 0; i < prefix.length(); i++) if (buf.get(i) != prefix.charAt(i)) return;
        int e = prefix.length();
        while (e < lx.end() && buf.get(e) != '\'' && buf.get(e) != '\n') e++;
        moduleId = lx.slice(prefix.length(), e);
    }

    private void topWord(boolean indented) throws ParseError {
        if (lx.is("define")) function(true);
        else if (lx.is("declare")) function(false);
        else if (lx.is("attributes")) attributeGroup();
        else if (lx.is("target")) target();
        else if (lx.is("source_filename")) {
            expect(Tok.EQ, "'=' after source_filename");
            expect(Tok.STRING, "a string after source_filename =");
            sourceFilename = lx.stringValue();
            endOfLine();
        } else if (lx.is("module")) {
            moduleAsm = true;
            skipLine();
        } else if (lx.is("uselistorder") || lx.is("uselistorder_bb") || lx.is("deplibs")) {
            skipLine();
        } else if (indented) {
            skipLine();
        } else {
            throw lx.error("expected top-level entity, found '" + lx.text() + "'");
        }
    }

    private void target() throws ParseError {
        Tok t = lx.next();
        boolean layout = t == Tok.WORD && lx.is("datalayout");
        if (!layout && !(t == Tok.WORD && lx.is("triple"))) throw lx.error("expected 'datalayout' or 'triple' after 'target'");
        expect(Tok.EQ, "'='");
        expect(Tok.STRING, "a string");
        if (layout) datalayout = lx.stringValue();
        else triple = lx.stringValue();
        endOfLine();
    }

    // ---------------------------------------------------------------- globals, aliases

    private void global() throws ParseError {
        String name = lx.nameText();
        int line = lx.line();
        expect(Tok.EQ, "'=' after a global name");
        Linkage linkage = Linkage.EXTERNAL;
        while (true) {
            Tok t = lx.next();
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected 'global', 'constant', 'alias' or 'ifunc'");
            if (t != Tok.WORD) continue;
            String w = internSlice(lx.start(), lx.stop());
            Optional<Linkage> l = Linkage.fromKeyword(w);
            if (l.isPresent()) { linkage = l.get(); continue; }
            if (w.equals("global") || w.equals("constant")) {
                globalNames.add(name);
                // an initializer may take a block's address (a computed-goto table)
                int from = lx.pos();
                int e = lineEndNotingBlockAddress(from, lx.lineStart(), lx.line());
                noteGlobalRefs(from, e);
                gotoLine(e);
                takeLineTargets(true);
                return;
            }
            if (w.equals("alias") || w.equals("ifunc")) {
                Alias.Kind kind = w.equals("alias") ? Alias.Kind.ALIAS : Alias.Kind.IFUNC;
                Optional<String> target = Optional.empty();
                for (t = lx.next(); t != Tok.EOL && t != Tok.EOF; t = lx.next()) {
                    if (t == Tok.GLOBAL && target.isEmpty()) target = Optional.of(lx.nameText());
                }
                aliases.add(new Alias(name, kind, linkage, target, line));
                return;
            }
        }
    }

    /**
     * The {@code @names} of an initializer, outside strings and comments: what a vtable or a table
     * of function pointers keeps alive when llvm-link links the global (globals are few; their
     * lines are scanned once more here, bodies never are).
     */
    private void noteGlobalRefs(int from, int to) {
        boolean inString = false;
        for (int i = from; i < to; i++) {
            byte c = buf.get(i);
            if (c == '"') inString = !inString;
            else if (inString) continue;
            else if (c == ';') return;
            else if (c == '@' && i + 1 < to) {
                int s = i + 1;
                if (buf.get(s) == '"') {
                    int r = s + 1;
                    while (r < to && buf.get(r) != '"') r++;
                    if (r < to) globalRefs.add(lx.unescape(s + 1, r));
                    i = r;
                } else {
                    int r = s;
                    while (r < to && Lexer.isIdentChar(buf.get(r))) r++;
                    if (r > s) globalRefs.add(names.words().get(s, r));
                    i = r - 1;
                }
            }
        }
    }

    // ---------------------------------------------------------------- metadata

    private void metadata() throws ParseError {
        String name = lx.nameText();
        if (!name.isEmpty() && Lexer.isDigit((byte) name.charAt(0))) {
            if (firstNumberedMeta < 0) {
                firstNumberedMeta = lx.start();
                firstNumberedMetaLine = lx.line();
            }
            int n = parseIndex(name);
            if (n >= 0 && wanted.contains(n) && !nodes.containsKey(n)) captureNode(n);
            else skipLine();
            return;
        }
        if (name.equals("llvm.module.flags") || name.equals("llvm.ident")) {
            List<Integer> into = name.equals("llvm.ident") ? identRefs : flagRefs;
            expect(Tok.EQ, "'='");
            for (Tok t = lx.next(); t != Tok.EOL && t != Tok.EOF; t = lx.next()) {
                if (t == Tok.META) {
                    int n = parseIndex(lx.nameText());
                    if (n >= 0) { into.add(n); want(n, lx.start()); }
                }
            }
            return;
        }
        skipLine();
    }

    /**
     * Fast path for the commonest line of a {@code -g} file, {@code !123 = ...} at column 0 for a
     * node nobody asked for: reads the id from the bytes and skips the line without making a token
     * String. Anything else (a wanted node, a named node, odd spelling) is left to {@link #metadata}.
     */
    private boolean skipUnwantedNode(int p) throws ParseError {
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
        if (n < wantedBits.length() && wantedBits.get(n) && !nodes.containsKey(n)) return false;
        if (firstNumberedMeta < 0) {
            firstNumberedMeta = p;
            firstNumberedMetaLine = lx.line();
        }
        if (fastPaths && nodes.size() == wanted.size() && limits.maxLineBytes() >= 16 && skipNodeRun(p)) return true;
        gotoLine(lineEnd(q));
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
        if (wanted.add(n)) wantedAt.put(n, at);
        wantedBits.set(n);
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        for (int i = 0; i < s.length(); i++) if (!Lexer.isDigit((byte) s.charAt(i))) return -1;
        return Integer.parseInt(s);
    }

    /** Keeps the text of a wanted node after '=' and asks for the nodes it references. */
    private void captureNode(int n) throws ParseError {
        expect(Tok.EQ, "'=' after a metadata id");
        int from = lx.pos();
        int e = lineEnd(from);
        String text = lx.slice(from, e).trim();
        if (text.startsWith("distinct ")) text = text.substring(9).trim();
        nodes.put(n, text);
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
        gotoLine(e);
    }

    /** Nodes referenced before they were known to be wanted (hand-written order): scan again. */
    private void resolveMissingNodes() throws ParseError {
        for (int round = 0; round < 8; round++) {
            boolean missing = false;
            for (int w : wanted) if (!nodes.containsKey(w)) { missing = true; break; }
            if (!missing || firstNumberedMeta < 0) return;
            int before = nodes.size();
            lx.seek(firstNumberedMeta, firstNumberedMetaLine, firstNumberedMeta);
            while (true) {
                Tok t = lx.next();
                if (t == Tok.EOF) break;
                if (t == Tok.META) {
                    int n = parseIndex(lx.nameText());
                    if (n >= 0 && wanted.contains(n) && !nodes.containsKey(n)) { captureNode(n); continue; }
                }
                if (t != Tok.EOL) skipLine();
            }
            if (nodes.size() == before) return;
        }
    }

    // ---------------------------------------------------------------- attribute groups

    private void attributeGroup() throws ParseError {
        expect(Tok.GROUP, "an attribute group id '#N'");
        int id = groupId();
        expect(Tok.EQ, "'='");
        expect(Tok.LBRACE, "'{'");
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
        rawGroups.put(id, attrs);
        endOfLine();
    }

    private int groupId() throws ParseError {
        int n = 0;
        if (lx.stop() - lx.start() - 1 > 9) throw lx.error("attribute group id out of range");
        for (int i = lx.start() + 1; i < lx.stop(); i++) n = n * 10 + (buf.get(i) - '0'); // GROUP is '#' and digits
        return n;
    }

    /** One attribute starting at the current token (WORD or STRING). */
    private Attribute attribute(Tok t) throws ParseError {
        if (t == Tok.STRING) {
            String key = lx.stringValue();
            if (lx.peekByte() == '=') {
                lx.next();
                expect(Tok.STRING, "a string value after '='");
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
        if (!KnownAttributes.KEYWORDS.contains(w) && !unknown.containsKey(w)) {
            unknown.put(w, new Note(atLine, "unknown attribute '" + w + "' kept as written"));
        }
        return a;
    }

    /** At an opener: consumes through the matching closer and returns the text between them. */
    private String groupInner() throws ParseError {
        int from = lx.stop();
        skipGroup();
        return lx.slice(from, lx.start()).trim();
    }

    /** At an opener; consumes through its matching closer (strings are single tokens, so are safe). */
    private void skipGroup() throws ParseError {
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
    private String item() throws ParseError {
        int from = lx.start();
        if (isOpener(lx.kind())) skipGroup();
        return lx.slice(from, lx.stop());
    }

    private static boolean isOpener(Tok t) {
        return t == Tok.LPAREN || t == Tok.LBRACE || t == Tok.LBRACKET || t == Tok.LT;
    }

    // ---------------------------------------------------------------- functions

    private static final class PendingFunction {
        String name;
        boolean defined;
        Linkage linkage = Linkage.EXTERNAL;
        boolean dsoLocal;
        String visibility = "default";
        String dll = "";
        String cconv = "";
        AttributeSet retSet = AttributeSet.EMPTY; // the return attributes, as a shared set
        String retType = "";
        // Lists start as the shared empty list and are made on their first element (see add):
        // most functions have no inline attributes or metadata, and declarations no groups.
        List<Param> params = List.of();
        boolean varArgs;
        String unnamedAddr = "";
        int addrSpace;
        List<Attribute> inlineAttrs = List.of();
        List<Integer> groups = List.of();
        String section, partition, comdat, gc, prefix, prologue, personality, personalityText;
        int align;
        List<String> metadata = List.of();
        List<PendingCall> calls = List.of();
        int indirect, asm, lines;
        int callLineOffset; // added to each PendingCall's line (a second part of a split read counts from 1)
        boolean indirectBr, indirectAbi, asmAbi;
        int line;
    }

    /** {@code list} with {@code x} added: a new ArrayList in place of the shared empty list. */
    private static <T> List<T> add(List<T> list, T x) {
        List<T> l = list instanceof ArrayList ? list : new ArrayList<>(4);
        l.add(x);
        return l;
    }

    /** @param dbg the id of the call's {@code !dbg} node, or -1 */
    private record PendingCall(String callee, CallKind kind, List<Attribute> inline, List<Integer> groups,
                               List<String> bundles, boolean abiTypes, int line, boolean constantArgs, int dbg) {}

    private void function(boolean define) throws ParseError {
        if (functions.size() >= limits.maxFunctions()) {
            throw lx.error("more than " + limits.maxFunctions() + " functions in one unit (ReaderLimits.maxFunctions)");
        }
        PendingFunction f = new PendingFunction();
        f.defined = define;
        f.line = lx.line();
        // The return type is kept as the source slice from its first to its last token: joining its
        // tokens with blanks gave "i8 *" for a typed-pointer "i8*" (and "addrspace (1)").
        retScratch.clear();
        int retFrom = -1;
        int retTo = -1;
        // Everything up to '@name(' is linkage, visibility, calling convention, return attributes and type.
        while (true) {
            Tok t = lx.next();
            if (t == Tok.GLOBAL && lx.peekByte() == '(') {
                f.name = internName();
                break;
            }
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected function name");
            if (t == Tok.META && !define) {
                // A declaration prints its attachments right after 'declare' (AsmWriter::printFunction):
                // 'declare !kcfi_type !17 dso_local i64 @strlen(ptr)'; they are not part of the return type.
                String kind = lx.nameText();
                if (lx.next() != Tok.META && lx.kind != Tok.BANG) throw lx.error("expected metadata after !" + kind);
                if (lx.kind == Tok.BANG) item();
                f.metadata = add(f.metadata, kind);
                continue;
            }
            if (t == Tok.WORD) {
                String w = internSlice(lx.start(), lx.stop());
                Optional<Linkage> l = Linkage.fromKeyword(w);
                if (l.isPresent()) { f.linkage = l.get(); continue; }
                switch (w) {
                    case "dso_local" -> { f.dsoLocal = true; continue; }
                    case "dso_preemptable" -> { f.dsoLocal = false; continue; }
                    case "default", "hidden", "protected" -> { f.visibility = w; continue; }
                    case "dllimport", "dllexport" -> { f.dll = w; continue; }
                    case "cc" -> {
                        expect(Tok.NUMBER, "a calling convention number after 'cc'");
                        f.cconv = "cc " + lx.text();
                        continue;
                    }
                    default -> { }
                }
                if (isCallingConv(w)) { f.cconv = w; continue; }
                if (KnownAttributes.isParamAttr(w)) { retScratch.add(attribute(t)); continue; }
            }
            if (retFrom < 0) retFrom = lx.start();
            item();
            retTo = lx.stop();
        }
        f.retType = retFrom < 0 ? "" : internSlice(retFrom, retTo);
        f.retSet = paramSet(retScratch);
        lx.next(); // '('
        params(f);
        // After the parameter list: unnamed_addr, attributes, section, comdat, gc, personality, ...
        while (true) {
            Tok t = lx.next();
            if (t == Tok.LBRACE) {
                if (!define) throw lx.error("unexpected '{' after a declaration");
                body(f);
                break;
            }
            if (t == Tok.EOL || t == Tok.EOF) {
                if (define) throw lx.error("expected '{' to start the body of @" + f.name);
                break;
            }
            switch (t) {
                case GROUP -> f.groups = add(f.groups, groupId());
                case STRING -> f.inlineAttrs = add(f.inlineAttrs, attribute(t));
                case META -> {
                    String kind = lx.nameText();
                    if (lx.next() != Tok.META && lx.kind() != Tok.BANG) throw lx.error("expected metadata after !" + kind);
                    if (lx.kind() == Tok.BANG) item();
                    f.metadata = add(f.metadata, kind);
                }
                case WORD -> headerWord(f);
                default -> throw lx.error("unexpected '" + lx.text() + "' in the header of @" + f.name);
            }
        }
        functions.add(f);
    }

    private void headerWord(PendingFunction f) throws ParseError {
        String w = internSlice(lx.start(), lx.stop());
        switch (w) {
            case "unnamed_addr", "local_unnamed_addr" -> f.unnamedAddr = w;
            case "addrspace" -> {
                expect(Tok.LPAREN, "'('");
                String n = groupInner();
                f.addrSpace = parseIndex(n.trim()) < 0 ? 0 : parseIndex(n.trim());
            }
            case "section" -> { expect(Tok.STRING, "a section name"); f.section = lx.stringValue(); }
            case "partition" -> { expect(Tok.STRING, "a partition name"); f.partition = lx.stringValue(); }
            case "gc" -> { expect(Tok.STRING, "a GC name"); f.gc = lx.stringValue(); }
            case "align" -> { expect(Tok.NUMBER, "an alignment"); f.align = parseIndex(lx.text()); }
            case "comdat" -> {
                f.comdat = f.name;
                if (lx.peekByte() == '(') {
                    lx.next();
                    expect(Tok.COMDAT, "a comdat name");
                    f.comdat = lx.nameText();
                    expect(Tok.RPAREN, "')'");
                }
            }
            case "prefix" -> f.prefix = typedConstant();
            case "prologue" -> f.prologue = typedConstant();
            case "personality" -> {
                String c = typedConstant();
                f.personalityText = c;
                f.personality = firstGlobal(c).orElse(c);
            }
            default -> f.inlineAttrs = add(f.inlineAttrs, attribute(Tok.WORD));
        }
    }

    /** {@code <type> <constant>} as in prefix/prologue/personality; returns the text of both. */
    private String typedConstant() throws ParseError {
        lx.next();
        int from = lx.start();
        type();
        lx.next();
        if (lx.kind() == Tok.WORD && lx.peekByte() == '(') { // bitcast (...), getelementptr (...)
            lx.next();
            skipGroup();
        } else {
            item();
        }
        return lx.slice(from, lx.stop());
    }

    private static Optional<String> firstGlobal(String text) {
        int i = text.indexOf('@');
        if (i < 0) return Optional.empty();
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '"') {
            int k = text.indexOf('"', j + 1);
            return Optional.of(k < 0 ? text.substring(j + 1) : text.substring(j + 1, k));
        }
        while (j < text.length() && Lexer.isIdentChar((byte) text.charAt(j))) j++;
        return Optional.of(text.substring(i + 1, j));
    }

    /** At the first token of a type: consumes it with its suffixes ({@code *}, addrspace, fn params). */
    private String type() throws ParseError {
        int from = lx.start();
        Tok t = lx.kind();
        if (isOpener(t)) skipGroup();
        else if (t == Tok.WORD) {
            if (lx.peekByte() == '(' && lx.adjacentNext()) { lx.next(); skipGroup(); } // target("...")
        } else if (t != Tok.LOCAL) {
            throw lx.error("expected a type");
        }
        while (true) {
            int n = lx.peekByte();
            if (n == '*') { lx.next(); continue; }
            if (n == '(') { lx.next(); skipGroup(); continue; }
            // Only the word addrspace is taken: a typed "%struct.S* nocapture" parameter's type
            // must not swallow the attribute that follows it.
            if (n == 'a' && lx.peekIsWord("addrspace")) { lx.next(); lx.next(); skipGroup(); continue; }
            break;
        }
        return internSlice(from, lx.stop());
    }

    private void params(PendingFunction f) throws ParseError {
        if (lx.peekByte() == ')') { lx.next(); return; }
        while (true) {
            Tok t = lx.next();
            if (t == Tok.ELLIPSIS) {
                f.varArgs = true;
                expect(Tok.RPAREN, "')' after '...'");
                return;
            }
            String ty = type();
            List<Attribute> attrs = scratch;
            attrs.clear();
            Optional<String> name = Optional.empty();
            while (true) {
                t = lx.next();
                if (t == Tok.COMMA || t == Tok.RPAREN) break;
                if (t == Tok.LOCAL) name = Optional.of(internName());
                else if (t == Tok.WORD || t == Tok.STRING) attrs.add(attribute(t));
                else throw lx.error("unexpected '" + lx.text() + "' in a parameter list");
            }
            f.params = add(f.params, new Param(ty, paramSet(attrs), name));
            if (t == Tok.RPAREN) return;
        }
    }

    private final List<Attribute> scratch = new ArrayList<>(); // one parameter's attributes, reused
    private final List<Attribute> retScratch = new ArrayList<>(); // one function's return attributes, reused

    /** Parameter and return attribute lists repeat (noundef, nonnull align 8, ...): one shared set per list. */
    private AttributeSet paramSet(List<Attribute> attrs) {
        if (attrs.isEmpty()) return AttributeSet.EMPTY;
        AttributeSet s = paramSets.get(attrs);
        if (s == null) {
            List<Attribute> key = new ArrayList<>(attrs); // ArrayList to ArrayList equals needs no iterator
            s = AttributeSet.of(key);
            paramSets.put(key, s);
        }
        return s;
    }

    private static boolean isCallingConv(String w) {
        if (w.startsWith("x86_fp80") || w.startsWith("x86_amx") || w.startsWith("x86_mmx")) return false;
        return (w.endsWith("cc") && !w.equals("cc")) || w.startsWith("aarch64_") || w.startsWith("amdgpu_")
                || w.startsWith("spir_") || w.startsWith("ptx_") || w.startsWith("arm_") || w.startsWith("avr_")
                || w.startsWith("msp430_") || w.startsWith("m68k_") || w.startsWith("riscv_")
                || w.equals("hhvm_ccc");
    }

    // ---------------------------------------------------------------- bodies

    /**
     * Scans a body a line at a time from just after its '{'. Only a line whose opcode is a call is
     * tokenised; every other line costs one search for its newline.
     */
    private void body(PendingFunction f) throws ParseError {
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
            int e = instruction && c != '#' ? lineEndNotingBlockAddress(q, ls, line) : lineEnd(q, ls, line);
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
    private int lineEndNotingBlockAddress(int q, int ls, int line) throws ParseError {
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
    private void takeLineTargets(boolean keep) {
        if (keep) blockTargets.addAll(lineTargets);
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
        return startsWith(buf, at, s); // buf's limit is lx.end()
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
                String name = t == Tok.GLOBAL ? internName() : null;
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
                skipGroup();
                continue;
            }
            if (t == Tok.WORD && (lx.is("bitcast") || lx.is("addrspacecast") || lx.is("getelementptr"))) {
                f.indirect++; // a cast of a function is not a direct call for LLVM's getCalledFunction
                return;
            }
            if (isOpener(t) || t == Tok.LOCAL) {
                boolean aggregate = t == Tok.LBRACE || t == Tok.LBRACKET || t == Tok.LT || t == Tok.LOCAL;
                if (isOpener(t)) skipGroup();
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
                groups.add(groupId());
            } else if (t == Tok.WORD && (lx.is("to") || lx.is("unwind"))) {
                dbg = dbgAfterSuccessors(lx.pos()); // invoke's and callbr's successors come before it
                break;
            } else if (t == Tok.WORD || t == Tok.STRING) {
                if (inline.isEmpty()) inline = new ArrayList<>(2);
                inline.add(attribute(t));
            } else if (t == Tok.LBRACKET) {
                bundles = bundles();
            }
        }
        calls.add(new PendingCall(callee, kind, inline, groups, bundles, abi, line, constArgs, dbg));
        if (dbg >= 0) sawDbg = true;
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
            if (isOpener(t)) skipGroup();
            if (aggregate && lx.peekByte() != '*') abi = true;
            int stop = fastPaths ? restOfArgument() : -1;
            if (stop >= 0) {
                lx.seek(stop, lx.line(), lx.lineStart());
                t = lx.next(); // the ',' or ')' that ends it
                argConstant |= constantValue(argStart, lx.start());
                continue;
            }
            do {
                t = lx.next();
                if (isOpener(t)) skipGroup();
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
            else if (isOpener(t)) skipGroup();
        }
    }

    // ---------------------------------------------------------------- line helpers (the lexer's)

    private int lineEnd(int from) throws ParseError {
        return lx.lineEnd(from);
    }

    private int lineEnd(int from, int ls, int line) throws ParseError {
        return lx.lineEnd(from, ls, line);
    }

    private void skipLine() throws ParseError {
        lx.skipLine();
    }

    private void gotoLine(int newlineAt) {
        lx.gotoLine(newlineAt);
    }

    private void endOfLine() throws ParseError {
        lx.endOfLine();
    }

    private void expect(Tok kind, String what) throws ParseError {
        lx.expect(kind, what);
    }

    /** {@code lx.slice(from, to)}, one String per spelling: repeats cost no copy. */
    private String internSlice(int from, int to) {
        return names.words().get(from, to);
    }

    /** {@code lx.nameText()} of a GLOBAL, LOCAL or COMDAT token, one String per spelling: repeats cost no copy. */
    private String internName() {
        int s = lx.start() + 1;
        if (s < lx.stop() && buf.get(s) == '"') return names.quoted().get(s + 1, lx.stop() - 1);
        return names.words().get(s, lx.stop());
    }

    // ---------------------------------------------------------------- building the module

    private Module build() throws ParseError {
        return build(1, Integer.MAX_VALUE);
    }

    /** Functions at least this many are made on two threads by {@link #build(int, int)}. */
    private static final int PARALLEL_BUILD_MIN = 4096;

    /**
     * Makes the module; with {@code threads} > 1 and at least {@code parallelMin} functions, the second half of the
     * functions (by calls) is made on another thread. Attribute sets are resolved through a cache
     * per half, which gives the same sets.
     *
     * <p>A reference to something the unit never defines is a located error where it would change
     * an answer (issue 18): a metadata node that a module flag or {@code !llvm.ident} needs, then
     * an attribute group (LLVM itself drops a reference to an undefined group silently, checked with
     * llvm-as 14, 19 and 22, but llvm-dis never prints one: it is a cut or edited file, whose
     * functions would read as having no attributes), then the summary's references.
     */
    private Module build(int threads, int parallelMin) throws ParseError {
        checkMetadata();
        Map<Integer, AttributeSet> groups = new TreeMap<>();
        for (Map.Entry<Integer, List<Attribute>> g : rawGroups.entrySet()) groups.put(g.getKey(), AttributeSet.of(g.getValue()));
        int n = functions.size();
        Function[] made = new Function[n];
        List<Note> notes = new ArrayList<>(unknown.values());
        int bad;
        // Read-only from here on, so both halves may share it; it reads the metadata only when asked.
        DebugRef.Resolver locs = sawDbg ? new DebugLocs(buf, firstNumberedMeta) : id -> Optional.empty();
        if (threads > 1 && n >= Math.max(2, parallelMin)) {
            long calls = 0;
            for (PendingFunction f : functions) calls += 1 + f.calls.size();
            int mid = 0;
            for (long c = 0; mid < n && c < calls / 2; mid++) c += 1 + functions.get(mid).calls.size();
            int[] bounds = {0, mid, n};
            AtomicInteger next = new AtomicInteger();
            int[] firstBad = {-1, -1};
            RuntimeException[] thrown = new RuntimeException[2];
            Runnable half = () -> {
                for (int h = next.getAndIncrement(); h < 2; h = next.getAndIncrement()) {
                    try {
                        firstBad[h] = makeFunctions(bounds[h], bounds[h + 1], groups, locs, new HashMap<>(), made);
                    } catch (RuntimeException e) {
                        thrown[h] = e;
                    }
                }
            };
            if (!runOnThreads(2, half, "irscope-build-")) throw new IllegalStateException("interrupted while reading " + file);
            for (RuntimeException e : thrown) if (e != null) throw e;
            bad = firstBad[0] >= 0 ? firstBad[0] : firstBad[1];
        } else {
            bad = makeFunctions(0, n, groups, locs, new HashMap<>(), made);
        }
        if (bad >= 0) throw undefinedGroup(functions.get(bad), groups);
        List<Function> out = Arrays.asList(made);
        List<ModuleFlag> flags = new ArrayList<>();
        for (int ref : flagRefs) flags.add(moduleFlag(ref, nodes.get(ref))); // checkMetadata: all defined
        List<String> idents = new ArrayList<>();
        for (int ref : identRefs) {
            String node = nodes.get(ref);
            if (node != null) identString(node).ifPresent(idents::add);
        }
        checkSummary();
        Header header = new Header(Optional.ofNullable(moduleId), Optional.ofNullable(sourceFilename),
                Optional.ofNullable(datalayout), Optional.ofNullable(triple), idents, moduleAsm, ltoKind(flags));
        return new Module(file, header, out, aliases, flags, groups, comdats, notes, lx.end(), lx.line(), globalRefs);
    }

    /**
     * Makes functions {@code [from, to)} into {@code out}; returns the index of the first function
     * whose header or calls name an undefined attribute group (it and those after it are not made),
     * or -1.
     */
    private int makeFunctions(int from, int to, Map<Integer, AttributeSet> groups, DebugRef.Resolver locs,
                              Map<Object, AttributeSet> sets, Function[] out) {
        for (int i = from; i < to; i++) {
            PendingFunction f = functions.get(i);
            AttributeSet attrs = resolve(f.groups, f.inlineAttrs, groups, sets);
            if (attrs == null) return i;
            List<CallSite> calls = new ArrayList<>(f.calls.size());
            for (int k = 0, nc = f.calls.size(); k < nc; k++) { // no iterator: this loop makes every call of the unit
                PendingCall c = f.calls.get(k);
                int line = c.line() + f.callLineOffset;
                AttributeSet ca = c.inline().isEmpty() && c.groups().isEmpty() ? AttributeSet.EMPTY
                        : resolve(c.groups(), c.inline(), groups, sets);
                if (ca == null) return i;
                calls.add(new CallSite(c.callee(), c.kind(), ca, c.bundles(), c.abiTypes(), line, c.constantArgs(),
                        DebugRef.of(c.dbg(), locs)));
            }
            Body body = f.defined
                    ? new Body(calls, f.indirect, f.asm, f.indirectBr, blockTargets.contains(f.name), f.lines,
                               f.indirectAbi, f.asmAbi)
                    : Body.NONE;
            out[i] = new Function(f.name, f.defined, f.linkage, f.dsoLocal, f.visibility, f.dll, f.cconv,
                    f.retSet, f.retType, List.copyOf(f.params), f.varArgs, f.unnamedAddr,
                    f.addrSpace, attrs, List.copyOf(f.groups), Optional.ofNullable(f.section),
                    Optional.ofNullable(f.partition), Optional.ofNullable(f.comdat), f.align,
                    Optional.ofNullable(f.gc), Optional.ofNullable(f.prefix), Optional.ofNullable(f.prologue),
                    Optional.ofNullable(f.personality), Optional.ofNullable(f.personalityText),
                    List.copyOf(f.metadata), body, f.line);
        }
        return -1;
    }

    /** The error for the first undefined group that {@code f}'s header or calls name (makeFunctions found one). */
    private ParseError undefinedGroup(PendingFunction f, Map<Integer, AttributeSet> groups) {
        for (int r : f.groups) if (!groups.containsKey(r)) return undefinedGroup(f.line, r);
        for (PendingCall c : f.calls) {
            for (int r : c.groups()) if (!groups.containsKey(r)) return undefinedGroup(c.line() + f.callLineOffset, r);
        }
        throw new IllegalStateException("no undefined group in @" + f.name);
    }

    private ParseError undefinedGroup(int line, int group) {
        return lx.errorAtToken(line, "#" + group, "use of undefined attribute group '#" + group + "'");
    }

    /**
     * Every metadata node a module flag or {@code !llvm.ident} needs is defined: else llvm-as's
     * error, at the first reference of the lowest undefined id, as LLParser::validateEndOfModule picks it.
     */
    private void checkMetadata() throws ParseError {
        int lowest = -1;
        for (int w : wanted) if (!nodes.containsKey(w) && (lowest < 0 || w < lowest)) lowest = w;
        // LLParser's location is the id after the '!'
        if (lowest >= 0) throw lx.errorAtOffset(wantedAt.get(lowest) + 1, "use of undefined metadata '!" + lowest + "'");
    }

    /** The summary's checks, against the module's globals: functions, aliases and ifuncs, variables. */
    private void checkSummary() throws ParseError {
        if (!summary.namesGlobals()) {
            summary.check(name -> true);
            return;
        }
        Set<String> globals = new HashSet<>(globalNames);
        for (PendingFunction f : functions) globals.add(f.name);
        for (Alias a : aliases) globals.add(a.name());
        summary.check(globals::contains);
    }

    /**
     * The unit's LTO partition. Without summary entries its bitcode had no summary: UNKNOWN, text
     * says nothing. With them, the block they came from is the one ModuleBitcodeWriter's
     * writePerModuleGlobalValueSummary chose: FULL_LTO_GLOBALVAL_SUMMARY_BLOCK when the module flag
     * {@code ThinLTO} is 0 (clang -flto writes it, and the regular-LTO half of a split unit has it),
     * else GLOBALVAL_SUMMARY_BLOCK; BitcodeReader's getLTOInfo reads the first as regular LTO and the
     * second as ThinLTO. (A UnifiedLTO module goes where the linker's --lto mode puts it; its
     * default, UnifiedThin, keeps this answer.)
     */
    private LtoKind ltoKind(List<ModuleFlag> flags) {
        if (!summary.present()) return LtoKind.UNKNOWN;
        for (ModuleFlag f : flags) {
            if (f.key().equals("ThinLTO")) {
                String[] v = f.value().trim().split("\\s+");
                String last = v[v.length - 1];
                if (last.equals("0") || last.equals("false")) return LtoKind.FULL;
            }
        }
        return LtoKind.THIN;
    }

    /** The attributes of {@code refs} and {@code inline}, or null if a group in {@code refs} is undefined. */
    private AttributeSet resolve(List<Integer> refs, List<Attribute> inline, Map<Integer, AttributeSet> groups,
                                 Map<Object, AttributeSet> cache) {
        // Keyed by the group list alone or with the inline attributes.
        Object key = inline.isEmpty() ? refs : new GroupsAndInline(refs, inline);
        AttributeSet hit = cache.get(key);
        if (hit != null) return hit;
        AttributeSet s = AttributeSet.EMPTY;
        for (int r : refs) {
            AttributeSet g = groups.get(r);
            if (g == null) return null;
            s = s.union(g);
        }
        s = s.union(AttributeSet.of(inline));
        // Keys are ArrayLists: a lookup by another ArrayList compares by index, with no iterator.
        if (inline.isEmpty()) cache.put(new ArrayList<>(refs), s);
        else cache.put(new GroupsAndInline(new ArrayList<>(refs), new ArrayList<>(inline)), s);
        return s;
    }

    private record GroupsAndInline(List<Integer> refs, List<Attribute> inline) {}

    /** {@code !{i32 <behavior>, !"<key>", <value>}} with referenced nodes written inline. */
    private ModuleFlag moduleFlag(int ref, String node) throws ParseError {
        String body = node.trim();
        if (!body.startsWith("!{") || !body.endsWith("}")) return new ModuleFlag(0, "!" + ref, body);
        List<String> parts = TopLevel.split(body.substring(2, body.length() - 1));
        int behavior = 0;
        String key = "!" + ref;
        String value = "";
        if (parts.size() >= 1) {
            String b = parts.get(0).trim();
            int sp = b.lastIndexOf(' ');
            behavior = parseIndex(b.substring(sp + 1));
        }
        if (parts.size() >= 2) {
            String k = parts.get(1).trim();
            key = k.length() >= 3 && k.startsWith("!\"") && k.endsWith("\"") ? unescapeText(k.substring(2, k.length() - 1)) : k; // "!\"" alone: found by ReaderFuzzTest
        }
        if (parts.size() >= 3) value = inlineRefs(String.join(",", parts.subList(2, parts.size())).trim(), 0);
        return new ModuleFlag(behavior, key, value);
    }

    private String inlineRefs(String v, int depth) {
        if (depth > 8) return v;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '!' && i + 1 < v.length() && Character.isDigit(v.charAt(i + 1))) {
                int j = i + 1;
                while (j < v.length() && Character.isDigit(v.charAt(j))) j++;
                String node = nodes.get(parseIndex(v.substring(i + 1, j)));
                if (node != null) {
                    out.append(inlineRefs(node, depth + 1));
                    i = j - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Optional<String> identString(String node) {
        int q = node.indexOf("!\"");
        if (q < 0) return Optional.empty();
        int e = node.indexOf('"', q + 2);
        return Optional.of(unescapeText(node.substring(q + 2, e < 0 ? node.length() : e)));
    }

    private static String unescapeText(String s) {
        if (s.indexOf('\\') < 0) return s;
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\\' && i + 2 < in.length && Character.digit(in[i + 1], 16) >= 0 && Character.digit(in[i + 2], 16) >= 0) {
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
