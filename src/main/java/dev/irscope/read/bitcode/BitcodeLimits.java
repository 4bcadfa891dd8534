package dev.irscope.read.bitcode;

/**
 * Caps the bitcode reader puts on one input, so that a hostile or corrupt file ends in a
 * {@link BitcodeError} instead of an OutOfMemoryError, a StackOverflowError or a long hang. The
 * defaults are far above what compilers write (the 139 MiB corpus module has a block depth of 4,
 * under 100 abbreviations a block and records of a few thousand operands).
 *
 * @param maxDepth deepest block nesting
 * @param maxAbbrevsPerBlock most abbreviations one block (with BLOCKINFO's) may define
 * @param maxRecordOperands most operands of one record (array elements included)
 * @param maxBlobBytes largest blob
 * @param maxRecords most records (of every block) in one input: bounds the work on garbage
 * @param maxTypes most entries of the type table
 * @param maxValues most values (globals, constants, arguments, instructions) numbered at once
 */
public record BitcodeLimits(int maxDepth, int maxAbbrevsPerBlock, int maxRecordOperands, long maxBlobBytes,
                            long maxRecords, int maxTypes, int maxValues) {
    public static final BitcodeLimits DEFAULT =
            new BitcodeLimits(64, 10_000, 1 << 24, 1L << 30, 1L << 32, 1 << 22, 1 << 26);

    public BitcodeLimits {
        if (maxDepth < 1 || maxAbbrevsPerBlock < 0 || maxRecordOperands < 1 || maxBlobBytes < 0 || maxRecords < 1
                || maxTypes < 1 || maxValues < 1) {
            throw new IllegalArgumentException("bitcode limits must be positive");
        }
    }
}
