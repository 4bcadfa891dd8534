package dev.irscope.read.bitcode;

import dev.irscope.ir.Alias;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Body;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one MODULE_BLOCK (BitcodeReader::parseModule) into a {@link Module} equal to what the text
 * reader makes of the {@code .ll} that {@code llvm-dis} prints for it: header records, the type
 * table, attribute groups and lists, global value records (names from the string table), module
 * constants (for value numbering), the metadata the model keeps, and every function body. Blocks
 * it has no use for (summaries, symbol tables, use lists, function-local metadata) are skipped
 * by their length word; records and blocks newer than this reader are skipped and noted.
 */
final class ModuleReader {
    final BitstreamCursor cursor;
    final ValueTable values;
    final TypeTable types = new TypeTable();
    final List<GlobalInfo> globals = new ArrayList<>();
    private final String name;
    private final Strtab strtab;
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final AttributeTable attrs = new AttributeTable(notes);
    private MetadataReader metadata;
    private final Map<Long, String> kinds = new HashMap<>();
    private final List<String> bundleTags = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<String> gcs = new ArrayList<>();
    private final List<String> comdatNames = new ArrayList<>();
    private final List<GlobalInfo> bodies = new ArrayList<>();
    private final Map<Integer, FunctionBody> bodyOf = new HashMap<>();
    private final Set<Integer> blockTargets = new HashSet<>();
    private boolean sealed;
    private boolean hasBlockAddress;
    boolean relativeIds;
    private long version;
    private String triple, datalayout, sourceFilename;
    private boolean moduleAsm;
    private LtoKind lto = LtoKind.FULL;
    private final Rec r;
    final IrType i1 = IrType.of(IrType.Kind.INTEGER, 1);
    final IrType token = new IrType(IrType.Kind.TOKEN);
    final IrType cmpxchgResult = IrType.of(IrType.Kind.STRUCT, 0);
    final IrType someVector = IrType.of(IrType.Kind.VECTOR, 0, i1);

    /** The string table of this module's file (from the top-level STRTAB after it), or null. */
    record Strtab(int at, int length) {}

    ModuleReader(String name, BitstreamCursor cursor, Strtab strtab) {
        this.name = name;
        this.cursor = cursor;
        this.strtab = strtab;
        this.values = new ValueTable(cursor.limits.maxValues());
        this.r = new Rec(cursor);
    }

    /** The module's metadata reader, or null when the module has no metadata block. */
    MetadataReader metadata() {
        return metadata;
    }

    void note(String key, String message) {
        notes.putIfAbsent(key, message);
    }

    /** The cursor is just after the MODULE_BLOCK's ENTER_SUBBLOCK; reads to its END_BLOCK. */
    Module read(long bytes) throws BitcodeError {
        BitstreamCursor c = cursor;
        c.enterBlock();
        attrs.types(types);
        while (true) {
            int e = c.advance();
            if (e == BitstreamCursor.ENTRY_END) break;
            if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                block(c.blockId);
                continue;
            }
            record(c.readRecord(e, r));
        }
        return build(bytes);
    }

    private void block(int id) throws BitcodeError {
        BitstreamCursor c = cursor;
        switch (id) {
            case 17 -> { c.enterBlock(); types.read(c); }              // TYPE_BLOCK_ID_NEW
            case 10 -> { c.enterBlock(); attrs.readGroups(c); }        // PARAMATTR_GROUP_BLOCK
            case 9 -> { c.enterBlock(); attrs.readLists(c); }          // PARAMATTR_BLOCK
            case 11 -> { c.enterBlock(); readConstants(); }            // module-level CONSTANTS_BLOCK
            case 15 -> {                                               // module-level METADATA_BLOCK
                c.enterBlock();
                metadata = new MetadataReader(c);
                metadata.read();
            }
            case 22 -> { c.enterBlock(); readKinds(); }                // METADATA_KIND_BLOCK
            case 21 -> { c.enterBlock(); readBundleTags(); }           // OPERAND_BUNDLE_TAGS_BLOCK
            case 12 -> function();                                     // FUNCTION_BLOCK
            case 14 -> { c.enterBlock(); readModuleVst(); }            // VALUE_SYMTAB (names before v2)
            case 20 -> { lto = LtoKind.THIN; c.skipBlock(); }          // GLOBALVAL_SUMMARY_BLOCK: ThinLTO
            case 24 -> { lto = LtoKind.FULL; c.skipBlock(); }          // FULL_LTO_GLOBALVAL_SUMMARY_BLOCK
            case 18, 19, 26, 16, 25, 23 -> c.skipBlock();              // use lists, module paths, sync scopes, ...
            default -> {
                note("block-" + id, "bitcode block " + id + " is unknown to this reader (a newer LLVM?): skipped");
                c.skipBlock();
            }
        }
    }

    private void record(int code) throws BitcodeError {
        switch (code) {
            case 1 -> { // VERSION: 0 absolute value ids, 1 relative, 2 names in the string table
                version = r.get(0);
                relativeIds = version >= 1;
                if (version > 2) note("version", "module version " + version + " is newer than this reader knows (2)");
            }
            case 2 -> triple = r.string(0);
            case 3 -> datalayout = r.string(0);
            case 4 -> moduleAsm |= r.size() > 0;
            case 5 -> sections.add(r.string(0));
            case 11 -> gcs.add(r.string(0));
            case 16 -> sourceFilename = r.string(0);
            case 12 -> comdat();
            case 7 -> globalVar();
            case 8 -> functionRecord();
            case 9, 14, 18 -> alias(code);
            case 6, 13, 15, 17 -> { } // DEPLIB, VSTOFFSET, METADATA_VALUES_UNUSED, HASH
            default -> note("module-record-" + code, "module record " + code + " is unknown to this reader: skipped");
        }
    }

    // ------------------------------------------------------------------ global values

    /** v2 records start with [strtab offset, strtab size]: the name, then the v1 layout. */
    private int nameFields(GlobalInfo g) throws BitcodeError {
        if (version < 2) return 0;
        g.name = strtabName(r.get(0), r.get(1));
        return 2;
    }

    private String strtabName(long off, long size) throws BitcodeError {
        if (strtab == null) throw r.error("a name in the string table, but the file has no STRTAB block");
        if (off < 0 || size < 0 || off + size > strtab.length()) throw r.error("name at " + off + "+" + size
                + " outside the string table (" + strtab.length() + " bytes)");
        return cursor.text(strtab.at() + (int) off, (int) size);
    }

    private void addGlobal(GlobalInfo g) throws BitcodeError {
        if (sealed) throw r.error("a global value record after the first function body");
        values.add(ValueTable.GLOBAL, g.valueType, globals.size(), r);
        globals.add(g);
    }

    /** [strtab?, pointer type, isconst, initid, linkage, alignment, section, visibility, threadlocal,
     *  unnamed_addr, externally_initialized, dllstorageclass, comdat, attributes, preemption, ...] */
    private void globalVar() throws BitcodeError {
        GlobalInfo g = new GlobalInfo(GlobalInfo.VAR);
        int o = nameFields(g);
        if (r.size() < o + 6) throw r.tooShort(o + 5);
        IrType t = types.get(r.get(o), r);
        long isConst = r.get(o + 1);
        if ((isConst & 2) != 0) {
            long as = isConst >>> 2;
            g.valueType = types.typedPointers() ? types.pointerTo(t, as) : types.opaquePointer(as);
        } else {
            g.valueType = t;
        }
        g.init = r.get(o + 2);
        g.linkage = r.get(o + 3);
        if (r.size() > o + 11) g.comdat = r.get(o + 11);
        else if (Encodings.implicitComdat(g.linkage)) g.comdat = -1;
        if (r.size() > o + 12) g.attrs = r.get(o + 12);
        addGlobal(g);
    }

    /** [strtab?, type, cc, isproto, linkage, paramattr, alignment, section, visibility, gc, unnamed_addr,
     *  prologuedata, dllstorageclass, comdat, prefixdata, personalityfn, preemption, addrspace,
     *  partition offset, partition size] (BitcodeReader::parseFunctionRecord) */
    private void functionRecord() throws BitcodeError {
        GlobalInfo g = new GlobalInfo(GlobalInfo.FUNCTION);
        int o = nameFields(g);
        if (r.size() < o + 8) throw r.tooShort(o + 7);
        IrType t = types.get(r.get(o), r);
        if (t.kind == IrType.Kind.POINTER) t = t.elems[0];
        if (!t.isFunction()) throw r.error("function record whose type is not a function type");
        g.functionType = t;
        g.callingConv = r.get(o + 1);
        g.declaration = r.get(o + 2) != 0;
        g.linkage = r.get(o + 3);
        g.paramAttr = r.get(o + 4);
        g.alignLog = r.get(o + 5);
        g.section = r.get(o + 6);
        g.visibility = r.get(o + 7);
        g.gc = r.getOr(o + 8, 0);
        g.unnamedAddr = r.getOr(o + 9, 0);
        g.prologue = r.getOr(o + 10, 0);
        g.dll = r.getOr(o + 11, 0);
        if (r.size() > o + 12) g.comdat = r.get(o + 12);
        else if (Encodings.implicitComdat(g.linkage)) g.comdat = -1;
        g.prefix = r.getOr(o + 13, 0);
        g.personality = r.getOr(o + 14, 0);
        g.dsoLocal = r.getOr(o + 15, 0) != 0;
        g.addrSpace = r.getOr(o + 16, 0);
        if (r.size() > o + 18 && r.get(o + 18) > 0) g.partition = strtabName(r.get(o + 17), r.get(o + 18));
        g.valueType = types.typedPointers() ? types.pointerTo(t, g.addrSpace) : types.opaquePointer(g.addrSpace);
        if (!g.declaration) {
            g.bodyIndex = bodies.size();
            bodies.add(g);
        }
        addGlobal(g);
    }

    /** ALIAS: [strtab?, value type, addrspace, aliasee, linkage, visibility, ...]; ALIAS_OLD:
     *  [pointer type, aliasee, linkage, ...]; IFUNC: [strtab?, value type, addrspace, resolver, linkage, ...] */
    private void alias(int code) throws BitcodeError {
        GlobalInfo g = new GlobalInfo(code == 18 ? GlobalInfo.IFUNC : GlobalInfo.ALIAS);
        int o = nameFields(g);
        if (code == 9) {
            g.valueType = types.get(r.get(o), r);
            g.init = r.get(o + 1);
            g.linkage = r.get(o + 2);
        } else {
            IrType t = types.get(r.get(o), r);
            long as = r.get(o + 1);
            g.valueType = types.typedPointers() ? types.pointerTo(t, as) : types.opaquePointer(as);
            g.init = r.get(o + 2);
            g.linkage = r.get(o + 3);
        }
        addGlobal(g);
    }

    /** v2: [strtab offset, size, selection]; before: [selection, name size, name...]. */
    private void comdat() throws BitcodeError {
        if (version >= 2) comdatNames.add(strtabName(r.get(0), r.get(1)));
        else {
            int n = r.index(1);
            if (2 + n > r.size()) throw r.tooShort(2 + n);
            comdatNames.add(r.string(2, 2 + n));
        }
    }

    // ------------------------------------------------------------------ constants

    /**
     * A CONSTANTS_BLOCK (the cursor is inside it): every record but SETTYPE is the next value, of
     * the type the last SETTYPE set. Operands are kept except for strings and data arrays, which
     * nothing the model holds needs.
     */
    void readConstants() throws BitcodeError {
        BitstreamCursor c = cursor;
        IrType current = null;
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 1) { // SETTYPE: [typeid]
                current = types.get(r.get(0), r);
                continue;
            }
            long[] ops = switch (code) {
                case 8, 9, 22, 18, 23, 28, 30 -> null; // strings, data arrays, inline asm
                default -> java.util.Arrays.copyOf(r.ops, r.size());
            };
            if (code == 21) hasBlockAddress = true;
            if (code == 11 && ops != null && ops.length < 3 || code == 4 && (ops == null || ops.length < 1)) {
                throw r.error("constant record " + code + " too short");
            }
            values.addConst(code, current, ops, r);
        }
    }

    /**
     * The function (global index) whose block a constant takes the address of, directly or inside
     * an aggregate or constant expression, or -1 (bounded: constants nest, garbage may loop).
     */
    int blockAddressTarget(int v, int depth) {
        if (!hasBlockAddress || depth > 16 || !values.valid(v) || values.kind(v) != ValueTable.CONST) return -1;
        long[] ops = values.ops(v);
        if (ops == null) return -1;
        int code = values.code(v);
        if (code == 21) { // BLOCKADDRESS: [fnty, fn, bb]
            long f = ops.length > 1 ? ops[1] : -1;
            return values.valid(f) && values.kind((int) f) == ValueTable.GLOBAL ? values.ref((int) f) : -1;
        }
        for (int i : ConstantText.valueOperands(code, ops)) {
            long x = ops[i];
            if (x >= 0 && x < Integer.MAX_VALUE) {
                int t = blockAddressTarget((int) x, depth + 1);
                if (t >= 0) return t;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ small blocks

    private void readKinds() throws BitcodeError {
        BitstreamCursor c = cursor;
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 6) kinds.put(r.get(0), r.string(1)); // KIND: [id, name...]
        }
    }

    private void readBundleTags() throws BitcodeError {
        BitstreamCursor c = cursor;
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 1) bundleTags.add(r.string(0)); // OPERAND_BUNDLE_TAG: [chars]
        }
    }

    String bundleTag(long i, Rec at) throws BitcodeError {
        if (i < 0 || i >= bundleTags.size()) throw at.error("operand bundle tag " + i + " is not defined");
        return bundleTags.get((int) i);
    }

    /** Before bitcode version 2 names live here: VST_ENTRY [valueid, name...], FNENTRY [valueid, offset, name...]. */
    private void readModuleVst() throws BitcodeError {
        BitstreamCursor c = cursor;
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (version >= 2 || (code != 1 && code != 3)) continue;
            long id = r.get(0);
            if (id >= 0 && id < globals.size()) globals.get((int) id).name = r.string(code == 3 ? 2 : 1);
        }
    }

    private void function() throws BitcodeError {
        BitstreamCursor c = cursor;
        if (!sealed) {
            sealed = true;
            values.sealModule();
        }
        int k = bodyOf.size();
        if (k >= bodies.size()) throw c.error("more function bodies than function definitions");
        c.enterBlock();
        GlobalInfo f = bodies.get(k);
        bodyOf.put(k, new FunctionBodyReader(this).read(f));
    }

    // ------------------------------------------------------------------ the model

    private Module build(long bytes) throws BitcodeError {
        // Unnamed globals print as @N: variables, then aliases, ifuncs, functions (SlotTracker::processModule).
        int slot = 0;
        for (byte kind : new byte[] {GlobalInfo.VAR, GlobalInfo.ALIAS, GlobalInfo.IFUNC, GlobalInfo.FUNCTION}) {
            for (GlobalInfo g : globals) {
                if (g.kind == kind && g.name.isEmpty()) {
                    g.unnamed = true;
                    g.name = Integer.toString(slot++);
                }
            }
        }
        ConstantText text = new ConstantText(values, globals, types);
        DebugLocations locations = new DebugLocations();
        // Module constants may take blocks' addresses for global initializers (computed-goto tables).
        for (GlobalInfo g : globals) {
            if (g.kind == GlobalInfo.VAR && g.init > 0 && g.init - 1 < Integer.MAX_VALUE) {
                int t = blockAddressTarget((int) (g.init - 1), 0);
                if (t >= 0) blockTargets.add(t);
            }
        }
        for (FunctionBody b : bodyOf.values()) blockTargets.addAll(b.blockAddressTargets);

        // Attribute group numbers as the text printer assigns them (SlotTracker::processModule,
        // then processFunction for each function in order): globals, function headers, calls.
        Map<AttributeSet, Integer> slots = new LinkedHashMap<>();
        for (GlobalInfo g : globals) {
            if (g.kind == GlobalInfo.VAR && g.attrs > 0) slot(slots, attrs.list(g.attrs, r).fn());
        }
        for (GlobalInfo g : globals) {
            if (g.kind == GlobalInfo.FUNCTION) slot(slots, attrs.list(g.paramAttr, r).fn());
        }
        for (GlobalInfo g : globals) {
            FunctionBody b = g.bodyIndex >= 0 ? bodyOf.get(g.bodyIndex) : null;
            if (b == null) continue;
            for (int i = 0; i < b.callAttrCount; i++) slot(slots, attrs.list(b.callAttrLists[i], r).fn());
        }
        Map<Integer, AttributeSet> groups = new LinkedHashMap<>();
        for (Map.Entry<AttributeSet, Integer> e : slots.entrySet()) groups.put(e.getValue(), e.getKey());

        List<Function> functions = new ArrayList<>();
        Set<String> comdats = new LinkedHashSet<>();
        for (int gi = 0; gi < globals.size(); gi++) {
            GlobalInfo g = globals.get(gi);
            if (g.kind != GlobalInfo.FUNCTION) continue;
            FunctionBody b = g.bodyIndex >= 0 ? bodyOf.get(g.bodyIndex) : null;
            if (g.bodyIndex >= 0 && b == null) throw cursor.error("function @" + g.name + " has no body in the module");
            functions.add(function(gi, g, b, slots, text, locations));
            comdat(g).ifPresent(comdats::add);
        }
        for (GlobalInfo g : globals) if (g.kind == GlobalInfo.VAR) comdat(g).ifPresent(comdats::add);

        List<Alias> aliases = new ArrayList<>();
        for (GlobalInfo g : globals) {
            if (g.kind != GlobalInfo.ALIAS && g.kind != GlobalInfo.IFUNC) continue;
            int t = text.firstGlobal(g.init, 0);
            aliases.add(new Alias(g.name, g.kind == GlobalInfo.ALIAS ? Alias.Kind.ALIAS : Alias.Kind.IFUNC,
                    Encodings.linkage(g.linkage), t >= 0 ? Optional.of(globals.get(t).name) : Optional.empty(), 0));
        }

        List<ModuleFlag> flags = new ArrayList<>();
        List<String> idents = new ArrayList<>();
        if (metadata != null) {
            MetadataText mt = new MetadataText(metadata, text);
            long[] f = metadata.named.get("llvm.module.flags");
            if (f != null) for (long id : f) flags.add(mt.flag(id));
            long[] i = metadata.named.get("llvm.ident");
            if (i != null) for (long id : i) mt.ident(id).ifPresent(idents::add);
            if (mt.incomplete) note("metadata", "a module flag holds metadata this reader does not print; shown as a placeholder");
        }
        if (text.incomplete) note("constants", "a constant this reader does not print is shown as a placeholder");

        Header header = new Header(Optional.of(name), Optional.ofNullable(sourceFilename), Optional.ofNullable(datalayout),
                Optional.ofNullable(triple), idents, moduleAsm, lto);
        List<Note> out = new ArrayList<>();
        for (String n : notes.values()) out.add(new Note(0, n));
        return new Module(name, header, functions, aliases, flags, groups, new ArrayList<>(comdats), out, bytes, 0,
                globalRefs());
    }

    /**
     * Every global the initializers of global variables name, through aggregates and constant
     * expressions (what the text reader collects from the {@code @names} on those lines).
     */
    private Set<String> globalRefs() {
        Set<String> refs = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        for (GlobalInfo g : globals) {
            if (g.kind == GlobalInfo.VAR && g.init > 0 && values.valid(g.init - 1)) todo.push((int) (g.init - 1));
        }
        while (!todo.isEmpty()) {
            int v = todo.pop();
            if (!seen.add(v)) continue;
            if (values.kind(v) == ValueTable.GLOBAL) {
                refs.add(globals.get(values.ref(v)).name);
                continue;
            }
            long[] ops = values.ops(v);
            if (values.kind(v) != ValueTable.CONST || ops == null) continue;
            for (int i : ConstantText.valueOperands(values.code(v), ops)) {
                if (values.valid(ops[i])) todo.push((int) ops[i]);
            }
        }
        return refs;
    }

    private static void slot(Map<AttributeSet, Integer> slots, AttributeSet s) {
        if (!s.isEmpty()) slots.putIfAbsent(s, slots.size());
    }

    private Optional<String> comdat(GlobalInfo g) throws BitcodeError {
        if (g.comdat == -1) return Optional.of(g.name);
        if (g.comdat <= 0) return Optional.empty();
        if (g.comdat > comdatNames.size()) throw cursor.error("comdat " + g.comdat + " of @" + g.name + " is not defined");
        return Optional.of(comdatNames.get((int) g.comdat - 1));
    }

    private Function function(int gi, GlobalInfo g, FunctionBody b, Map<AttributeSet, Integer> slots, ConstantText text,
                              DebugLocations locations) throws BitcodeError {
        AttributeTable.AttrList al = attrs.list(g.paramAttr, r);
        IrType ft = g.functionType;
        List<Param> params = new ArrayList<>(ft.paramCount());
        int unnamed = 0;
        for (int i = 0; i < ft.paramCount(); i++) {
            Optional<String> pn = Optional.empty();
            if (b != null) {
                String n = b.argNames.get(i);
                pn = Optional.of(n != null ? n : Integer.toString(unnamed++));
            }
            params.add(new Param(ft.param(i).render(), al.param(i), pn));
        }
        Linkage linkage = Encodings.linkage(g.linkage);
        String visibility = linkage.local() ? "default" : Encodings.visibility(g.visibility);
        // GlobalValue::isImplicitDSOLocal: local linkage, or hidden/protected visibility, prints no dso_local.
        boolean implicitDso = linkage.local() || !visibility.equals("default") && linkage != Linkage.EXTERN_WEAK;
        List<Integer> groups = al.fn().isEmpty() ? List.of() : List.of(slots.get(al.fn()));
        Optional<String> personalityText = g.personality > 0 ? Optional.of(text.typed(g.personality - 1)) : Optional.empty();
        Optional<String> personality = personalityText.map(t -> firstGlobal(t).orElse(t));
        List<String> md = new ArrayList<>();
        List<Long> kindIds = b != null ? b.attachmentKinds : declKinds(gi);
        for (long k : kindIds) md.add(kinds.getOrDefault(k, "kind" + k));
        Body body = Body.NONE;
        if (b != null) {
            List<CallSite> calls = new ArrayList<>(b.calls.size());
            for (FunctionBody.Call call : b.calls) {
                AttributeSet ca = attrs.list(call.attrList(), r).fn();
                long[] l = call.loc();
                DebugRef dbg = l == null ? DebugRef.NONE : DebugRef.of(locations.add(l[0], l[1], l[2],
                        b.metadata != null ? b.metadata : metadata), locations);
                calls.add(new CallSite(globals.get(call.callee()).name, call.kind(), ca, call.bundles(), call.abi(), 0,
                        call.constantArgs(), dbg));
            }
            body = new Body(calls, b.indirect, b.asm, b.indirectBr, blockTargets.contains(gi), 0, b.indirectAbi, b.asmAbi);
        }
        return new Function(g.name, !g.declaration, linkage, g.dsoLocal && !implicitDso, visibility,
                Encodings.dll(g.dll), Encodings.callingConv(g.callingConv), al.ret(), ft.returnType().render(),
                List.copyOf(params), ft.flag, Encodings.unnamedAddr(g.unnamedAddr), (int) g.addrSpace, al.fn(), groups,
                index(sections, g.section), g.partition.isEmpty() ? Optional.empty() : Optional.of(g.partition),
                comdat(g), g.alignLog > 0 && g.alignLog < 33 ? 1 << (g.alignLog - 1) : 0, index(gcs, g.gc),
                g.prefix > 0 ? Optional.of(text.typed(g.prefix - 1)) : Optional.empty(),
                g.prologue > 0 ? Optional.of(text.typed(g.prologue - 1)) : Optional.empty(),
                personality, personalityText, List.copyOf(md), body, 0);
    }

    private List<Long> declKinds(int gi) {
        if (metadata == null) return List.of();
        long[] a = metadata.declAttachments.get((long) gi);
        if (a == null) return List.of();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i + 1 < a.length; i += 2) out.add(a[i]);
        return out;
    }

    private static Optional<String> index(List<String> list, long i) {
        return i > 0 && i <= list.size() ? Optional.of(list.get((int) i - 1)) : Optional.empty();
    }

    /** The text reader's rule for the personality symbol: the first {@code @name} of the operand text. */
    static Optional<String> firstGlobal(String text) {
        int i = text.indexOf('@');
        if (i < 0) return Optional.empty();
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '"') {
            int k = text.indexOf('"', j + 1);
            return Optional.of(k < 0 ? text.substring(j + 1) : text.substring(j + 1, k));
        }
        while (j < text.length() && identChar(text.charAt(j))) j++;
        return Optional.of(text.substring(i + 1, j));
    }

    private static boolean identChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '$'
                || c == '-';
    }
}
