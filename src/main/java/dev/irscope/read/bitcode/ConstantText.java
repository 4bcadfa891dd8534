package dev.irscope.read.bitcode;

import java.util.List;

/**
 * Prints a module-level value the way AsmWriter prints an operand ({@code ptr @f},
 * {@code i32 1}, {@code i8* bitcast (i32 (...)* @g to i8*)}), for the few places the model keeps
 * the text: personality, prefix and prologue operands and module flag values. Also finds the
 * first global such a text names (what the text reader takes as an alias target or personality).
 * Constants without a printer here come out as {@code <constant N>}, noted by the caller.
 */
final class ConstantText {
    private final ValueTable values;
    private final List<GlobalInfo> globals;
    private final TypeTable types;
    boolean incomplete; // something printed as a placeholder

    ConstantText(ValueTable values, List<GlobalInfo> globals, TypeTable types) {
        this.values = values;
        this.globals = globals;
        this.types = types;
    }

    String typed(long id) {
        StringBuilder b = new StringBuilder();
        typed(b, id, 0);
        return b.toString();
    }

    private void typed(StringBuilder b, long id, int depth) {
        if (!values.valid(id)) {
            incomplete = true;
            b.append("<value ").append(id).append('>');
            return;
        }
        IrType t = values.type((int) id);
        b.append(t == null ? "?" : t.render()).append(' ');
        value(b, id, depth);
    }

    void value(StringBuilder b, long id, int depth) {
        if (!values.valid(id) || depth > 32) {
            incomplete = true;
            b.append("<value ").append(id).append('>');
            return;
        }
        int v = (int) id;
        if (values.kind(v) == ValueTable.GLOBAL) {
            GlobalInfo g = globals.get(values.ref(v));
            b.append(g.unnamed ? "@" + g.name : Names.global(g.name));
            return;
        }
        if (values.kind(v) != ValueTable.CONST) {
            incomplete = true;
            b.append("<value ").append(id).append('>');
            return;
        }
        IrType t = values.type(v);
        long[] ops = values.ops(v);
        switch (values.code(v)) {
            case 2 -> b.append(nullText(t)); // NULL
            case 3 -> b.append("undef");
            case 26 -> b.append("poison");
            case 4 -> { // INTEGER
                long x = Rec.signed(ops[0]);
                if (t != null && t.kind == IrType.Kind.INTEGER && t.count == 1) b.append(x != 0 ? "true" : "false");
                else b.append(x);
            }
            case 11 -> { // CE_CAST [opcode, opty, opval]
                if (ops.length < 3) { incomplete = true; b.append("<cast>"); return; }
                b.append(Encodings.cast(ops[0])).append(" (");
                typed(b, ops[2], depth + 1);
                b.append(" to ").append(t == null ? "?" : t.render()).append(')');
            }
            case 32, 20, 12 -> gep(b, values.code(v), ops, depth);
            case 10 -> { // CE_BINOP [opcode, lhs, rhs, flags?]
                if (ops.length < 3) { incomplete = true; b.append("<binop>"); return; }
                int op = (int) Math.min(ops[0], 13);
                long fl = ops.length > 3 ? ops[3] : 0;
                b.append(op < BINOPS.length ? BINOPS[op] : "binop" + op);
                if (op == 0 || op == 1 || op == 2 || op == 7) { // OverflowingBinaryOperator: nuw, nsw
                    if ((fl & 1) != 0) b.append(" nuw");
                    if ((fl & 2) != 0) b.append(" nsw");
                } else if ((op == 3 || op == 4 || op == 8 || op == 9) && (fl & 1) != 0) {
                    b.append(" exact");
                }
                b.append(" (");
                typed(b, ops[1], depth + 1);
                b.append(", ");
                typed(b, ops[2], depth + 1);
                b.append(')');
            }
            case 7 -> aggregate(b, t, ops, depth);
            case 27 -> { // DSO_LOCAL_EQUIVALENT [gvty, gv]
                b.append("dso_local_equivalent ");
                if (ops.length > 1) value(b, ops[1], depth + 1);
            }
            case 29 -> { // NO_CFI [fty, f]
                b.append("no_cfi ");
                if (ops.length > 1) value(b, ops[1], depth + 1);
            }
            default -> {
                incomplete = true;
                b.append("<constant ").append(values.code(v)).append('>');
            }
        }
    }

    private static final String[] BINOPS = {"add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr",
        "and", "or", "xor"};

    private static String nullText(IrType t) {
        if (t == null) return "zeroinitializer";
        return switch (t.kind) {
            case INTEGER -> t.count == 1 ? "false" : "0";
            case POINTER, OPAQUE_POINTER -> "null";
            case TOKEN -> "none";
            case HALF, BFLOAT, FLOAT, DOUBLE -> "0.000000e+00";
            default -> "zeroinitializer";
        };
    }

    private void gep(StringBuilder b, int code, long[] ops, int depth) {
        // CE_GEP: [pointee type, flags, (type, value)*]; INBOUNDS_GEP / GEP_OLD: [pointee type?, (type, value)*]
        int i = 0;
        long flags = code == 20 ? 1 : 0;
        IrType src = null;
        if (code == 32) {
            if (ops.length < 2) { incomplete = true; b.append("<gep>"); return; }
            src = types.getOrNull(ops[0]);
            flags = ops[1];
            i = 2;
        } else if ((ops.length & 1) == 1) {
            src = types.getOrNull(ops[0]);
            i = 1;
        }
        b.append("getelementptr");
        if ((flags & 1) != 0) b.append(" inbounds");
        else if ((flags & 2) != 0) b.append(" nusw");
        if ((flags & 4) != 0) b.append(" nuw");
        b.append(" (").append(src == null ? "?" : src.render());
        for (; i + 1 < ops.length; i += 2) {
            b.append(", ");
            typed(b, ops[i + 1], depth + 1);
        }
        b.append(')');
    }

    private void aggregate(StringBuilder b, IrType t, long[] ops, int depth) {
        if (t == null) { incomplete = true; b.append("<aggregate>"); return; }
        String open, close;
        switch (t.kind) {
            case STRUCT -> { open = t.flag ? "<{ " : "{ "; close = t.flag ? " }>" : " }"; }
            case ARRAY -> { open = "["; close = "]"; }
            case VECTOR -> { open = "<"; close = ">"; }
            default -> { incomplete = true; b.append("<aggregate>"); return; }
        }
        b.append(open);
        for (int i = 0; i < ops.length; i++) {
            if (i > 0) b.append(", ");
            typed(b, ops[i], depth + 1);
        }
        b.append(close);
    }

    /** The first global a constant's text names (depth-first, in printing order), or -1. */
    int firstGlobal(long id, int depth) {
        if (!values.valid(id) || depth > 32) return -1;
        int v = (int) id;
        if (values.kind(v) == ValueTable.GLOBAL) return values.ref(v);
        long[] ops = values.ops(v);
        if (ops == null) return -1;
        int[] valueOps = valueOperands(values.code(v), ops);
        for (int i : valueOps) {
            int g = firstGlobal(ops[i], depth + 1);
            if (g >= 0) return g;
        }
        return -1;
    }

    /** Which operands of a constant record are value ids (ConstantsCodes in LLVMBitCodes.h). */
    static int[] valueOperands(int code, long[] ops) {
        int n = ops.length;
        return switch (code) {
            case 7 -> range(0, n, 1);                       // AGGREGATE
            case 10 -> range(1, Math.min(n, 3), 1);         // CE_BINOP [opcode, lhs, rhs]
            case 11 -> n > 2 ? new int[] {2} : new int[0];  // CE_CAST
            case 12, 20 -> range((n & 1) == 1 ? 2 : 1, n, 2); // GEP_OLD / INBOUNDS_GEP
            case 24, 32 -> range(3, n, 2);                  // [pointee, flags, (ty, val)*]
            case 13 -> range(0, Math.min(n, 3), 1);         // CE_SELECT
            case 15, 16 -> range(0, Math.min(n, 2), 1);
            case 14, 17, 19 -> range(1, Math.min(n, 3), 1);
            case 21, 27, 29 -> n > 1 ? new int[] {1} : new int[0]; // BLOCKADDRESS, DSO_LOCAL_EQUIVALENT, NO_CFI
            case 25 -> n > 1 ? new int[] {1} : new int[0];  // CE_UNOP [opcode, val]
            case 33, 34 -> range(0, Math.min(n, 4), 1);     // PTRAUTH [ptr, key, disc, addrdisc]
            default -> new int[0];
        };
    }

    private static int[] range(int from, int to, int step) {
        if (from >= to) return new int[0];
        int[] r = new int[(to - from + step - 1) / step];
        for (int i = 0; i < r.length; i++) r[i] = from + i * step;
        return r;
    }
}
