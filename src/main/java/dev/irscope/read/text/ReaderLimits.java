package dev.irscope.read.text;

/**
 * Bounds the reader puts on one unit, so that hostile or broken input ends in a located
 * {@link ParseError} instead of an OutOfMemoryError, a StackOverflowError or a hang. The defaults
 * are far above anything compilers write (the largest real line seen is a 13 MB constant table of
 * a tree-sitter grammar), so they only ever stop garbage; a caller reading something stranger
 * still can raise them.
 *
 * @param maxLineBytes longest line, in bytes (default 256 MiB). Checked on the lines the reader
 *                     looks at, skipped ones included.
 * @param maxDepth deepest nesting of {@code ( [ { <} that the reader walks through (default 10,000).
 *                 The reader is iterative, so this bounds work, not the Java stack.
 * @param maxFunctions most {@code define}s plus {@code declare}s in one unit (default 10 million)
 * @param maxAttributesPerGroup most attributes in one {@code attributes #N = { ... }} (default 100,000)
 */
public record ReaderLimits(long maxLineBytes, int maxDepth, int maxFunctions, int maxAttributesPerGroup) {
    public static final ReaderLimits DEFAULTS = new ReaderLimits(256L << 20, 10_000, 10_000_000, 100_000);

    public ReaderLimits {
        if (maxLineBytes < 1 || maxDepth < 1 || maxFunctions < 0 || maxAttributesPerGroup < 0) {
            throw new IllegalArgumentException("reader limits must be positive: " + maxLineBytes + ", " + maxDepth
                    + ", " + maxFunctions + ", " + maxAttributesPerGroup);
        }
    }

    public ReaderLimits withMaxLineBytes(long n) { return new ReaderLimits(n, maxDepth, maxFunctions, maxAttributesPerGroup); }
    public ReaderLimits withMaxDepth(int n) { return new ReaderLimits(maxLineBytes, n, maxFunctions, maxAttributesPerGroup); }
    public ReaderLimits withMaxFunctions(int n) { return new ReaderLimits(maxLineBytes, maxDepth, n, maxAttributesPerGroup); }
    public ReaderLimits withMaxAttributesPerGroup(int n) { return new ReaderLimits(maxLineBytes, maxDepth, maxFunctions, n); }
}
