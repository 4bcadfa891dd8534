package dev.irscope.subtarget;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A function's subtarget feature bits, computed as MCSubtargetInfo::getFeatures does: the CPU's
 * features, the tune CPU's tuning features, then each {@code +f}/{@code -f} of "target-features"
 * in order (setting implied bits, or clearing the bits of every feature that implies it).
 *
 * @param unknownCpu a CPU (or tune CPU) the table does not know: LLVM ignores it, irscope cannot decide
 * @param unknownFeatures feature names the table does not know (LLVM ignores them with a warning)
 */
public record Subtarget(BitSet bits, String cpu, String tuneCpu, Optional<String> unknownCpu,
                        List<String> unknownFeatures) {

    public static Subtarget of(FeatureTable t, String cpu, String tuneCpu, String features) {
        BitSet b = new BitSet();
        Optional<String> unknown = Optional.empty();
        if (!cpu.isEmpty()) {
            Optional<BitSet> c = t.cpuBits(cpu);
            if (c.isPresent()) b.or(c.get());
            else unknown = Optional.of(cpu);
        }
        if (!tuneCpu.isEmpty()) {
            Optional<BitSet> c = t.tuneBits(tuneCpu);
            if (c.isPresent()) b.or(c.get());
            else if (unknown.isEmpty() && !tuneCpu.equals(cpu)) unknown = Optional.of(tuneCpu);
        }
        List<String> unknownFeatures = new ArrayList<>();
        for (String f : features.split(",")) {
            f = f.strip();
            if (f.length() < 2) continue;
            char sign = f.charAt(0);
            String name = (sign == '+' || sign == '-') ? f.substring(1) : f;
            if (!t.hasFeature(name)) {
                unknownFeatures.add(name);
                continue;
            }
            if (sign == '-') t.clearImplied(b, name);
            else t.setImplied(b, name);
        }
        return new Subtarget(b, cpu, tuneCpu, unknown, unknownFeatures);
    }
}
