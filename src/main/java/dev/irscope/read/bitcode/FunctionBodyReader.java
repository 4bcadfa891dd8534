package dev.irscope.read.bitcode;

import dev.irscope.ir.CallKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one FUNCTION_BLOCK (BitcodeReader::parseFunctionBody) just far enough to number every
 * value as LLVM does and to see every call, invoke and callbr. Operands are relative value numbers
 * (bitcode version >= 1); a forward reference carries its type explicitly, a backward one does
 * not, so a record can only be walked knowing which earlier values exist: every record that
 * produces a value is counted, and its type kept where the record gives it cheaply (the only use
 * of types is X86's ABI check on vararg arguments). Record layouts cited below are from
 * LLVMBitCodes.h (FunctionCodes) and parseFunctionBody, valid for bitcode of LLVM 3.8 to 22.
 */
final class FunctionBodyReader {
    private final ModuleReader m;
    private final ValueTable values;
    private final TypeTable types;
    private final Rec r;
    private int slot;
    private IrType vtType;

    FunctionBodyReader(ModuleReader m) {
        this.m = m;
        this.values = m.values;
        this.types = m.types;
        this.r = new Rec(m.cursor);
    }

    /** The cursor is just inside the function's block; {@code f} is the function it defines. */
    FunctionBody read(GlobalInfo f) throws BitcodeError {
        BitstreamCursor c = m.cursor;
        FunctionBody body = new FunctionBody();
        int moduleValues = values.size();
        IrType fnTy = f.functionType;
        int firstArg = values.size();
        for (int i = 0; i < fnTy.paramCount(); i++) values.add(ValueTable.ARG, fnTy.param(i), -1, r);
        Set<Integer> blockAddressConsts = new HashSet<>();
        Set<Long> callbrOperands = new HashSet<>();
        List<String> bundles = new ArrayList<>(0);
        int lastCall = -1;          // index in body.calls of the last instruction, if it was a direct call
        long[] lastLoc = null;
        while (true) {
            int e = c.advance();
            if (e == BitstreamCursor.ENTRY_END) break;
            if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                switch (c.blockId) {
                    case 11 -> { // CONSTANTS_BLOCK: function-level constants get the next numbers
                        c.enterBlock();
                        int from = values.size();
                        m.readConstants();
                        for (int v = from; v < values.size(); v++) {
                            if (m.blockAddressTarget(v, 0) >= 0) blockAddressConsts.add(v);
                        }
                    }
                    case 14 -> { // VALUE_SYMTAB: argument names
                        c.enterBlock();
                        body.argNames = readArgNames(firstArg, fnTy.paramCount());
                    }
                    case 15 -> { // METADATA_BLOCK: the function's own nodes, numbered after the module's
                        c.enterBlock();
                        body.metadata = new MetadataReader(c, m.metadata(), values);
                        body.metadata.read();
                    }
                    case 16 -> { // METADATA_ATTACHMENT: [kind, node]* for the function itself
                        c.enterBlock();
                        readAttachments(body);
                    }
                    default -> c.skipBlock(); // function-local metadata, use lists, newer blocks
                }
                continue;
            }
            int code = c.readRecord(e, r);
            slot = 0;
            boolean inst = true;
            int callIndex = -1;
            switch (code) {
                case 1 -> inst = false; // DECLAREBLOCKS: [n]
                case 2 -> define(vtp());   // BINOP: [opval(vtp), opval, opcode, flags?]
                case 3 -> { vtp(); define(types.getOrNull(r.get(slot))); } // CAST: [opval(vtp), destty, opc, flags?]
                case 4, 30 -> define(types.somePointer()); // GEP_OLD, INBOUNDS_GEP_OLD
                case 43 -> { // GEP: [flags, srcty, base(vtp), indices(vtp)...]
                    slot = 2;
                    IrType t = vtp();
                    while (slot < r.n) {
                        IrType it = vtp();
                        if (it != null && it.kind == IrType.Kind.VECTOR) t = it;
                    }
                    define(t != null && t.kind == IrType.Kind.VECTOR ? t : types.somePointer());
                }
                case 5 -> define(null); // SELECT (pre-3.0)
                case 29 -> define(vtp()); // VSELECT: [tval(vtp), fval, cond(vtp)]
                case 6 -> { // EXTRACTELT: [vec(vtp), idx(vtp)]
                    IrType t = vtp();
                    define(t != null && t.kind == IrType.Kind.VECTOR ? t.elems[0] : null);
                }
                case 7 -> define(vtp()); // INSERTELT: [vec(vtp), elt, idx(vtp)]
                case 8 -> define(vectorOf(vtp())); // SHUFFLEVEC: [v1(vtp), v2, mask(vtp)]
                case 9, 28 -> { // CMP, CMP2: [lhs(vtp), rhs, pred, flags?]
                    IrType t = vtp();
                    define(t != null && t.kind == IrType.Kind.VECTOR ? t : m.i1);
                }
                case 10, 11, 12, 15, 24, 42, 44, 45, 36, 39, 48, 49 -> { } // ret, br, switch, unreachable, stores, fence, resume, cleanupret, catchret
                case 31 -> body.indirectBr = true; // INDIRECTBR: [opty, addr, bb...]
                case 13, 34, 57 -> {
                    callIndex = call(code, body, bundles, callbrOperands);
                    bundles = new ArrayList<>(0);
                }
                case 16 -> define(types.getOrNull(r.get(0))); // PHI: [ty, (val, bb)*]
                case 40, 47 -> define(types.getOrNull(r.get(0))); // LANDINGPAD(_OLD): [ty, ...]
                case 19 -> define(types.somePointer()); // ALLOCA: [instty, opty, op, align]
                case 20, 41 -> { // LOAD: [op(vtp), ty?, align, vol]; LOADATOMIC: [..., ordering, ssid]
                    IrType p = vtp();
                    int rest = code == 20 ? 3 : 5;
                    IrType t = slot + rest == r.n ? types.getOrNull(r.get(slot))
                            : p != null && p.kind == IrType.Kind.POINTER ? p.elems[0] : null;
                    define(t);
                }
                case 23 -> define(types.getOrNull(r.get(2))); // VAARG: [valistty, valist, resty]
                case 26 -> { // EXTRACTVAL: [agg(vtp), idx...]
                    IrType t = vtp();
                    while (t != null && slot < r.n) {
                        long i = r.ops[slot++];
                        t = switch (t.kind) {
                            case STRUCT -> i >= 0 && i < t.elems.length ? t.elems[(int) i] : null;
                            case ARRAY, VECTOR -> t.elems[0];
                            default -> null;
                        };
                    }
                    define(t);
                }
                case 27 -> define(vtp()); // INSERTVAL: [agg(vtp), val(vtp), idx...]
                case 37, 46 -> define(m.cmpxchgResult); // CMPXCHG: { T, i1 }
                case 38 -> { // ATOMICRMW_OLD: [ptr(vtp), val, ...]: the pointee's type
                    IrType p = vtp();
                    define(p != null && p.kind == IrType.Kind.POINTER ? p.elems[0] : null);
                }
                case 59 -> { vtp(); define(vtp()); } // ATOMICRMW: [ptr(vtp), val(vtp), ...]
                case 50, 51, 52 -> define(m.token); // CATCHPAD, CLEANUPPAD, CATCHSWITCH
                case 56, 58 -> define(vtp()); // UNOP: [op(vtp), opcode]; FREEZE: [op(vtp)]
                case 55 -> { // OPERAND_BUNDLE: [tag, values...], before the call it belongs to
                    inst = false;
                    bundles.add(m.bundleTag(r.get(0), r));
                }
                case 35 -> { // DEBUG_LOC: [line, col, scope, inlinedAt, implicit?] of the last instruction
                    inst = false;
                    lastLoc = new long[] {r.get(0), r.get(1), r.getOr(2, 0)};
                    if (lastCall >= 0) body.calls.set(lastCall, body.calls.get(lastCall).withLoc(lastLoc));
                }
                case 33 -> { // DEBUG_LOC_AGAIN
                    inst = false;
                    if (lastCall >= 0 && lastLoc != null) body.calls.set(lastCall, body.calls.get(lastCall).withLoc(lastLoc));
                }
                case 60, 61, 62, 63, 64, 65, 66 -> inst = false; // BLOCKADDR_USERS, debug records
                default -> {
                    inst = false;
                    m.note("record-" + code, "function body record " + code + " is unknown to this reader (a newer LLVM?):"
                            + " skipped, so the value numbering of the rest of its function may be off");
                }
            }
            if (inst) lastCall = callIndex; // DEBUG_LOC belongs to the last instruction, whatever came between
        }
        for (int v : blockAddressConsts) {
            if (!callbrOperands.contains((long) v)) {
                int target = m.blockAddressTarget(v, 0);
                if (target >= 0) body.blockAddressTargets.add(target);
            }
        }
        values.truncate(moduleValues);
        return body;
    }

    private void define(IrType t) throws BitcodeError {
        values.add(ValueTable.INST, t, -1, r);
    }

    private IrType vectorOf(IrType t) {
        return t != null && t.kind == IrType.Kind.VECTOR ? t : m.someVector;
    }

    /** getValueTypePair: a relative value number, and its type id when the value is not defined yet. */
    private IrType vtp() throws BitcodeError {
        long v = value();
        if (v < values.size()) {
            vtType = values.type((int) v);
            return vtType;
        }
        vtType = types.getOrNull(r.get(slot++));
        return vtType;
    }

    private long lastValue;

    /** A value number (getValue / popValue): relative to the next number from version 1 on. */
    private long value() throws BitcodeError {
        long raw = r.get(slot++) & 0xFFFFFFFFL;
        int next = values.size();
        long v = m.relativeIds ? (next - raw) & 0xFFFFFFFFL : raw;
        lastValue = v;
        return v;
    }

    /**
     * CALL: [attrs, cc, fmf?, fnty?, callee(vtp), args...]; INVOKE: [attrs, cc, normal, unwind,
     * fnty?, callee(vtp), args...]; CALLBR: [attrs, cc, default, n, indirect x n, fnty?, callee(vtp),
     * args...]. The cc word holds the tail-call kind (bits 0, 14, 16), fast-math presence (bit 17)
     * and explicit type (bit 15; bit 13 for invoke). Returns the index of the direct call made, or -1.
     */
    private int call(int code, FunctionBody body, List<String> bundles, Set<Long> callbrOperands) throws BitcodeError {
        long attrs = r.get(slot++);
        long cc = r.get(slot++);
        CallKind kind;
        boolean explicit;
        if (code == 13) {
            slot += 2;
            kind = CallKind.INVOKE;
            explicit = (cc >> 13 & 1) != 0;
        } else if (code == 57) {
            slot++;
            long n = r.get(slot++);
            if (n > r.n) throw r.error("callbr with " + n + " indirect destinations");
            slot += (int) n;
            kind = CallKind.CALLBR;
            explicit = (cc >> 15 & 1) != 0;
        } else {
            if ((cc >> 17 & 1) != 0) slot++;
            explicit = (cc >> 15 & 1) != 0;
            kind = (cc & (1 << 16)) != 0 ? CallKind.NOTAIL : (cc & (1 << 14)) != 0 ? CallKind.MUSTTAIL
                    : (cc & 1) != 0 ? CallKind.TAIL : CallKind.CALL;
        }
        int instNum = values.size();
        IrType fnTy = explicit ? types.get(r.get(slot++), r) : null;
        IrType calleeTy = vtp();
        long callee = lastValue;
        if (fnTy == null && calleeTy != null && calleeTy.kind == IrType.Kind.POINTER) fnTy = calleeTy.elems[0];
        if (fnTy == null || !fnTy.isFunction()) throw r.error("call without a function type");
        body.addCallAttrList(attrs);
        boolean abi = fnTy.returnType().isAggregateOrVector();
        boolean constant = false;
        for (int i = 0; i < fnTy.paramCount(); i++) {
            IrType p = fnTy.param(i);
            if (p.isLabel()) slot++;
            else {
                value();
                // A metadata argument is a metadata id: function-local ones (a %value wrapped) are no constant.
                constant |= p.kind == IrType.Kind.METADATA
                        ? body.metadata == null || !body.metadata.isLocal(lastValue)
                        : isConstant(lastValue, instNum);
                if (code == 57) callbrOperands.add(lastValue);
            }
            abi |= p.isAggregateOrVector();
        }
        if (fnTy.flag) {
            while (slot < r.n) {
                IrType t = vtp();
                constant |= isConstant(lastValue, instNum);
                if (code == 57) callbrOperands.add(lastValue);
                abi |= t != null && t.isAggregateOrVector();
            }
        }
        if (!fnTy.returnType().isVoid()) define(fnTy.returnType());
        return classify(callee, instNum, kind, attrs, bundles, abi, constant, body);
    }

    /** What the text reader counts as a constant argument: anything but a %local (argument or instruction). */
    private boolean isConstant(long v, int instNum) {
        if (v >= instNum || v < 0) return false;
        byte k = values.kind((int) v);
        return k == ValueTable.GLOBAL || k == ValueTable.CONST;
    }

    /** How the text reader counts the callee: direct, through a cast (indirect), inline asm, or local. */
    private int classify(long callee, int instNum, CallKind kind, long attrs, List<String> bundles, boolean abi,
                         boolean constant, FunctionBody body) {
        if (callee >= instNum || callee < 0) { // a forward reference: an instruction
            body.indirect++;
            body.indirectAbi |= abi;
            return -1;
        }
        int v = (int) callee;
        switch (values.kind(v)) {
            case ValueTable.GLOBAL -> {
                body.calls.add(new FunctionBody.Call(values.ref(v), kind, attrs, List.copyOf(bundles), abi, constant, null));
                return body.calls.size() - 1;
            }
            case ValueTable.CONST -> {
                int cst = values.code(v);
                long[] ops = values.ops(v);
                if (cst == 18 || cst == 23 || cst == 28 || cst == 30) { // INLINEASM (every version)
                    body.asm++;
                    body.asmAbi |= abi;
                } else if (cst == 11 && ops != null && ops.length > 0
                        && (ops[0] == Encodings.CAST_BITCAST || ops[0] == Encodings.CAST_ADDRSPACECAST)
                        || cst == 12 || cst == 20 || cst == 24 || cst == 31 || cst == 32) {
                    body.indirect++; // a cast or GEP of a function: not getCalledFunction, and no ABI look
                } else if ((cst == 27 || cst == 29) && ops != null && ops.length > 1 && values.valid(ops[1])
                        && values.kind((int) ops[1]) == ValueTable.GLOBAL) { // dso_local_equivalent @f, no_cfi @f
                    body.calls.add(new FunctionBody.Call(values.ref((int) ops[1]), kind, attrs, List.copyOf(bundles), abi,
                            constant, null));
                    return body.calls.size() - 1;
                } else {
                    body.indirectAbi |= abi; // null, undef, inttoptr (...): the text names no callee
                }
                return -1;
            }
            default -> {
                body.indirect++;
                body.indirectAbi |= abi;
                return -1;
            }
        }
    }

    /** VST_ENTRY [valueid, namechar...] of the arguments; blocks and instructions are not kept. */
    private Map<Integer, String> readArgNames(int firstArg, int count) throws BitcodeError {
        BitstreamCursor c = m.cursor;
        Map<Integer, String> names = new HashMap<>();
        while (true) {
            int e = c.advance();
            if (e == BitstreamCursor.ENTRY_END) return names;
            if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                c.skipBlock();
                continue;
            }
            if (c.readRecord(e, r) == 1 && r.n >= 1) {
                long id = r.ops[0];
                if (id >= firstArg && id < firstArg + count) names.put((int) (id - firstArg), r.string(1));
            }
        }
    }

    private void readAttachments(FunctionBody body) throws BitcodeError {
        BitstreamCursor c = m.cursor;
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 11 && r.n % 2 == 0) { // ATTACHMENT: [kind, node]* of the function
                for (int i = 0; i < r.n; i += 2) body.attachmentKinds.add(r.ops[i]);
            }
        }
    }
}
