package dev.irscope.compat;

import dev.irscope.ir.Module;
import dev.irscope.subtarget.FeatureRoots;
import dev.irscope.subtarget.FeatureTable;
import dev.irscope.subtarget.Subtarget;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixes for a callee that needs features its caller lacks, per side and per compiler: give the
 * caller the features (clang {@code -m<f>} / {@code -march}, rustc {@code -Ctarget-feature=+f} /
 * {@code -Ctarget-cpu}), or build the callee without them. Features are named by their roots, and
 * only flags the release that built the unit has are named (see {@link Flags}); advice that would
 * change nothing (the caller's own CPU) is left out.
 */
final class TargetFixes {
    private TargetFixes() {}

    private static final Pattern CLANG = Pattern.compile("clang version (\\d+)");

    static List<Fix> forMissing(EdgeContext c, FeatureTable t, Subtarget sa, Subtarget sb, BitSet missing) {
        List<String> roots = FeatureRoots.of(t, missing);
        boolean x86 = t.arch().equals("x86");
        String callerCpu = sa.cpu(), calleeCpu = sb.cpu();
        boolean cpuDiffers = !callerCpu.equals(calleeCpu);
        List<Fix> out = new ArrayList<>();
        // The caller's side: gain the features.
        int clangCaller = clangMajor(c.callerUnit()).orElse(22);
        List<String> m = new ArrayList<>();
        List<String> noFlag = new ArrayList<>();
        for (String r : roots) (x86 && Flags.clang(clangCaller, "-m" + r) ? m : noFlag).add(r);
        if (!m.isEmpty()) {
            StringBuilder h = new StringBuilder("add ");
            for (String f : m) h.append("-m").append(f).append(' ');
            h.append("to the caller's unit");
            if (!noFlag.isEmpty() && cpuDiffers) h.append(", and -march=").append(calleeCpu).append(" for ").append(plus(noFlag));
            out.add(Fix.clang(Fix.Side.CALLER, h.toString()));
        } else if (cpuDiffers) {
            out.add(Fix.clang(Fix.Side.CALLER, "-march=" + calleeCpu + " for the caller's unit (the callee's CPU, which has " + plus(roots) + ")"));
        }
        boolean nightlyCaller = c.callerUnit().header().producer().contains("nightly");
        Optional<String> rt = Flags.rustcTarget(c.triple());
        List<String> rf = new ArrayList<>(), notRust = new ArrayList<>();
        for (String r : roots) (rt.isPresent() && Flags.rustcFeature(nightlyCaller, rt.get(), r) ? rf : notRust).add(r);
        StringBuilder rh = new StringBuilder();
        if (!rf.isEmpty()) rh.append("-Ctarget-feature=").append(plus(rf));
        if (!notRust.isEmpty() && cpuDiffers) {
            rh.append(rh.length() > 0 ? " and " : "").append("-Ctarget-cpu=").append(calleeCpu)
                    .append(" (").append(String.join(", ", notRust)).append(notRust.size() == 1 ? " is" : " are")
                    .append(" not a rustc target feature; ").append(calleeCpu).append(" has ").append(notRust.size() == 1 ? "it" : "them").append(')');
        }
        if (rh.length() > 0) out.add(Fix.rustc(Fix.Side.CALLER, rh + " on the caller's crate"));
        // The callee's side: build it without them.
        int clangCallee = clangMajor(c.calleeUnit()).orElse(22);
        List<String> no = new ArrayList<>(), cannot = new ArrayList<>();
        for (String r : roots) (x86 && Flags.clang(clangCallee, "-mno-" + r) ? no : cannot).add(r);
        StringBuilder ch = new StringBuilder("build the callee's unit without them: ");
        for (String f : no) ch.append("-mno-").append(f).append(' ');
        if (!cannot.isEmpty()) {
            ch.append(no.isEmpty() ? "" : "and ").append("a -march whose CPU lacks ").append(String.join(", ", cannot));
            if (cpuDiffers) ch.append(" (the caller's is ").append(callerCpu).append(')');
        }
        out.add(Fix.clang(Fix.Side.CALLEE, ch.toString().strip()));
        boolean nightlyCallee = c.calleeUnit().header().producer().contains("nightly");
        List<String> rm = new ArrayList<>();
        for (String r : roots) if (rt.isPresent() && Flags.rustcFeature(nightlyCallee, rt.get(), r)) rm.add(r);
        if (!rm.isEmpty()) out.add(Fix.rustc(Fix.Side.CALLEE, "-Ctarget-feature=" + minus(rm) + " on the callee's crate"));
        else if (cpuDiffers) out.add(Fix.rustc(Fix.Side.CALLEE, "-Ctarget-cpu=" + callerCpu + " on the callee's crate"));
        return out;
    }

    /**
     * rustc's side of "make the strings equal": the callee's CPU and those of its features rustc
     * can set; LLVM-only features are named, since rustc cannot write them.
     */
    static String sameStrings(EdgeContext c, dev.irscope.ir.Function callee) {
        StringBuilder b = new StringBuilder();
        callee.string("target-cpu").ifPresent(cpu -> b.append("-Ctarget-cpu=").append(cpu));
        Optional<String> rt = Flags.rustcTarget(c.triple());
        boolean nightly = c.callerUnit().header().producer().contains("nightly");
        List<String> ok = new ArrayList<>(), llvmOnly = new ArrayList<>();
        for (String f : callee.string("target-features").orElse("").split(",")) {
            if (f.isBlank()) continue;
            String name = f.substring(1);
            (rt.isPresent() && Flags.rustcFeature(nightly, rt.get(), name) ? ok : llvmOnly).add(f);
        }
        if (!ok.isEmpty()) b.append(b.length() > 0 ? " " : "").append("-Ctarget-feature=").append(String.join(",", ok));
        if (!llvmOnly.isEmpty()) b.append(b.length() > 0 ? "; " : "").append("rustc cannot set ").append(String.join(",", llvmOnly))
                .append(" (not rustc target features), so match the C side's flags to rustc's defaults instead");
        return b.length() == 0 ? "none: the callee's strings are empty; build the C side without -mcpu/-march" : b.toString();
    }

    /** "the callee's target-cpu X (the caller's is Y) brings ...": the CPU first when it is what differs. */
    static String needs(FeatureTable t, Subtarget sa, Subtarget sb, BitSet missing) {
        List<String> roots = FeatureRoots.of(t, missing);
        String all = missing.cardinality() > roots.size() ? " (" + missing.cardinality() + " features with what they imply)" : "";
        if (!sa.cpu().equals(sb.cpu())) {
            Optional<BitSet> ca = t.cpuBits(sa.cpu()), cb = t.cpuBits(sb.cpu());
            if (ca.isPresent() && cb.isPresent()) {
                BitSet fromCpu = (BitSet) cb.get().clone();
                fromCpu.andNot(ca.get());
                fromCpu.and(missing);
                if (!fromCpu.isEmpty()) {
                    BitSet rest = (BitSet) missing.clone();
                    rest.andNot(fromCpu);
                    return "callee's target-cpu " + sb.cpu() + " (the caller's is " + sa.cpu() + ") brings "
                            + some(t, FeatureRoots.of(t, fromCpu)) + (rest.isEmpty() ? "" : " and its features add " + some(t, FeatureRoots.of(t, rest)))
                            + all;
                }
            }
        }
        return "callee needs " + some(t, roots) + all;
    }

    /** At most eight roots, those that bring the most first, and how many more there are. */
    private static String some(FeatureTable t, List<String> roots) {
        if (roots.size() <= 8) return plus(roots);
        return plus(FeatureRoots.byReach(t, roots).subList(0, 8)) + " and " + (roots.size() - 8) + " more";
    }

    private static Optional<Integer> clangMajor(Module m) {
        Matcher x = CLANG.matcher(m.header().producer());
        return x.find() ? Optional.of(Integer.parseInt(x.group(1))) : Optional.empty();
    }

    private static String plus(List<String> fs) {
        return "+" + String.join(",+", fs);
    }

    private static String minus(List<String> fs) {
        return "-" + String.join(",-", fs);
    }
}
