package dev.irscope.ir;

/**
 * Which LTO partition a unit goes to at link time. The linker gives a bitcode module with a
 * per-module summary (GLOBALVAL_SUMMARY_BLOCK) to ThinLTO and every other bitcode module to the
 * one regular (full) LTO module; the two never exchange function bodies, so a call between them
 * is never inlined. Textual IR is not a linker input: its kind is known only when it says so.
 */
public enum LtoKind {
    /** Textual IR with no summary entries: what llvm-link + opt would do decides. */
    UNKNOWN,
    /** Regular LTO: bitcode without a ThinLTO summary (clang -flto, rustc -Clto=fat objects). */
    FULL,
    /** ThinLTO: bitcode with a per-module summary, or text with {@code ^N = module:} entries. */
    THIN;

    /** A call between units of these kinds crosses LTO partitions. */
    public boolean separatedFrom(LtoKind other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
