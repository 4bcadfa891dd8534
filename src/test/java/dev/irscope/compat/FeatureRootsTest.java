package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.subtarget.FeatureRoots;
import dev.irscope.subtarget.FeatureTable;
import dev.irscope.subtarget.Subtarget;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Missing features named by their roots, and a differing CPU named first with what it brings. */
class FeatureRootsTest {
    final FeatureTable x86 = FeatureTable.load("x86", 19).orElseThrow();

    @Test
    void aClangMavx2UnitReducesToAvx2() {
        // what clang-19 -mavx2 writes beyond x86-64's baseline (ir-samples userspace-x86_64, src/test/resources/debugloc)
        BitSet missing = x86.bitsOf(Set.of("avx", "avx2", "crc32", "popcnt", "sse3", "sse4.1", "sse4.2", "ssse3", "xsave"));
        assertEquals(List.of("avx2"), FeatureRoots.of(x86, missing));
    }

    @Test
    void unrelatedFeaturesStayRoots() {
        assertEquals(List.of("cmov", "fxsr"), FeatureRoots.of(x86, x86.bitsOf(Set.of("cmov", "fxsr"))));
    }

    @Test
    void aDifferingCpuIsNamedFirstWithWhatItBrings() {
        Subtarget caller = Subtarget.of(x86, "x86-64", "generic", "+64bit-mode,+sse2");
        Subtarget callee = Subtarget.of(x86, "znver5", "generic", "+64bit-mode,+sse2");
        BitSet missing = (BitSet) callee.bits().clone();
        missing.andNot(caller.bits());
        String needs = TargetFixes.needs(x86, caller, callee, missing);
        assertTrue(needs.startsWith("callee's target-cpu znver5 (the caller's is x86-64) brings +"), needs);
        assertTrue(!needs.contains("+avx512f,") && !needs.contains("+sse4.2"), "roots only, not what they imply: " + needs);
        assertTrue(needs.matches(".* brings (\\+[\\w.-]+,){7}\\+[\\w.-]+ and \\d+ more \\(\\d+ features with what they imply\\)"), needs);
    }
}
