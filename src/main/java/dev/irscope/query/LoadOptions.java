package dev.irscope.query;

import dev.irscope.read.bitcode.BitcodeLimits;
import dev.irscope.read.text.ReaderLimits;
import dev.irscope.source.Limits;
import java.time.Duration;

/**
 * Every bound on reading inputs in one place: archive and decompression caps, reader limits, and a
 * deadline per input so that one pathological unit cannot hold the others' results hostage.
 */
public record LoadOptions(Limits source, ReaderLimits reader, Duration deadline, BitcodeLimits bitcode) {
    public LoadOptions(Limits source, ReaderLimits reader, Duration deadline) {
        this(source, reader, deadline, BitcodeLimits.DEFAULT);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(Limits.defaults(), ReaderLimits.DEFAULTS, Duration.ofMinutes(10));
    }
}
