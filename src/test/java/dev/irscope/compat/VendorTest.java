package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.Samples;
import dev.irscope.link.Program;
import dev.irscope.subtarget.Vendor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Debian's LLVM (the samples' opt-19 and opt-22) makes armv7-a imply VFP3 instead of NEON. With the
 * producers' default (Debian clang) irscope follows Debian's table and says so; with
 * {@code --vendor upstream} it gives upstream LLVM's answer, which differs on this case.
 */
class VendorTest {
    private static Samples.Case armCase(String name) {
        return Samples.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void debianProducersSelectDebiansArmTableAndNameIt() {
        Samples.Case c = armCase("armv7-linux:default/fix-d32+vfp3sp");
        Program p = new Program(c.modules());
        assertEquals(Vendor.DEBIAN, p.vendor());
        List<Verdict> vs = new Engine().evaluate(p, 19);
        Verdict v = vs.stream().filter(x -> x.status() == Status.BLOCKED).findFirst().orElseThrow();
        assertTrue(v.blockers().get(0).message().contains("table: debian's build of LLVM 19"), v.blockers().get(0).message());
        // opt-19 (Debian) refused this case; upstream LLVM 19's table lets it inline.
        GroundTruthTest.check(c, 19);
        List<Verdict> up = new Engine().evaluate(new Program(c.modules(), Optional.of(Vendor.UPSTREAM)), 19);
        assertTrue(up.stream().allMatch(Verdict::inlinable), up.toString());
    }

    @Test
    void producersPickTheVendor() {
        assertEquals(Vendor.DEBIAN, Vendor.fromIdents(List.of("rustc version 1.95.0", "Debian clang version 19.1.7 (3~deb12u1)")));
        assertEquals(Vendor.DEBIAN, Vendor.fromIdents(List.of("Ubuntu clang version 18.1.3 (1ubuntu1)")));
        assertEquals(Vendor.UPSTREAM, Vendor.fromIdents(List.of("clang version 22.1.0", "rustc version 1.95.0")));
        assertEquals(Optional.of(Vendor.UPSTREAM), Vendor.parse("upstream"));
        assertEquals(Optional.empty(), Vendor.parse("fedora"));
    }
}
