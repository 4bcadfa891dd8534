package dev.irscope.read.bitcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value numbering of LLVM's reader (BitcodeReaderValueList): globals in record order, then
 * module constants, then per function its arguments, its constants and every instruction that
 * produces a value. Operands name values by number (relative to the next number from bitcode
 * version 1 on), so the reader must number exactly as LLVM does even for values it does not keep.
 * Each entry has a kind, a type (null when only LLVM's full type inference would know it) and a
 * reference: a global's index, or a constant's record kept for the few uses that print or follow
 * a constant (callees through casts, personality text, metadata values, blockaddress users).
 */
final class ValueTable {
    static final byte GLOBAL = 1, ARG = 2, INST = 3, CONST = 4;

    private byte[] kind = new byte[1024];
    private IrType[] type = new IrType[1024];
    private int[] ref = new int[1024];
    private byte[] code = new byte[1024]; // constants: the CST_CODE
    private int size;
    private final int max;
    /** Operands of kept constants, indexed by {@code ref}; the module's first, then one function's. */
    final List<long[]> constOps = new ArrayList<>();
    /** Per kept constant: the type its SETTYPE gave (for CE casts' source types by id, printing). */
    private int moduleConstOps;

    ValueTable(int max) {
        this.max = max;
    }

    int size() {
        return size;
    }

    int add(byte k, IrType t, int r, Rec at) throws BitcodeError {
        if (size == kind.length) {
            if (size >= max) throw at.error("more than " + max + " values (BitcodeLimits.maxValues)");
            int n = (int) Math.min((long) size * 2, max);
            kind = Arrays.copyOf(kind, n);
            type = Arrays.copyOf(type, n);
            ref = Arrays.copyOf(ref, n);
            code = Arrays.copyOf(code, n);
        }
        kind[size] = k;
        type[size] = t;
        ref[size] = r;
        code[size] = 0;
        return size++;
    }

    int addConst(int cstCode, IrType t, long[] ops, Rec at) throws BitcodeError {
        int r = -1;
        if (ops != null) {
            r = constOps.size();
            constOps.add(ops);
        }
        int id = add(CONST, t, r, at);
        code[id] = (byte) Math.min(cstCode, 127);
        return id;
    }

    /** Marks the end of module-level values: functions truncate back to here. */
    void sealModule() {
        moduleConstOps = constOps.size();
    }

    void truncate(int n) {
        size = n;
        while (constOps.size() > moduleConstOps) constOps.remove(constOps.size() - 1);
    }

    boolean valid(long id) {
        return id >= 0 && id < size;
    }

    byte kind(int id) { return kind[id]; }

    IrType type(int id) { return type[id]; }

    int ref(int id) { return ref[id]; }

    int code(int id) { return code[id]; }

    long[] ops(int id) {
        return kind[id] == CONST && ref[id] >= 0 ? constOps.get(ref[id]) : null;
    }
}
