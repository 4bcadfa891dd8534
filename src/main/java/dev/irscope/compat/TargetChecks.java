package dev.irscope.compat;

import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.subtarget.Arch;
import dev.irscope.subtarget.FeatureTable;
import dev.irscope.subtarget.Subtarget;
import dev.irscope.subtarget.Targets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * TTI::areInlineCompatible per target and release. Which comparison a target uses is data
 * ({@link #kind}); how feature bits are built is {@link Subtarget}; this class compares them and
 * words the finding.
 */
final class TargetChecks {
    private TargetChecks() {}

    /** The comparison LLVM's target hook makes for an arch on a release. */
    enum Kind { X86, SUBSET, STRING, ALLOW_LIST, EQUAL, ALWAYS, UNKNOWN }

    static Kind kind(String arch, int llvm) {
        return switch (arch) {
            case "x86" -> Kind.X86;
            case "aarch64", "webassembly" -> Kind.SUBSET;
            case "arm" -> llvm >= 23 ? Kind.SUBSET : Kind.ALLOW_LIST; // 23: the allow list became TableGen classes (PR #205763)
            case "riscv" -> llvm >= 19 ? Kind.SUBSET : Kind.STRING;
            case "ppc" -> llvm <= 19 ? Kind.STRING : llvm == 20 || llvm >= 23 ? Kind.SUBSET : Kind.EQUAL;
            case "nvptx" -> Kind.ALWAYS;
            case "amdgpu" -> Kind.UNKNOWN;
            // No triple in the linked module: no target machine, so TargetTransformInfoImplBase's
            // string comparison on every release (ir-samples rules-llvm22 cpu-x86-no-triple).
            case "unknown" -> Kind.STRING;
            default -> llvm >= 20 ? Kind.SUBSET : Kind.STRING;
        };
    }

    static String cpu(Function f, String triple) {
        return Arch.subtargetCpu(triple, f.string("target-cpu").orElse(""));
    }

    static String describe(Function f, String triple) {
        StringJoiner j = new StringJoiner(", ");
        j.add("target-cpu=" + f.string("target-cpu").map(v -> "\"" + v + "\"").orElse("(absent: " + Arch.defaultCpu(triple) + ")"));
        f.string("tune-cpu").ifPresent(v -> j.add("tune-cpu=\"" + v + "\""));
        j.add("target-features=" + f.string("target-features").map(v -> "\"" + v + "\"").orElse("(absent)"));
        return j.toString();
    }

    private static Subtarget subtarget(FeatureTable t, Function f, String triple) {
        String cpu = cpu(f, triple);
        // X86TargetMachine: without "tune-cpu" the tune CPU is the CPU itself.
        String tune = f.string("tune-cpu").orElse(cpu);
        String fs = f.string("target-features").orElse("") + machineFeatures(f, Arch.of(triple));
        String implied = Arch.tripleFeatures(triple, cpu);
        String all = implied.isEmpty() ? fs : implied + "," + fs;
        // X86Subtarget (LLVM 18-21) adds +evex512 for these CPUs when AVX-512 is enabled and the
        // string never mentions evex512 (verified with opt-19: caller +avx512f inlines a callee with
        // +avx512f,+evex512; a caller with -evex512 refuses a plain +avx512f callee).
        if (Arch.of(triple).equals("x86") && t.llvm() >= 18 && t.llvm() <= 21 && fs.contains("+avx512") && !fs.contains("evex512")
                && (cpu.equals("generic") || cpu.equals("pentium4") || cpu.equals("x86-64"))) {
            all += ",+evex512";
        }
        return Subtarget.of(t, cpu, tune, all);
    }

    /**
     * Features the TargetMachine's getSubtargetImpl appends from function attributes that are not
     * "target-features": "use-soft-float"="true" becomes +soft-float (X86, ARM, MIPS, SystemZ) and
     * SystemZ's "backchain" becomes +backchain (SystemZTargetMachine.cpp, PR #71668), so a
     * difference in them refuses once the hook compares bits (opt-22: ir-samples mips-linux and
     * s390x-linux softfloat/backchain cases; opt-19 compared strings there).
     */
    private static String machineFeatures(Function f, String arch) {
        StringBuilder b = new StringBuilder();
        if ("true".equals(f.string("use-soft-float").orElse(""))
                && (arch.equals("x86") || arch.equals("arm") || arch.equals("mips") || arch.equals("systemz"))) {
            b.append(",+soft-float");
        }
        if (arch.equals("systemz") && f.string("backchain").isPresent()) b.append(",+backchain");
        return b.toString();
    }

    /** The rule for targets whose hook compares strings (TargetTransformInfoImplBase). */
    static Check stringEquality() {
        return c -> {
            if (kind(c.arch(), c.llvm()) != Kind.STRING) return List.of();
            Function a = c.caller(), b = c.callee();
            if (a.string("target-cpu").equals(b.string("target-cpu")) && a.string("target-features").equals(b.string("target-features"))) {
                return List.of();
            }
            String attr = a.string("target-cpu").equals(b.string("target-cpu")) ? "target-features" : "target-cpu";
            return List.of(Hit.of(attr, describe(a, c.triple()), describe(b, c.triple()),
                    c.arch() + " on LLVM " + c.llvm() + " compares \"target-cpu\" and \"target-features\" as strings, and they differ")
                    .withFixes(sameStringFixes(c, b)));
        };
    }

    private static List<Fix> sameStringFixes(EdgeContext c, Function callee) {
        return List.of(Fix.clang("build both sides with the same -mcpu/-march and feature flags, so the strings match exactly"),
                Fix.rustc(TargetFixes.sameStrings(c, callee)));
    }

    /** Subset, allow-list and equality comparisons over feature bits; X86 adds its ignore list. */
    static Check featureBits() {
        return c -> {
            Kind k = kind(c.arch(), c.llvm());
            if (k == Kind.STRING || k == Kind.ALWAYS) return List.of();
            Function a = c.caller(), b = c.callee();
            boolean sameStrings = a.string("target-cpu").equals(b.string("target-cpu"))
                    && a.string("tune-cpu").equals(b.string("tune-cpu"))
                    && a.string("target-features").equals(b.string("target-features"));
            if (k == Kind.UNKNOWN && c.arch().equals("amdgpu")) {
                Optional<Hit> mode = amdgpuMode(c);
                if (mode.isPresent()) return List.of(mode.get());
            }
            if (k == Kind.UNKNOWN) {
                return sameStrings ? List.of() : List.of(Hit.undecided("target-features", describe(a, c.triple()), describe(b, c.triple()),
                        "irscope does not model " + c.arch() + "'s inline rule (mode registers, ignore list)"));
            }
            Optional<Targets.Found> found = Targets.find(c.arch(), c.llvm(), c.program().vendor());
            if (found.isEmpty()) {
                // Identical inputs give identical bits whatever the table says.
                return sameStrings ? List.of() : List.of(Hit.undecided("target-features", describe(a, c.triple()), describe(b, c.triple()),
                        "no " + c.arch() + " feature table, and the two functions' CPU/feature strings differ"));
            }
            FeatureTable t = found.get().table();
            Subtarget sa = subtarget(t, a, c.triple()), sb = subtarget(t, b, c.triple());
            for (Subtarget s : List.of(sa, sb)) {
                if (s.unknownCpu().isPresent() && !sameStrings) {
                    return List.of(Hit.undecided("target-cpu", describe(a, c.triple()), describe(b, c.triple()),
                            "CPU \"" + s.unknownCpu().get() + "\" is not in the " + c.arch() + " table of LLVM " + t.llvm()));
                }
            }
            BitSet ca = (BitSet) sa.bits().clone(), cb = (BitSet) sb.bits().clone();
            String note = found.get().note().isEmpty() ? "" : " (" + found.get().note() + ")";
            Optional<Integer> xo = c.arch().equals("aarch64") && c.llvm() <= 22 ? t.bit("execute-only") : Optional.empty();
            if (xo.isPresent() && ca.get(xo.get()) != cb.get(xo.get())) {
                if (c.llvm() < 22) {
                    return List.of(Hit.undecided("target-features", describe(a, c.triple()), describe(b, c.triple()),
                            "only one side has +execute-only; LLVM 22 inverts that feature for inlining (opt-22: an execute-only"
                                    + " callee fits any caller, an execute-only caller takes only execute-only callees), LLVM "
                                    + c.llvm() + " was not observed"));
                }
                // LLVM 22's AArch64 hook XORs its one "inverse" feature before the subset test (moved to
                // TableGen as InlineInverse in 23, PR #205348); opt-22 verified both directions.
                ca.flip(xo.get());
                cb.flip(xo.get());
            }
            if (c.llvm() >= 23 && c.arch().equals("arm") && noInlineClasses(t) && !ca.equals(cb)) {
                return List.of(Hit.undecided("target-features", describe(a, c.triple()), describe(b, c.triple()),
                        "LLVM 23 replaced ARM's inline allow list with per-feature classes in TableGen (PR #205763, some features"
                                + " re-classified), and irscope has no LLVM 23 ARM table" + note));
            }
            if (c.llvm() >= 23 && k == Kind.X86) {
                // PR #187505 changed how LLVM 23 treats cx16 for inlining; its direction is not in the
                // sources irscope read, so a cx16 difference is not decided either way.
                Optional<Integer> cx16 = t.bit("cx16");
                if (cx16.isPresent() && ca.get(cx16.get()) != cb.get(cx16.get())) {
                    return List.of(Hit.undecided("target-features", describe(a, c.triple()), describe(b, c.triple()),
                            "only one side has cx16, whose inline handling LLVM 23 changed (PR #187505); not modelled" + note));
                }
            }
            if (c.llvm() >= 23) { // per-feature inline classes from TableGen
                BitSet inverse = t.bitsOf(t.inlineClass("InlineInverse")), ignore = t.bitsOf(t.inlineClass("InlineIgnore"));
                ca.xor(inverse);
                cb.xor(inverse);
                ca.andNot(ignore);
                cb.andNot(ignore);
                BitSet must = t.bitsOf(t.inlineClass("InlineMustMatch"));
                BitSet ma = (BitSet) ca.clone(), mb = (BitSet) cb.clone();
                ma.and(must);
                mb.and(must);
                if (!ma.equals(mb)) return List.of(mismatch(c, t, sa, sb, diff(mb, ma), diff(ma, mb), "must match exactly" + note));
            }
            if (k == Kind.X86) {
                BitSet ignore = t.bitsOf(t.ignoreList());
                ca.andNot(ignore);
                cb.andNot(ignore);
            }
            if (ca.equals(cb)) return List.of();
            BitSet extra = diff(cb, ca);
            switch (k) {
                case EQUAL -> {
                    return List.of(mismatch(c, t, sa, sb, extra, diff(ca, cb), "must be equal on " + c.arch() + " LLVM " + c.llvm() + note));
                }
                case ALLOW_LIST -> {
                    BitSet allow = t.bitsOf(t.allowList());
                    BitSet oa = (BitSet) ca.clone(), ob = (BitSet) cb.clone();
                    oa.andNot(allow);
                    ob.andNot(allow);
                    if (!oa.equals(ob)) {
                        return List.of(mismatch(c, t, sa, sb, diff(ob, oa), diff(oa, ob),
                                "features outside ARM's inline allow-list must match exactly" + note));
                    }
                }
                default -> { }
            }
            if (!extra.isEmpty() && c.llvm() >= 23 && noInlineClasses(t) && allTuning(t, extra) && k != Kind.X86) {
                // LLVM 23 classifies features per target in TableGen (InlineIgnore for tuning features on
                // AArch64 and RISC-V, PRs #205750/#205940); without those tables the outcome is not known.
                return List.of(Hit.undecided("tune-cpu", describe(a, c.triple()), describe(b, c.triple()),
                        "the callee's extra features " + names(t, extra, '+') + " are all tuning features; LLVM 23 may ignore them"
                                + " for inlining, but its per-feature inline classes are not in irscope's tables" + note));
            }
            if (!extra.isEmpty()) return List.of(mismatch(c, t, sa, sb, extra, new BitSet(), "the callee's features must be a subset of the caller's" + note));
            if (k == Kind.X86) return x86Abi(c);
            return List.of();
        };
    }

    private static final java.util.Set<String> AMDGPU_SHADER_CC = java.util.Set.of("amdgpu_vs", "amdgpu_gs", "amdgpu_ps",
            "amdgpu_cs", "amdgpu_hs", "amdgpu_ls", "amdgpu_es", "amdgpu_cs_chain", "amdgpu_cs_chain_preserve", "amdgpu_gfx");

    /** "amdgpu-ieee" defaults to true except in shaders; "amdgpu-dx10-clamp" to true (SIModeRegisterDefaults). */
    private static String[] amdgpuModes(Function f) {
        boolean shader = AMDGPU_SHADER_CC.contains(f.callingConv());
        String ieee = f.string("amdgpu-ieee").orElse(shader ? "false" : "true");
        String clamp = f.string("amdgpu-dx10-clamp").orElse("true");
        return new String[] {ieee, clamp};
    }

    /**
     * AMDGPUTTIImpl::areInlineCompatible: the callee's IEEE and DX10-clamp modes must equal the
     * caller's (SIModeRegisterDefaults::isInlineCompatible); opt-19 and opt-22 refuse either
     * difference in both directions (ir-samples rules-llvm22 amdgpu, amdgpu-dx10). The feature-bit
     * part of AMDGPU's hook is not modelled, so equal modes with different features stay undecided.
     */
    private static Optional<Hit> amdgpuMode(EdgeContext c) {
        String[] a = amdgpuModes(c.caller()), b = amdgpuModes(c.callee());
        if (a[0].equals(b[0]) && a[1].equals(b[1])) return Optional.empty();
        String which = !a[0].equals(b[0]) ? "amdgpu-ieee" : "amdgpu-dx10-clamp";
        int i = which.equals("amdgpu-ieee") ? 0 : 1;
        return Optional.of(Hit.of(which, "\"" + a[i] + "\"" + (c.caller().string(which).isEmpty() ? " (default)" : ""),
                "\"" + b[i] + "\"" + (c.callee().string(which).isEmpty() ? " (default)" : ""),
                "AMDGPU requires the caller's and the callee's " + (i == 0 ? "IEEE" : "DX10-clamp") + " mode to be the same")
                .withFixes(List.of(Fix.clang(i == 0 ? "build both units with the same -m[no-]amdgpu-ieee" : "the same DX10 clamp mode on both units"))));
    }

    private static boolean noInlineClasses(FeatureTable t) {
        return t.inlineClass("InlineIgnore").isEmpty() && t.inlineClass("InlineInverse").isEmpty()
                && t.inlineClass("InlineMustMatch").isEmpty();
    }

    private static boolean allTuning(FeatureTable t, BitSet bits) {
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) if (!t.isTuning(t.name(i))) return false;
        return true;
    }

    private static BitSet diff(BitSet a, BitSet b) {
        BitSet d = (BitSet) a.clone();
        d.andNot(b);
        return d;
    }

    private static String names(FeatureTable t, BitSet bits, char sign) {
        StringJoiner j = new StringJoiner(",");
        List<String> n = new ArrayList<>();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) n.add(t.name(i));
        n.sort(null);
        for (String s : n) j.add(sign + s);
        return j.toString();
    }

    private static Hit mismatch(EdgeContext c, FeatureTable t, Subtarget sa, Subtarget sb, BitSet calleeOnly,
                                BitSet callerOnly, String rule) {
        boolean tuningOnly = !calleeOnly.isEmpty() || !callerOnly.isEmpty();
        for (int i = calleeOnly.nextSetBit(0); i >= 0; i = calleeOnly.nextSetBit(i + 1)) tuningOnly &= t.isTuning(t.name(i));
        for (int i = callerOnly.nextSetBit(0); i >= 0; i = callerOnly.nextSetBit(i + 1)) tuningOnly &= t.isTuning(t.name(i));
        StringBuilder msg = new StringBuilder();
        if (!calleeOnly.isEmpty()) msg.append(TargetFixes.needs(t, sa, sb, calleeOnly)).append(", which the caller lacks");
        if (!callerOnly.isEmpty()) {
            if (msg.length() > 0) msg.append("; ");
            msg.append("caller has ").append(names(t, callerOnly, '+')).append(", which the callee lacks");
        }
        msg.append(" (").append(rule).append(')');
        List<Fix> fixes = new ArrayList<>();
        if (tuningOnly) {
            fixes.add(Fix.clang("build both sides with the same -mtune (these are tuning features, from \"tune-cpu\")"));
            fixes.add(Fix.rustc("-Ztune-cpu=" + sb.tuneCpu() + " on the Rust side"));
        } else {
            if (!calleeOnly.isEmpty()) {
                fixes.addAll(TargetFixes.forMissing(c, t, sa, sb, calleeOnly));
            } else {
                fixes.add(Fix.clang("build both sides with the same -march/-mcpu and feature flags"));
                fixes.add(Fix.rustc("-Ctarget-cpu=" + sb.cpu() + " and the callee's -Ctarget-feature list"));
            }
        }
        return Hit.of(tuningOnly ? "tune-cpu" : "target-features", describe(c.caller(), c.triple()),
                describe(c.callee(), c.triple()), msg.toString()).withFixes(fixes);
    }

    /**
     * X86 (all releases from 14, per experiments with opt 14/15/16/19/22): a callee whose features are a strict subset may still not be inlined if it calls
     * something with vector or aggregate arguments whose ABI would change under the caller's features.
     */
    private static List<Hit> x86Abi(EdgeContext c) {
        List<Hit> hits = x86AbiHits(c);
        if (hits.isEmpty() || c.llvm() < 23) return hits;
        // LLVM 23 replaced this check with a precise one (PR #205106), which irscope does not model.
        Hit h = hits.get(0);
        return List.of(Hit.undecided(h.attribute(), h.callerValue(), h.calleeValue(), h.message()
                + "; LLVM 23 made this check precise (PR #205106), which irscope does not model"));
    }

    private static List<Hit> x86AbiHits(EdgeContext c) {
        Function caller = c.caller(), callee = c.callee();
        for (CallSite s : callee.body().calls()) {
            if (!s.abiTypes() || s.intrinsic()) continue;
            Optional<Function> nested = c.program().target(c.calleeUnit(), s.callee());
            if (nested.isEmpty()) continue;
            Function n = nested.get();
            if (caller.string("target-cpu").equals(n.string("target-cpu")) && caller.string("target-features").equals(n.string("target-features"))) {
                continue;
            }
            return List.of(Hit.of("target-features", describe(caller, c.triple()), describe(callee, c.triple()),
                    "the callee's features are a subset of the caller's, but it calls @" + s.callee() + " (line " + s.line()
                            + ") with vector or aggregate values, and that function's target-cpu/target-features differ from the caller's (X86 ABI check)")
                    .withFixes(List.of(Fix.clang("build the caller and @" + s.callee() + " with the same -march and feature flags"),
                            Fix.rustc("the same -Ctarget-cpu and -Ctarget-feature values as the C side's"))));
        }
        if (callee.body().indirectAbi()) {
            return List.of(Hit.of("target-features", describe(caller, c.triple()), describe(callee, c.triple()),
                    "the callee's features are a subset of the caller's, but it makes an indirect call with vector or aggregate values (X86 ABI check)"));
        }
        if (callee.body().asmAbi() && c.llvm() <= 18) {
            return List.of(Hit.of("target-features", describe(caller, c.triple()), describe(callee, c.triple()),
                    "the callee's features are a subset of the caller's, but it calls inline asm with vector or aggregate values (X86 ABI check; inline asm is exempt from LLVM 19)"));
        }
        return List.of();
    }

    // ------------------------------------------------------------------ AArch64 SME

    private static boolean any(Function f, String... keys) {
        for (String k : keys) if (f.string(k).isPresent() || f.has(k)) return true;
        return false;
    }

    private static boolean sharesZa(Function f) {
        return any(f, "aarch64_in_za", "aarch64_out_za", "aarch64_inout_za", "aarch64_preserves_za",
                "aarch64_pstate_za_shared", "aarch64_pstate_za_preserved");
    }

    private static boolean sharesZt0(Function f) {
        return any(f, "aarch64_in_zt0", "aarch64_out_zt0", "aarch64_inout_zt0", "aarch64_preserves_zt0");
    }

    /** The SME ABI routines LLVM 19 counts as possibly incompatible ops (isSMEABIRoutineCall). */
    private static final java.util.Set<String> SME_ROUTINES_19 = java.util.Set.of("__arm_sme_state", "__arm_tpidr2_save",
            "__arm_tpidr2_restore", "__arm_za_disable");
    /** Counted from LLVM 22 (opt-22; opt-19 inlines a streaming caller's callee that calls them): VG and agnostic-ZA routines. */
    private static final java.util.Set<String> SME_ROUTINES_22 = java.util.Set.of("__arm_get_current_vg", "__arm_sme_state_size",
            "__arm_sme_save", "__arm_sme_restore");

    /**
     * Anything that might not be valid in the other streaming mode (hasPossibleIncompatibleOps), as
     * {cause, description, certain}: the cause is the body property a user would remove; "certain"
     * is "no" when only a routine LLVM 20-21 may or may not count was found.
     */
    private static String[] incompatibleOps(Function f, int llvm) {
        if (f.body().inlineAsmCalls() > 0) return new String[] {"asm", "inline asm", "yes"};
        String[] maybe = new String[0];
        for (CallSite s : f.body().calls()) {
            String n = s.callee();
            if (n.startsWith("llvm.dbg.") || n.startsWith("llvm.pseudoprobe")) continue;
            if (n.startsWith("llvm.")) return new String[] {n, "a call to the intrinsic @" + n, "yes"};
            if (SME_ROUTINES_19.contains(n) || n.startsWith("__arm_tpidr2_")) return new String[] {n, "a call to the SME ABI routine @" + n, "yes"};
            if (SME_ROUTINES_22.contains(n)) {
                if (llvm >= 22) return new String[] {n, "a call to the SME ABI routine @" + n, "yes"};
                if (llvm >= 20 && maybe.length == 0) maybe = new String[] {n, "a call to the SME ABI routine @" + n, "no"};
            }
        }
        return maybe;
    }

    private static boolean streamingBody(Function f) {
        return any(f, "aarch64_pstate_sm_enabled", "aarch64_pstate_sm_body");
    }

    /**
     * AArch64TTIImpl::areInlineCompatible's SME part (LLVM 18+, PR #68415), by release, each step
     * observed with opt-19 and opt-22 (ir-samples aarch64-linux sme, rules-llvm22 sme-*):
     * a new-ZA callee never inlines (new-ZT0 too from 20, PR #121338); on 22 a caller with a
     * non-streaming interface and body never inlines a callee with a streaming body, whatever it
     * contains (PR #150595); otherwise a call that needs a streaming-mode change, a lazy ZA save,
     * ZT0 preservation (19+) or, from 20, the preservation of an agnostic-ZA caller's state
     * (PR #120150; on 19 the agnostic attribute means nothing) inlines only when the callee has no
     * inline asm, intrinsic or SME ABI routine calls.
     */
    static Check aarch64Sme() {
        return c -> {
            if (!c.arch().equals("aarch64")) return List.of();
            Function a = c.caller(), b = c.callee();
            int v = c.llvm();
            if (any(b, "aarch64_new_za", "aarch64_pstate_za_new") || (v >= 20 && any(b, "aarch64_new_zt0"))) {
                return List.of(Hit.of("aarch64_new_za", any(a, "aarch64_new_za") ? Checks.PRESENT : Checks.ABSENT, Checks.PRESENT,
                        "the callee creates new ZA (or ZT0) state, which cannot be inlined")
                        .withFixes(List.of(Fix.source("move the __arm_new(\"za\") work into a function that is not inlined, or drop it"))));
            }
            boolean bStreaming = streamingBody(b);
            boolean bCompatible = !bStreaming && any(b, "aarch64_pstate_sm_compatible");
            boolean aStreaming = streamingBody(a);
            boolean aNonStreaming = !aStreaming && !any(a, "aarch64_pstate_sm_compatible");
            if (v >= 22 && aNonStreaming && bStreaming) {
                return List.of(Hit.of("aarch64_pstate_sm_enabled", smeState(a), smeState(b),
                        "LLVM 22 never inlines a streaming (or locally-streaming) callee into a non-streaming caller, however small")
                        .withFixes(List.of(Fix.source("make the caller __arm_streaming or __arm_streaming_compatible, or the callee not streaming"))));
            }
            boolean agnostic = v >= 20;
            boolean smChange = !bCompatible && !(aNonStreaming && !bStreaming) && !(aStreaming && bStreaming);
            boolean aZa = any(a, "aarch64_new_za", "aarch64_pstate_za_new") || sharesZa(a);
            boolean bPrivate = !sharesZa(b) && !sharesZt0(b) && !(agnostic && any(b, "aarch64_za_state_agnostic"));
            boolean lazySave = aZa && bPrivate;
            boolean zt0 = v >= 19 && (any(a, "aarch64_new_zt0") || sharesZt0(a)) && !sharesZt0(b);
            boolean allZa = agnostic && any(a, "aarch64_za_state_agnostic") && !any(b, "aarch64_za_state_agnostic");
            if (!smChange && !lazySave && !zt0 && !allZa) return List.of();
            String why = smChange ? "a streaming-mode change" : lazySave ? "a lazy ZA save" : zt0 ? "preserving ZT0"
                    : "preserving the agnostic-ZA caller's ZA state";
            String[] ops = incompatibleOps(b, v);
            if (ops.length == 0) return List.of();
            String msg = "the call needs " + why + " and the callee contains " + ops[1] + ", which might not be valid in the caller's mode";
            if (ops[2].equals("no")) {
                return List.of(Hit.undecided(ops[0], smeState(a), smeState(b) + "; body has " + ops[1], msg
                        + " (LLVM 22 counts this routine, LLVM 19 does not; LLVM " + v + " was not observed)"));
            }
            return List.of(Hit.of(ops[0], smeState(a), smeState(b) + "; body has " + ops[1], msg)
                    .withFixes(List.of(Fix.source("give caller and callee the same streaming/ZA interface, or keep inline asm and intrinsics out of the callee"))));
        };
    }

    private static String smeState(Function f) {
        StringJoiner j = new StringJoiner(" ");
        for (var at : f.attributes().list()) if (at.key().startsWith("aarch64_")) j.add(at.key());
        return j.length() == 0 ? "non-streaming, no ZA" : j.toString();
    }
}
