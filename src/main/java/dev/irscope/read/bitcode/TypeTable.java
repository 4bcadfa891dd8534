package dev.irscope.read.bitcode;

import dev.irscope.read.bitcode.IrType.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * TYPE_BLOCK_ID_NEW (BitcodeReader::parseTypeTableBody): every type the module uses, by id.
 * Identified structs may be named before they are defined and referred to before either, so a
 * forward reference makes a struct placeholder that its STRUCT_NAMED or OPAQUE record fills.
 */
final class TypeTable {
    private IrType[] types = new IrType[0];
    private int count;
    private int unnamed;
    private final List<IrType> made = new ArrayList<>(); // pointers and vectors made by the reader
    private IrType genericPointer;

    int size() {
        return count;
    }

    IrType get(long id, Rec r) throws BitcodeError {
        if (id < 0 || id >= count) throw r.error("type id " + id + " out of range (" + count + " types)");
        IrType t = types[(int) id];
        if (t == null) throw r.error("type id " + id + " is used before it is defined");
        return t;
    }

    /** The type or null (for fields that only feed the ABI check). */
    IrType getOrNull(long id) {
        return id >= 0 && id < count ? types[(int) id] : null;
    }

    void read(BitstreamCursor c) throws BitcodeError {
        Rec r = new Rec(c);
        String pendingName = null;
        int next = 0;
        while (true) {
            int e = c.advance();
            if (e == BitstreamCursor.ENTRY_END) break;
            if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                c.skipBlock();
                continue;
            }
            int code = c.readRecord(e, r);
            if (code == 1) { // NUMENTRY
                int n = r.index(0);
                if (n > c.limits.maxTypes()) throw r.error("type table of " + n + " entries (BitcodeLimits.maxTypes)");
                if (n > types.length) types = java.util.Arrays.copyOf(types, n);
                count = Math.max(count, n);
                continue;
            }
            if (code == 19) { // STRUCT_NAME
                pendingName = r.string(0);
                continue;
            }
            IrType t;
            switch (code) {
                case 2 -> t = new IrType(Kind.VOID);
                case 3 -> t = new IrType(Kind.FLOAT);
                case 4 -> t = new IrType(Kind.DOUBLE);
                case 5 -> t = new IrType(Kind.LABEL);
                case 10 -> t = new IrType(Kind.HALF);
                case 13 -> t = new IrType(Kind.X86_FP80);
                case 14 -> t = new IrType(Kind.FP128);
                case 15 -> t = new IrType(Kind.PPC_FP128);
                case 16 -> t = new IrType(Kind.METADATA);
                case 17 -> t = new IrType(Kind.X86_MMX);
                case 22 -> t = new IrType(Kind.TOKEN);
                case 23 -> t = new IrType(Kind.BFLOAT);
                case 24 -> t = new IrType(Kind.X86_AMX);
                case 7 -> t = IrType.of(Kind.INTEGER, r.get(0));
                case 27 -> t = IrType.of(Kind.BYTE, r.get(0));
                case 25 -> t = IrType.of(Kind.OPAQUE_POINTER, r.getOr(0, 0));
                case 8 -> t = IrType.of(Kind.POINTER, r.getOr(1, 0), ref(r.get(0), r, c));
                case 11 -> t = IrType.of(Kind.ARRAY, r.get(0), ref(r.get(1), r, c));
                case 12 -> {
                    t = IrType.of(Kind.VECTOR, r.get(0), ref(r.get(1), r, c));
                    t.flag = r.getOr(2, 0) != 0;
                }
                case 21, 9 -> { // FUNCTION: [vararg, retty, params]; FUNCTION_OLD: [vararg, attrid, retty, params]
                    int from = code == 21 ? 1 : 2;
                    if (r.size() < from + 1) throw r.tooShort(from);
                    IrType[] el = new IrType[r.size() - from];
                    for (int i = from; i < r.size(); i++) el[i - from] = ref(r.get(i), r, c);
                    t = IrType.of(Kind.FUNCTION, 0, el);
                    t.flag = r.get(0) != 0;
                }
                case 18 -> t = struct(null, r, c, new IrType(Kind.STRUCT));
                case 20, 6 -> { // STRUCT_NAMED, OPAQUE: fill the placeholder a forward reference made
                    checkSlot(next, r);
                    t = types[next] != null ? types[next] : new IrType(Kind.STRUCT);
                    if (code == 20) struct(pendingName, r, c, t);
                    else {
                        t.kind = Kind.OPAQUE_STRUCT;
                        t.name = pendingName == null || pendingName.isEmpty() ? null : pendingName;
                    }
                    if (t.name == null) t.unnamedNo = unnamed++;
                    pendingName = null;
                }
                case 26 -> { // TARGET_TYPE: [numtys, tys..., ints...] named by STRUCT_NAME
                    int nt = r.index(0);
                    if (nt + 1 > r.size()) throw r.tooShort(nt + 1);
                    IrType[] el = new IrType[nt];
                    for (int i = 0; i < nt; i++) el[i] = ref(r.get(1 + i), r, c);
                    t = IrType.of(Kind.TARGET, 0, el);
                    t.ints = java.util.Arrays.copyOfRange(r.ops, 1 + nt, r.size());
                    t.name = pendingName == null ? "" : pendingName;
                    pendingName = null;
                }
                default -> t = new IrType(Kind.UNKNOWN); // a newer type: keeps the numbering
            }
            checkSlot(next, r);
            types[next++] = t;
        }
        for (int i = 0; i < count; i++) if (types[i] == null) types[i] = new IrType(Kind.UNKNOWN);
    }

    private void checkSlot(int next, Rec r) throws BitcodeError {
        if (next >= count) throw r.error("more types than the NUMENTRY record announced (" + count + ")");
    }

    /** A member reference, which may point forward: only identified structs can, LLVM makes them. */
    private IrType ref(long id, Rec r, BitstreamCursor c) throws BitcodeError {
        if (id < 0 || id >= count) throw r.error("type id " + id + " out of range (" + count + " types)");
        IrType t = types[(int) id];
        if (t == null) {
            t = new IrType(Kind.STRUCT);
            types[(int) id] = t;
        }
        return t;
    }

    private IrType struct(String name, Rec r, BitstreamCursor c, IrType t) throws BitcodeError {
        t.kind = Kind.STRUCT;
        t.flag = r.get(0) != 0;
        IrType[] el = new IrType[r.size() - 1];
        for (int i = 1; i < r.size(); i++) el[i - 1] = ref(r.get(i), r, c);
        t.elems = el;
        t.name = name == null || name.isEmpty() ? null : name;
        return t;
    }

    /** {@code ptr addrspace(as)}: what a global's or alloca's value is under opaque pointers. */
    IrType opaquePointer(long as) {
        for (int i = 0; i < count; i++) {
            IrType t = types[i];
            if (t.kind == Kind.OPAQUE_POINTER && t.count == as) return t;
        }
        for (IrType t : made) if (t.kind == Kind.OPAQUE_POINTER && t.count == as) return t;
        IrType t = IrType.of(Kind.OPAQUE_POINTER, as);
        made.add(t);
        return t;
    }

    /** {@code pointee addrspace(as)*} under typed pointers. */
    IrType pointerTo(IrType pointee, long as) {
        for (int i = 0; i < count; i++) {
            IrType t = types[i];
            if (t.kind == Kind.POINTER && t.count == as && t.elems[0] == pointee) return t;
        }
        IrType t = IrType.of(Kind.POINTER, as, pointee);
        made.add(t);
        return t;
    }

    /** Whether the module uses typed pointers (LLVM 14 and older by default). */
    boolean typedPointers() {
        for (int i = 0; i < count; i++) if (types[i].kind == Kind.POINTER) return true;
        return false;
    }

    /** A pointer of unknown pointee, for values whose exact type only LLVM's full reader would know. */
    IrType somePointer() {
        if (genericPointer == null) genericPointer = IrType.of(Kind.OPAQUE_POINTER, 0);
        return genericPointer;
    }
}
