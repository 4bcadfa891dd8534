package dev.irscope.subtarget;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The fewest features whose closure covers a set: what a person would type ({@code -mavx2}) for
 * what the IR spells out ({@code +avx,+avx2,+crc32,+popcnt,+sse3,...}). A feature is a root when no
 * other feature of the set implies it. Implications are the release's TableGen table plus, on
 * X86, what clang's driver adds (verified with clang 14, 19 and 22: -msse4.2 also enables popcnt and
 * crc32, -mavx also xsave), so a {@code -mavx2} unit reduces to {@code avx2}.
 */
public final class FeatureRoots {
    private FeatureRoots() {}

    /** clang's X86 front-end implications (clang/lib/Basic/Targets/X86.cpp initFeatureMap), by experiment. */
    static final Map<String, List<String>> CLANG_X86 = Map.of("sse4.2", List.of("popcnt", "crc32"), "avx", List.of("xsave"));

    /** The roots of {@code bits}, sorted by name. */
    public static List<String> of(FeatureTable t, BitSet bits) {
        List<String> roots = new ArrayList<>();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            boolean implied = false;
            for (int j = bits.nextSetBit(0); j >= 0 && !implied; j = bits.nextSetBit(j + 1)) {
                if (j != i && closure(t, j).get(i) && !(closure(t, i).get(j) && j > i)) implied = true;
            }
            if (!implied) roots.add(t.name(i));
        }
        roots.sort(null);
        return roots;
    }

    /** Roots ordered by how much each brings (most first), then by name: what to name when space is short. */
    public static List<String> byReach(FeatureTable t, List<String> roots) {
        List<String> out = new ArrayList<>(roots);
        out.sort(java.util.Comparator.<String>comparingInt(f -> -t.bit(f).map(b -> closure(t, b).cardinality()).orElse(0))
                .thenComparing(java.util.Comparator.naturalOrder()));
        return out;
    }

    /** The feature and everything it implies, with clang's X86 additions. */
    static BitSet closure(FeatureTable t, int bit) {
        BitSet b = new BitSet();
        t.setImplied(b, t.name(bit));
        if (t.arch().equals("x86")) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, List<String>> e : CLANG_X86.entrySet()) {
                    if (t.bit(e.getKey()).filter(b::get).isEmpty()) continue;
                    for (String f : e.getValue()) {
                        int before = b.cardinality();
                        t.setImplied(b, f);
                        grew |= b.cardinality() > before;
                    }
                }
            }
        }
        return b;
    }
}
