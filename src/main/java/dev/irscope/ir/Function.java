package dev.irscope.ir;

import java.util.List;
import java.util.Optional;

/**
 * A function definition or declaration, with its whole header. {@code attributes} is the resolved
 * set (inline attributes plus every {@code #N} group), which is what LLVM's rules read.
 *
 * @param personality the personality symbol with casts stripped (what InlineFunction compares)
 * @param personalityText the personality operand as written
 * @param align 0 when absent
 * @param line 1-based line of the {@code define}/{@code declare}
 */
public record Function(
        String name,
        boolean defined,
        Linkage linkage,
        boolean dsoLocal,
        String visibility,
        String dllStorage,
        String callingConv,
        AttributeSet returnAttributes,
        String returnType,
        List<Param> params,
        boolean varArgs,
        String unnamedAddr,
        int addrSpace,
        AttributeSet attributes,
        List<Integer> groups,
        Optional<String> section,
        Optional<String> partition,
        Optional<String> comdat,
        int align,
        Optional<String> gc,
        Optional<String> prefix,
        Optional<String> prologue,
        Optional<String> personality,
        Optional<String> personalityText,
        List<String> metadata,
        Body body,
        int line) {

    /** Shorthand used everywhere rules read a function attribute. */
    public boolean has(String keyword) {
        return attributes.has(keyword);
    }

    public Optional<String> string(String key) {
        return attributes.string(key);
    }

    /** The same function with another attribute set (an IR upgrade, a what-if edit). */
    public Function withAttributes(AttributeSet a) {
        return new Function(name, defined, linkage, dsoLocal, visibility, dllStorage, callingConv, returnAttributes,
                returnType, params, varArgs, unnamedAddr, addrSpace, a, groups, section, partition, comdat, align, gc,
                prefix, prologue, personality, personalityText, metadata, body, line);
    }
}
