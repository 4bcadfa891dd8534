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
    private final UnitState u;
    private final Lexer lx;
    private final Bytes buf;
    private final Names names;
    private final Syntax syn;
    private final MetadataReader meta;
    private final FunctionHeaders headers;
    private final BodyScanner bodies;

    private IrReader(String file, Bytes buf, ReaderLimits limits) {
        this(file, buf, limits, Names.of(buf));
    }

    /** {@code names} must be of the whole input {@code buf} is a part of, and used by this thread alone. */
    private IrReader(String file, Bytes buf, ReaderLimits limits, Names names) {
        this.u = new UnitState(file, buf, limits, names);
        this.lx = u.lx;
        this.buf = buf;
        this.names = names;
        this.syn = new Syntax(u);
        this.meta = new MetadataReader(u, syn);
        this.bodies = new BodyScanner(u, syn);
        this.headers = new FunctionHeaders(u, syn, bodies);
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
            Module m = readParts(name, b, limits, partStarts(b), threads, ModuleBuilder.PARALLEL_BUILD_MIN);
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
            functions += r.u.functions.size();
            if (i < n - 1 && (r.u.firstNumberedMeta >= 0 || !r.u.flagRefs.isEmpty() || !r.u.identRefs.isEmpty()
                    || !r.u.wanted.isEmpty() || !r.u.nodes.isEmpty() || r.u.summary.present())) {
                return null;
            }
        }
        if (functions > limits.maxFunctions()) return null;
        parts[n - 1].joinParts(parts);
        return new ModuleBuilder(parts[n - 1].u).build(threads, parallelBuildMin);
    }

    /**
     * Runs {@code work} on this thread and on {@code threads - 1} others at once (each run takes its
     * share from a queue the work holds) and waits for them all; false if interrupted while
     * waiting, with the interrupt kept.
     */
    static boolean runOnThreads(int threads, Runnable work, String name) {
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
        r.u.fastPaths = false;
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
        for (IrReader r : parts) total += r.u.functions.size();
        List<PendingFunction> fs = new ArrayList<>(total);
        List<Alias> as = new ArrayList<>();
        List<String> cs = new ArrayList<>();
        Map<Integer, List<Attribute>> gs = new HashMap<>();
        Map<String, Note> us = new LinkedHashMap<>();
        int offset = 0; // lines of the parts before part i
        for (IrReader r : parts) {
            for (PendingFunction f : r.u.functions) {
                f.line += offset;
                f.callLineOffset = offset; // applied by build(), which makes the call records anyway
            }
            fs.addAll(r.u.functions);
            if (r != this) u.globalNames.addAll(r.u.globalNames);
            for (Alias a : r.u.aliases) as.add(new Alias(a.name(), a.kind(), a.linkage(), a.target(), a.line() + offset));
            cs.addAll(r.u.comdats);
            gs.putAll(r.u.rawGroups); // a later definition of a group id replaces an earlier one
            for (Map.Entry<String, Note> e : r.u.unknown.entrySet()) {
                us.putIfAbsent(e.getKey(), new Note(e.getValue().line() + offset, e.getValue().message()));
            }
            if (r != this) {
                u.blockTargets.addAll(r.u.blockTargets);
                u.globalRefs.addAll(r.u.globalRefs);
                u.moduleAsm |= r.u.moduleAsm;
                u.sawDbg |= r.u.sawDbg;
            }
            offset += r.lx.line() - 1;
        }
        // The header: the module ID is the first line's; any other field was set by its last line.
        u.moduleId = parts[0].u.moduleId;
        for (int i = parts.length - 2; i >= 0; i--) {
            if (u.sourceFilename == null) u.sourceFilename = parts[i].u.sourceFilename;
            if (u.datalayout == null) u.datalayout = parts[i].u.datalayout;
            if (u.triple == null) u.triple = parts[i].u.triple;
        }
        lx.seek(lx.end(), offset + 1, lx.end()); // the joined unit's line count, at its end
        u.functions.clear();
        u.functions.addAll(fs);
        u.aliases.clear();
        u.aliases.addAll(as);
        u.comdats.clear();
        u.comdats.addAll(cs);
        u.rawGroups.clear();
        u.rawGroups.putAll(gs);
        u.unknown.clear();
        u.unknown.putAll(us);
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

    static boolean startsWith(Bytes b, int at, String s) {
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
        return new ModuleBuilder(u).build();
    }

    /** Reads from the lexer's position to its end; the module is made by {@link #build}. */
    private void scan() throws ParseError {
        if (lx.pos() == 0) readModuleId();
        while (true) {
            int lineStart = lx.pos();
            if (meta.skipUnwantedNode(lineStart)) continue;
            Tok t = lx.next();
            if (t == Tok.EOF) break;
            if (t == Tok.EOL) continue;
            boolean indented = lx.start() > lineStart;
            switch (t) {
                case WORD -> topWord(indented);
                case GLOBAL -> global();
                case LOCAL, COMDAT -> {
                    if (t == Tok.COMDAT) u.comdats.add(lx.nameText());
                    lx.skipLine();
                }
                case META -> meta.metadata();
                case SUMMARY -> u.summary.entry();
                default -> {
                    if (indented) lx.skipLine(); // continuation of a multi-line global written by hand
                    else throw lx.error("expected top-level entity");
                }
            }
        }
        meta.resolveMissingNodes();
    }

    private void readModuleId() {
        String prefix = "; ModuleID = '";
        if (lx.end() < prefix.length()) return;
        for (int i = 0; i < prefix.length(); i++) if (buf.get(i) != prefix.charAt(i)) return;
        int e = prefix.length();
        while (e < lx.end() && buf.get(e) != '\'' && buf.get(e) != '\n') e++;
        u.moduleId = lx.slice(prefix.length(), e);
    }

    private void topWord(boolean indented) throws ParseError {
        if (lx.is("define")) headers.function(true);
        else if (lx.is("declare")) headers.function(false);
        else if (lx.is("attributes")) syn.attributeGroup();
        else if (lx.is("target")) target();
        else if (lx.is("source_filename")) {
            lx.expect(Tok.EQ, "'=' after source_filename");
            lx.expect(Tok.STRING, "a string after source_filename =");
            u.sourceFilename = lx.stringValue();
            lx.endOfLine();
        } else if (lx.is("module")) {
            u.moduleAsm = true;
            lx.skipLine();
        } else if (lx.is("uselistorder") || lx.is("uselistorder_bb") || lx.is("deplibs")) {
            lx.skipLine();
        } else if (indented) {
            lx.skipLine();
        } else {
            throw lx.error("expected top-level entity, found '" + lx.text() + "'");
        }
    }

    private void target() throws ParseError {
        Tok t = lx.next();
        boolean layout = t == Tok.WORD && lx.is("datalayout");
        if (!layout && !(t == Tok.WORD && lx.is("triple"))) throw lx.error("expected 'datalayout' or 'triple' after 'target'");
        lx.expect(Tok.EQ, "'='");
        lx.expect(Tok.STRING, "a string");
        if (layout) u.datalayout = lx.stringValue();
        else u.triple = lx.stringValue();
        lx.endOfLine();
    }

    // ---------------------------------------------------------------- globals, aliases

    private void global() throws ParseError {
        String name = lx.nameText();
        int line = lx.line();
        lx.expect(Tok.EQ, "'=' after a global name");
        Linkage linkage = Linkage.EXTERNAL;
        while (true) {
            Tok t = lx.next();
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected 'global', 'constant', 'alias' or 'ifunc'");
            if (t != Tok.WORD) continue;
            String w = syn.internSlice(lx.start(), lx.stop());
            Optional<Linkage> l = Linkage.fromKeyword(w);
            if (l.isPresent()) { linkage = l.get(); continue; }
            if (w.equals("global") || w.equals("constant")) {
                u.globalNames.add(name);
                // an initializer may take a block's address (a computed-goto table)
                int from = lx.pos();
                int e = bodies.lineEndNotingBlockAddress(from, lx.lineStart(), lx.line());
                noteGlobalRefs(from, e);
                lx.gotoLine(e);
                bodies.takeLineTargets(true);
                return;
            }
            if (w.equals("alias") || w.equals("ifunc")) {
                Alias.Kind kind = w.equals("alias") ? Alias.Kind.ALIAS : Alias.Kind.IFUNC;
                Optional<String> target = Optional.empty();
                for (t = lx.next(); t != Tok.EOL && t != Tok.EOF; t = lx.next()) {
                    if (t == Tok.GLOBAL && target.isEmpty()) target = Optional.of(lx.nameText());
                }
                u.aliases.add(new Alias(name, kind, linkage, target, line));
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
                    if (r < to) u.globalRefs.add(lx.unescape(s + 1, r));
                    i = r;
                } else {
                    int r = s;
                    while (r < to && Lexer.isIdentChar(buf.get(r))) r++;
                    if (r > s) u.globalRefs.add(names.words().get(s, r));
                    i = r - 1;
                }
            }
        }
    }

    // ---------------------------------------------------------------- metadata








    // ---------------------------------------------------------------- attribute groups








    // ---------------------------------------------------------------- functions













    // ---------------------------------------------------------------- bodies

    // ---------------------------------------------------------------- building the module

}
