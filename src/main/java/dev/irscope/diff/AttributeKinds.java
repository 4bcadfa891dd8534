package dev.irscope.diff;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.Layer;
import dev.irscope.compat.Rule;
import java.util.HashMap;
import java.util.Map;

/**
 * Sorts attribute keys into blocking, merging and other by reading the rule catalogue, so a rule
 * added there changes what {@code diff} calls blocking without touching this package.
 *
 * <p>A rule's {@code keys} name the attributes it reads; a key ending in {@code *} is a prefix
 * ({@code no-builtin-*}). BODY rules read the callee's body, not an
 * attribute, so they are skipped. The one addition is {@code tune-cpu}: the target hook builds its
 * subtarget from CPU, tune CPU and features, but the catalogue lists only the first and last.
 */
public final class AttributeKinds {
    private AttributeKinds() {}

    private record Entry(KeyKind kind, int rank) {}

    private static final Map<String, Entry> EXACT = new HashMap<>();
    private static final Map<String, Entry> PREFIX = new HashMap<>();
    private static final String TARGET_INPUT = "tune-cpu";

    static {
        for (Rule r : Catalogue.rules()) {
            if (r.layer() == Layer.BODY) continue;
            KeyKind kind = r.layer() == Layer.MERGE ? KeyKind.MERGING : KeyKind.BLOCKING;
            int rank = r.layer().ordinal();
            for (String key : r.keys()) {
                boolean prefix = key.endsWith("*");
                add(prefix ? PREFIX : EXACT, prefix ? key.substring(0, key.length() - 1) : key, new Entry(kind, rank));
            }
            if (r.layer() == Layer.TARGET && !r.keys().isEmpty()) add(EXACT, TARGET_INPUT, new Entry(kind, rank));
        }
        // The engine reads these for the decision itself, not through a catalogue row's keys:
        // alwaysinline bypasses rules (EdgeContext), noinline refuses. Both change verdicts.
        for (String key : new String[] {"alwaysinline", "noinline"}) add(EXACT, key, new Entry(KeyKind.BLOCKING, Layer.DECISION.ordinal()));
    }

    // The first (blocking before merging, then earliest in LLVM's order) entry wins.
    private static void add(Map<String, Entry> into, String key, Entry e) {
        Entry old = into.get(key);
        if (old == null || e.kind.ordinal() < old.kind.ordinal()
                || (e.kind == old.kind && e.rank < old.rank)) into.put(key, e);
    }

    public static KeyKind of(String key) {
        return entry(key).kind;
    }

    /**
     * The earliest layer whose rules read {@code key}: diffs list blocking keys in the order LLVM
     * checks them, so the target's keys come before TLI's, before the sanitizers.
     */
    public static int rank(String key) {
        return entry(key).rank;
    }

    private static Entry entry(String key) {
        Entry e = EXACT.get(key);
        if (e != null) return e;
        for (Map.Entry<String, Entry> p : PREFIX.entrySet()) {
            if (key.startsWith(p.getKey()) && key.length() > p.getKey().length()) return p.getValue();
        }
        return new Entry(KeyKind.OTHER, Integer.MAX_VALUE);
    }
}
