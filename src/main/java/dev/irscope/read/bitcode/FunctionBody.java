package dev.irscope.read.bitcode;

import dev.irscope.ir.CallKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one FUNCTION_BLOCK gave, before names are resolved: the call sites (direct ones with their
 * callee's global index), counts the inline-cost checks read, argument names, attachment kinds,
 * and the attribute list of every call instruction in order (the text printer numbers call-site
 * attribute groups in that order).
 */
final class FunctionBody {
    /**
     * One direct call: {@code callee} is a global's index; {@code loc} its DEBUG_LOC as
     * {line, column, scope + 1}, or null.
     */
    record Call(int callee, CallKind kind, long attrList, List<String> bundles, boolean abi, boolean constantArgs,
                long[] loc) {
        Call withLoc(long[] l) {
            return new Call(callee, kind, attrList, bundles, abi, constantArgs, l);
        }
    }

    final List<Call> calls = new ArrayList<>();
    /** Attribute list index of every call, invoke and callbr, direct or not, in body order. */
    long[] callAttrLists = new long[8];
    int callAttrCount;
    int indirect;
    int asm;
    boolean indirectBr;
    boolean indirectAbi;
    boolean asmAbi;
    /** Argument names by argument index (from the function's value symbol table). */
    Map<Integer, String> argNames = Map.of();
    /** Function attachment kinds (METADATA_ATTACHMENT records of even length), in order. */
    final List<Long> attachmentKinds = new ArrayList<>();
    /** Functions (global indexes) whose blocks this body takes the address of, callbr operands aside. */
    final Set<Integer> blockAddressTargets = new HashSet<>();
    /** The function's own metadata block, if it has one (scopes of its debug locations live there). */
    MetadataReader metadata;

    void addCallAttrList(long list) {
        if (callAttrCount == callAttrLists.length) callAttrLists = java.util.Arrays.copyOf(callAttrLists, callAttrCount * 2);
        callAttrLists[callAttrCount++] = list;
    }
}
