package dev.irscope.cli;

import dev.irscope.read.text.ReaderLimits;
import dev.irscope.query.LoadOptions;
import dev.irscope.source.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The input bounds as options; the defaults never reject real IR (docs/robustness.md). */
final class LimitOptions {
    @Option(names = "--max-input-size", paramLabel = "BYTES", description = "largest decompressed unit or archive entry (default 2 GiB)")
    Long maxEntry;

    @Option(names = "--max-total-size", paramLabel = "BYTES", description = "most bytes decompressed in all (default 8 GiB)")
    Long maxTotal;

    @Option(names = "--max-entries", paramLabel = "N", description = "most archive entries looked at (default 100000)")
    Integer maxEntries;

    @Option(names = "--max-line-length", paramLabel = "BYTES", description = "longest IR line (default 256 MiB)")
    Long maxLine;

    @Option(names = "--max-nesting", paramLabel = "N", description = "deepest bracket nesting in IR (default 10000)")
    Integer maxDepth;

    @Option(names = "--max-functions", paramLabel = "N", description = "most functions per unit (default 10000000)")
    Integer maxFunctions;

    @Option(names = "--max-group-size", paramLabel = "N", description = "most attributes in one attribute group (default 100000)")
    Integer maxGroup;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "deadline for reading all inputs (default 600)")
    Long timeout;

    LoadOptions options() {
        LoadOptions d = LoadOptions.defaults();
        Limits s = d.source();
        if (maxEntry != null) s = s.withMaxEntryBytes(positive(maxEntry, "--max-input-size"));
        if (maxTotal != null) s = s.withMaxTotalBytes(positive(maxTotal, "--max-total-size"));
        if (maxEntries != null) s = s.withMaxEntries((int) positive(maxEntries, "--max-entries"));
        ReaderLimits r = d.reader();
        if (maxLine != null) r = r.withMaxLineBytes(positive(maxLine, "--max-line-length"));
        if (maxDepth != null) r = r.withMaxDepth((int) positive(maxDepth, "--max-nesting"));
        if (maxFunctions != null) r = r.withMaxFunctions((int) positive(maxFunctions, "--max-functions"));
        if (maxGroup != null) r = r.withMaxAttributesPerGroup((int) positive(maxGroup, "--max-group-size"));
        Duration t = timeout == null ? d.deadline() : Duration.ofSeconds(positive(timeout, "--timeout"));
        return new LoadOptions(s, r, t);
    }

    private static long positive(long v, String name) {
        if (v <= 0) throw new IllegalArgumentException(name + " must be positive");
        return v;
    }
}
