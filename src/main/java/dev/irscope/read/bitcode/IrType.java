package dev.irscope.read.bitcode;

/**
 * One entry of the type table, printed the way LLVM's TypePrinting prints it (AsmWriter.cpp), so
 * that a parameter or return type read from bitcode is the same text the reader of {@code .ll}
 * keeps: {@code i32}, {@code ptr}, {@code ptr addrspace(1)}, {@code i8*} (typed pointers before
 * LLVM 17), {@code { i64, ptr }}, {@code <{ i8 }>}, {@code [4 x i32]}, {@code <4 x float>},
 * {@code <vscale x 2 x i64>}, {@code void (i32, ...)}, {@code %struct.foo}, {@code target("a", i8, 1)}.
 * Struct and pointer bodies may refer forward in the table, so they are filled after creation.
 */
final class IrType {
    enum Kind {
        VOID, HALF, BFLOAT, FLOAT, DOUBLE, X86_FP80, FP128, PPC_FP128, LABEL, METADATA, X86_MMX, X86_AMX,
        TOKEN, INTEGER, BYTE, POINTER, OPAQUE_POINTER, FUNCTION, STRUCT, ARRAY, VECTOR, TARGET, OPAQUE_STRUCT, UNKNOWN
    }

    Kind kind; // a forward-referenced struct placeholder becomes STRUCT or OPAQUE_STRUCT
    long count;          // integer width, array/vector length, address space
    boolean flag;        // packed struct, scalable vector, vararg function
    IrType[] elems = {}; // struct members, array/vector element, pointee, return type + params
    String name;         // identified struct name (null if literal), target type name
    long[] ints = {};    // target type int params
    int unnamedNo = -1;  // number of an unnamed identified struct (%0, %1, ...)
    private String text;

    IrType(Kind kind) {
        this.kind = kind;
    }

    static IrType of(Kind kind, long count, IrType... elems) {
        IrType t = new IrType(kind);
        t.count = count;
        t.elems = elems;
        return t;
    }

    boolean isVoid() { return kind == Kind.VOID; }

    boolean isLabel() { return kind == Kind.LABEL; }

    boolean isFunction() { return kind == Kind.FUNCTION; }

    boolean isPointer() { return kind == Kind.POINTER || kind == Kind.OPAQUE_POINTER; }

    /** X86's ABI check looks at these: a vector, struct or array crosses the call. */
    boolean isAggregateOrVector() {
        return kind == Kind.STRUCT || kind == Kind.OPAQUE_STRUCT || kind == Kind.ARRAY || kind == Kind.VECTOR;
    }

    /** Return type of a function type. */
    IrType returnType() { return elems[0]; }

    int paramCount() { return elems.length - 1; }

    IrType param(int i) { return elems[i + 1]; }

    String render() {
        if (text == null) {
            StringBuilder b = new StringBuilder();
            print(b, 0, true);
            text = b.toString();
        }
        return text;
    }

    @Override
    public String toString() {
        return render();
    }

    /** {@code top} false inside another type: named structs print by name only, as LLVM does. */
    private void print(StringBuilder b, int depth, boolean top) {
        if (depth > 64) { // a hostile table can nest literal types deeply; LLVM would recurse too
            b.append("...");
            return;
        }
        switch (kind) {
            case VOID -> b.append("void");
            case HALF -> b.append("half");
            case BFLOAT -> b.append("bfloat");
            case FLOAT -> b.append("float");
            case DOUBLE -> b.append("double");
            case X86_FP80 -> b.append("x86_fp80");
            case FP128 -> b.append("fp128");
            case PPC_FP128 -> b.append("ppc_fp128");
            case LABEL -> b.append("label");
            case METADATA -> b.append("metadata");
            case X86_MMX -> b.append("x86_mmx");
            case X86_AMX -> b.append("x86_amx");
            case TOKEN -> b.append("token");
            case INTEGER -> b.append('i').append(count);
            case BYTE -> b.append('b').append(count);
            case OPAQUE_POINTER -> {
                b.append("ptr");
                if (count != 0) b.append(" addrspace(").append(count).append(')');
            }
            case POINTER -> {
                elems[0].print(b, depth + 1, false);
                if (count != 0) b.append(" addrspace(").append(count).append(')');
                b.append('*');
            }
            case FUNCTION -> {
                elems[0].print(b, depth + 1, false);
                b.append(" (");
                for (int i = 1; i < elems.length; i++) {
                    if (i > 1) b.append(", ");
                    elems[i].print(b, depth + 1, false);
                }
                if (flag) b.append(elems.length > 1 ? ", ..." : "...");
                b.append(')');
            }
            case STRUCT, OPAQUE_STRUCT -> {
                if (name != null || unnamedNo >= 0) {
                    b.append('%');
                    if (name != null) Names.appendName(b, name);
                    else b.append(unnamedNo);
                    return;
                }
                printBody(b, depth);
            }
            case ARRAY -> {
                b.append('[').append(count).append(" x ");
                elems[0].print(b, depth + 1, false);
                b.append(']');
            }
            case VECTOR -> {
                b.append('<');
                if (flag) b.append("vscale x ");
                b.append(count).append(" x ");
                elems[0].print(b, depth + 1, false);
                b.append('>');
            }
            case TARGET -> {
                b.append("target(\"");
                Names.appendEscaped(b, name);
                b.append('"');
                for (IrType t : elems) {
                    b.append(", ");
                    t.print(b, depth + 1, false);
                }
                for (long v : ints) b.append(", ").append(Integer.toUnsignedString((int) v));
                b.append(')');
            }
            case UNKNOWN -> b.append("<unknown type>");
        }
    }

    private void printBody(StringBuilder b, int depth) {
        if (kind == Kind.OPAQUE_STRUCT) {
            b.append("opaque");
            return;
        }
        if (elems.length == 0) {
            b.append(flag ? "<{}>" : "{}");
            return;
        }
        if (flag) b.append('<');
        b.append("{ ");
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) b.append(", ");
            elems[i].print(b, depth + 1, false);
        }
        b.append(" }");
        if (flag) b.append('>');
    }
}
