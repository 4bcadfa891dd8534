package dev.irscope.read.text;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * A function as the scan phases collect it, mutable and cheap to fill; {@link ModuleBuilder}
 * makes the immutable {@link dev.irscope.ir.Function} once every attribute group is known.
 */
final class PendingFunction {
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

    /** {@code list} with {@code x} added: a new ArrayList in place of the shared empty list. */
    static <T> List<T> add(List<T> list, T x) {
        List<T> l = list instanceof ArrayList ? list : new ArrayList<>(4);
        l.add(x);
        return l;
    }
}
