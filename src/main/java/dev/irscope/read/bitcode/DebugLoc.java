package dev.irscope.read.bitcode;

/**
 * The source position of a call (FUNC_CODE_DEBUG_LOC: line and column of the DILocation; the
 * scope is not resolved). {@code ir.CallSite} has no place for it yet (its {@code line} is the
 * line of the {@code .ll}, which bitcode does not have), so {@link BitcodeUnit} carries these
 * beside the module for the lead to add to CallSite.
 */
public record DebugLoc(long line, long column) {
    public static final DebugLoc NONE = new DebugLoc(0, 0);
}
