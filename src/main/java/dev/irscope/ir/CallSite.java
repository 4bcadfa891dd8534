package dev.irscope.ir;

import java.util.List;
import java.util.Optional;

/**
 * A direct call in a function body. Only what the inline decision reads is kept: the callee symbol,
 * the call-site attributes ({@code noinline}/{@code alwaysinline} at the call decide before anything
 * else), operand bundle tags, and whether vectors or aggregates cross the call (X86's ABI check);
 * and, for the answers, where the call is: its line in the unit and its {@code !dbg}.
 *
 * @param abiTypes true if the return type or an argument type is a vector, struct, array or named type
 * @param constantArgs some argument is a constant (a literal, null, undef, a global's address): LLVM's
 *        cost walk folds branches on it and may skip blocks of the callee
 * @param dbg the call's {@code !dbg} attachment, resolved on demand ({@link #debugLoc()})
 */
public record CallSite(String callee, CallKind kind, AttributeSet attributes, List<String> bundles,
                       boolean abiTypes, int line, boolean constantArgs, DebugRef dbg) {

    /** A call whose arguments are all values computed at run time (or not known to be constants), without a {@code !dbg}. */
    public CallSite(String callee, CallKind kind, AttributeSet attributes, List<String> bundles, boolean abiTypes, int line) {
        this(callee, kind, attributes, bundles, abiTypes, line, false);
    }

    /** A call without a {@code !dbg} (or from a reader that does not read them). */
    public CallSite(String callee, CallKind kind, AttributeSet attributes, List<String> bundles, boolean abiTypes, int line,
                    boolean constantArgs) {
        this(callee, kind, attributes, bundles, abiTypes, line, constantArgs, DebugRef.NONE);
    }

    /** The call's source location, when the unit has debug info for it. */
    public Optional<DebugLoc> debugLoc() {
        return dbg.resolve();
    }

    /** LLVM intrinsics are never inlined and are exempt from several body checks. */
    public boolean intrinsic() {
        return callee.startsWith("llvm.");
    }
}
