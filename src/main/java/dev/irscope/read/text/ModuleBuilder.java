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
 * The last phase: turns what the scan phases collected in a {@link UnitState} into the immutable
 * {@link Module}, resolving attribute groups and module flags, checking that what the unit
 * references is defined, and deciding its LTO partition.
 */
final class ModuleBuilder extends Phase {

    ModuleBuilder(UnitState u) {
        super(u);
    }

    Module build() throws ParseError {
        return build(1, Integer.MAX_VALUE);
    }

    /** Functions at least this many are made on two threads by {@link #build(int, int)}. */
    static final int PARALLEL_BUILD_MIN = 4096;

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
    Module build(int threads, int parallelMin) throws ParseError {
        checkMetadata();
        Map<Integer, AttributeSet> groups = new TreeMap<>();
        for (Map.Entry<Integer, List<Attribute>> g : u.rawGroups.entrySet()) groups.put(g.getKey(), AttributeSet.of(g.getValue()));
        int n = u.functions.size();
        Function[] made = new Function[n];
        List<Note> notes = new ArrayList<>(u.unknown.values());
        int bad;
        // Read-only from here on, so both halves may share it; it reads the metadata only when asked.
        DebugRef.Resolver locs = u.sawDbg ? new DebugLocs(buf, u.firstNumberedMeta) : id -> Optional.empty();
        if (threads > 1 && n >= Math.max(2, parallelMin)) {
            long calls = 0;
            for (PendingFunction f : u.functions) calls += 1 + f.calls.size();
            int mid = 0;
            for (long c = 0; mid < n && c < calls / 2; mid++) c += 1 + u.functions.get(mid).calls.size();
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
            if (!IrReader.runOnThreads(2, half, "irscope-build-")) throw new IllegalStateException("interrupted while reading " + u.file);
            for (RuntimeException e : thrown) if (e != null) throw e;
            bad = firstBad[0] >= 0 ? firstBad[0] : firstBad[1];
        } else {
            bad = makeFunctions(0, n, groups, locs, new HashMap<>(), made);
        }
        if (bad >= 0) throw undefinedGroup(u.functions.get(bad), groups);
        List<Function> out = Arrays.asList(made);
        List<ModuleFlag> flags = new ArrayList<>();
        for (int ref : u.flagRefs) flags.add(moduleFlag(ref, u.nodes.get(ref))); // checkMetadata: all defined
        List<String> idents = new ArrayList<>();
        for (int ref : u.identRefs) {
            String node = u.nodes.get(ref);
            if (node != null) identString(node).ifPresent(idents::add);
        }
        checkSummary();
        Header header = new Header(Optional.ofNullable(u.moduleId), Optional.ofNullable(u.sourceFilename),
                Optional.ofNullable(u.datalayout), Optional.ofNullable(u.triple), idents, u.moduleAsm, ltoKind(flags));
        return new Module(u.file, header, out, u.aliases, flags, groups, u.comdats, notes, lx.end(), lx.line(), u.globalRefs);
    }

    /**
     * Makes functions {@code [from, to)} into {@code out}; returns the index of the first function
     * whose header or calls name an undefined attribute group (it and those after it are not made),
     * or -1.
     */
    private int makeFunctions(int from, int to, Map<Integer, AttributeSet> groups, DebugRef.Resolver locs,
                              Map<Object, AttributeSet> sets, Function[] out) {
        for (int i = from; i < to; i++) {
            PendingFunction f = u.functions.get(i);
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
                    ? new Body(calls, f.indirect, f.asm, f.indirectBr, u.blockTargets.contains(f.name), f.lines,
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
        for (int w : u.wanted) if (!u.nodes.containsKey(w) && (lowest < 0 || w < lowest)) lowest = w;
        // LLParser's location is the id after the '!'
        if (lowest >= 0) throw lx.errorAtOffset(u.wantedAt.get(lowest) + 1, "use of undefined metadata '!" + lowest + "'");
    }

    /** The summary's checks, against the module's globals: functions, aliases and ifuncs, variables. */
    private void checkSummary() throws ParseError {
        if (!u.summary.namesGlobals()) {
            u.summary.check(name -> true);
            return;
        }
        Set<String> globals = new HashSet<>(u.globalNames);
        for (PendingFunction f : u.functions) globals.add(f.name);
        for (Alias a : u.aliases) globals.add(a.name());
        u.summary.check(globals::contains);
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
        if (!u.summary.present()) return LtoKind.UNKNOWN;
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
            behavior = Syntax.parseIndex(b.substring(sp + 1));
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
                String node = u.nodes.get(Syntax.parseIndex(v.substring(i + 1, j)));
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
