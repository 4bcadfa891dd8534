package dev.irscope.ir;

import java.util.Optional;

/**
 * A call's {@code !dbg !N}, resolved to a {@link DebugLoc} only when someone asks: the reader
 * notes the id while it scans and leaves the metadata alone, so a {@code -g} unit reads as fast
 * as one without (resolving every call's location at read time doubled the read of an 85 MB
 * unit). Equal by id; printed resolved, so module dumps show the location itself.
 */
public final class DebugRef {
    /** Resolves node ids of one unit; implemented by the reader over the unit's bytes. */
    public interface Resolver {
        Optional<DebugLoc> location(int id);
    }

    /** No {@code !dbg}. */
    public static final DebugRef NONE = new DebugRef(-1, id -> Optional.empty());

    private final int id;
    private final Resolver resolver;

    private DebugRef(int id, Resolver resolver) {
        this.id = id;
        this.resolver = resolver;
    }

    public static DebugRef of(int id, Resolver resolver) {
        return id < 0 ? NONE : new DebugRef(id, resolver);
    }

    /** The node id, -1 for none. */
    public int id() {
        return id;
    }

    /** The location, if the node and its scope's file are found. */
    public Optional<DebugLoc> resolve() {
        return resolver.location(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DebugRef r && r.id == id;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return id < 0 ? "none" : "!" + id + resolve().map(l -> " " + l).orElse("");
    }
}
