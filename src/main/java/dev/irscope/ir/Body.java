package dev.irscope.ir;

import java.util.List;

/**
 * What the reader keeps of a function body: direct calls and the few facts that make a body
 * non-inlinable whatever the attributes say (isInlineViable in LLVM's InlineCost.cpp).
 *
 * @param indirectCalls calls through a pointer (or a constant-expression cast of a function)
 * @param inlineAsmCalls calls to inline asm
 * @param indirectBr the body has an {@code indirectbr}
 * @param blockAddress the unit takes the address of one of its blocks ({@code blockaddress(@f, ...)}
 *        in a body or a global's initializer, not counting callbr operands and metadata)
 * @param lines number of lines the body spans
 * @param indirectAbi an indirect call passes or returns a vector or aggregate (X86 ABI check)
 * @param asmAbi an inline-asm call passes or returns a vector or aggregate (X86 ABI check, LLVM 17-18)
 */
public record Body(List<CallSite> calls, int indirectCalls, int inlineAsmCalls, boolean indirectBr,
                   boolean blockAddress, int lines, boolean indirectAbi, boolean asmAbi) {
    public static final Body NONE = new Body(List.of(), 0, 0, false, false, 0, false, false);
}
