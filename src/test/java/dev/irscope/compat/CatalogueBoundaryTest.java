package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.Module;
import dev.irscope.link.Program;
import dev.irscope.read.text.IrReader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each version-dependent rule just before and at its boundary, on a minimal two-unit pair: the
 * caller's unit calls @callee, defined in the callee's unit. The expectations come from LLVM's
 * sources and opt experiments recorded in docs/llvm-facts, not from irscope's output.
 */
class CatalogueBoundaryTest {
    static final String X86 = "x86_64-unknown-linux-gnu";

    static Verdict verdict(int llvm, String triple, String callerAttrs, String calleeDef, String calleeAttrs, String site) {
        String a = "target triple = \"" + triple + "\"\n"
                + "define void @caller() #0 {\n  call void @callee()" + site + "\n  ret void\n}\n"
                + "declare void @callee()\n"
                + "attributes #0 = { " + callerAttrs + " }\n";
        String b = "target triple = \"" + triple + "\"\n"
                + calleeDef + " {\n  ret void\n}\n"
                + "attributes #0 = { " + calleeAttrs + " }\n";
        try {
            List<Module> units = List.of(IrReader.read("a.ll", a), IrReader.read("b.ll", b));
            Program p = new Program(units);
            List<Verdict> vs = new Engine().evaluate(p, llvm);
            assertEquals(1, vs.size(), "one cross-unit edge");
            return vs.get(0);
        } catch (dev.irscope.read.text.ParseError e) {
            throw new AssertionError(e.format());
        }
    }

    static Verdict x86(int llvm, String callerAttrs, String calleeAttrs) {
        return verdict(llvm, X86, callerAttrs, "define void @callee() #0", calleeAttrs, "");
    }

    static Set<String> blockers(Verdict v) {
        Set<String> s = new TreeSet<>();
        v.blockers().forEach(b -> s.add(b.rule().id()));
        return s;
    }

    static void inlinable(Verdict v) {
        assertTrue(v.inlinable(), "expected inlinable, got " + v.status() + " " + blockers(v) + " " + v.undecided());
    }

    static void blockedBy(Verdict v, String rule, String remark) {
        assertEquals(Status.BLOCKED, v.status(), "expected blocked by " + rule);
        assertTrue(blockers(v).contains(rule), "expected " + rule + " among " + blockers(v));
        assertEquals(remark, v.llvmRemark());
    }

    @Test
    void sanitizeTypeFrom20() {
        inlinable(x86(19, "nounwind", "sanitize_type"));
        blockedBy(x86(20, "nounwind", "sanitize_type"), "compat.sanitize_type", "conflicting attributes");
    }

    @Test
    void strictfpHistory() {
        inlinable(x86(14, "nounwind", "strictfp"));
        blockedBy(x86(15, "nounwind", "strictfp"), "transform.strictfp", "incompatible strictfp attributes");
        blockedBy(x86(19, "nounwind", "strictfp"), "compat.strictfp", "conflicting attributes");
        inlinable(x86(19, "strictfp", "nounwind")); // only callee-into-caller is refused
        // InlineFunction's refusal (15-18) held even for always-inline calls; the CompatRule does not.
        blockedBy(x86(16, "nounwind", "strictfp alwaysinline"), "transform.strictfp", "incompatible strictfp attributes");
        inlinable(x86(19, "nounwind", "strictfp alwaysinline"));
    }

    @Test
    void denormalModeFrom17() {
        String ps = "\"denormal-fp-math\"=\"preserve-sign,preserve-sign\"";
        inlinable(x86(16, "nounwind", ps));
        blockedBy(x86(17, "nounwind", ps), "compat.denormal-fp-math", "conflicting attributes");
        inlinable(x86(19, "nounwind", "\"denormal-fp-math\"=\"dynamic,dynamic\""));
        inlinable(x86(19, ps, ps));
        blockedBy(x86(19, "nounwind", "\"denormal-fp-math-f32\"=\"preserve-sign,preserve-sign\""),
                "compat.denormal-fp-math", "conflicting attributes");
    }

    @Test
    void returnAddressSigningFrom19() {
        String s = "\"sign-return-address\"=\"non-leaf\"";
        inlinable(x86(18, "nounwind", s));
        blockedBy(x86(19, "nounwind", s), "compat.sign-return-address", "conflicting attributes");
    }

    @Test
    void loaderReplaceableFrom21() {
        inlinable(x86(20, "nounwind", "\"loader-replaceable\""));
        blockedBy(x86(21, "nounwind", "\"loader-replaceable\""), "decision.loader-replaceable", "loader replaceable function attribute");
    }

    @Test
    void alwaysInlineBypassesTargetFeaturesUntil22() {
        String callee = "alwaysinline \"target-cpu\"=\"x86-64\" \"target-features\"=\"+avx2\"";
        Verdict v22 = x86(22, "\"target-cpu\"=\"x86-64\"", callee);
        inlinable(v22);
        assertTrue(v22.bypassed().stream().anyMatch(b -> b.rule().id().equals("target.features")));
        blockedBy(x86(23, "\"target-cpu\"=\"x86-64\"", callee), "target.features", "conflicting attributes");
    }

    @Test
    void callSiteNoinlineOnTheAlwaysPathFrom15() {
        inlinable(verdict(14, X86, "nounwind", "define void @callee() #0", "alwaysinline", " noinline"));
        Verdict v = verdict(15, X86, "nounwind", "define void @callee() #0", "alwaysinline", " noinline");
        blockedBy(v, "decision.noinline-callsite", "noinline call site attribute");
    }

    @Test
    void coroutineMarkers() {
        blockedBy(x86(14, "nounwind", "\"coroutine.presplit\"=\"0\""), "callsite.coroutine.presplit", "unsplited coroutine call");
        blockedBy(x86(15, "nounwind", "presplitcoroutine"), "callsite.presplitcoroutine", "unsplited coroutine call");
        inlinable(x86(15, "nounwind", "\"coroutine.presplit\"=\"0\""));
    }

    @Test
    void approxFuncMergeOnlyIn15To21() {
        String caller = "\"approx-func-fp-math\"=\"true\"";
        assertTrue(x86(14, caller, "nounwind").merges().isEmpty());
        assertTrue(x86(15, caller, "nounwind").merges().stream().anyMatch(m -> m.rule().id().equals("merge.approx-func-fp-math")));
        assertTrue(x86(22, caller, "nounwind").merges().isEmpty());
    }

    @Test
    void nullPointerIsValidIsOneWay() {
        blockedBy(x86(19, "nounwind", "null_pointer_is_valid"), "decision.null_pointer_is_valid", "nullptr definitions incompatible");
        inlinable(x86(19, "null_pointer_is_valid", "nounwind"));
    }

    @Test
    void noBuiltinNamesCountOnlyForLibFuncs() {
        blockedBy(x86(19, "nounwind", "\"no-builtin-wcslen\""), "tli.no-builtin-function", "conflicting attributes");
        inlinable(x86(19, "nounwind", "\"no-builtin-not_a_libfunc\""));
        inlinable(x86(19, "\"no-builtin-wcslen\"", "\"no-builtin-wcslen\""));
        inlinable(x86(19, "\"no-builtins\"", "\"no-builtin-wcslen\""));
        blockedBy(x86(19, "nounwind", "\"no-builtins\""), "tli.no-builtins", "conflicting attributes");
    }

    @Test
    void interposableLinkage() {
        blockedBy(verdict(19, X86, "nounwind", "define weak void @callee() #0", "nounwind", ""), "decision.interposable", "interposable");
        inlinable(verdict(19, X86, "nounwind", "define weak_odr void @callee() #0", "nounwind", ""));
    }

    @Test
    void x86FeatureSubsetAndTuning() {
        String base = "\"target-cpu\"=\"x86-64\"";
        blockedBy(x86(19, base, base + " \"target-features\"=\"+avx2\""), "target.features", "conflicting attributes");
        inlinable(x86(19, base + " \"target-features\"=\"+avx2\"", base));
        // A tune CPU whose tuning features are not all on the ignore list counts (ir-samples rules-x86_64).
        Verdict tune = x86(19, base, base + " \"tune-cpu\"=\"znver3\"");
        blockedBy(tune, "target.features", "conflicting attributes");
        assertEquals("tune-cpu", tune.blockers().get(0).attribute());
        // An unknown CPU is never silently inlinable.
        assertEquals(Status.UNDECIDED, x86(19, base, "\"target-cpu\"=\"no-such-cpu\"").status());
    }

    @Test
    void smeNewZaFrom18() {
        String t = "aarch64-unknown-linux-gnu";
        inlinable(verdict(17, t, "nounwind", "define void @callee() #0", "\"aarch64_new_za\"", ""));
        blockedBy(verdict(18, t, "nounwind", "define void @callee() #0", "\"aarch64_new_za\"", ""), "target.aarch64.sme", "conflicting attributes");
    }

    @Test
    void stringEqualityTargetsBeforeTheirSubsetRelease() {
        String t = "riscv64-unknown-linux-gnu";
        String callee = "\"target-cpu\"=\"generic-rv64\" \"target-features\"=\"+m\"";
        String caller = "\"target-cpu\"=\"generic-rv64\" \"target-features\"=\"+m,+c\"";
        blockedBy(verdict(18, t, caller, "define void @callee() #0", callee, ""), "target.string-equality", "conflicting attributes");
        inlinable(verdict(19, t, caller, "define void @callee() #0", callee, ""));
    }

    @Test
    void catalogueIdsAreUniqueAndOrderedByLayer() {
        Set<String> ids = new TreeSet<>();
        Layer prev = Layer.CALL_SITE;
        for (Rule r : Catalogue.rules()) {
            assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
            assertTrue(r.layer().compareTo(prev) >= 0, r.id() + " is out of LLVM's order");
            prev = r.layer();
            assertTrue(!r.basis().isBlank() && !r.why().isBlank(), r.id() + " needs a why and a basis");
        }
    }

    @Test
    void llvm23TuningOnlyDifferencesAreUndecidedWithoutInlineClasses() {
        String t = "aarch64-unknown-linux-gnu";
        String callee = "\"target-cpu\"=\"generic\" \"tune-cpu\"=\"cortex-a72\"";
        String caller = "\"target-cpu\"=\"generic\"";
        Verdict v22 = verdict(22, t, caller, "define void @callee() #0", callee, "");
        assertEquals(Status.BLOCKED, v22.status(), "LLVM 19-22 count tuning bits on AArch64 (ir-samples aarch64-linux tune cases)");
        // LLVM 23's AArch64 table marks tuning features InlineIgnore (PR #205750): the difference no longer counts.
        assertEquals(Status.INLINABLE, verdict(23, t, caller, "define void @callee() #0", callee, "").status());
        // A target without LLVM 23 inline classes (LoongArch: 22's table) cannot tell.
        String la = "loongarch64-unknown-linux-gnu";
        String laCallee = "\"target-cpu\"=\"generic-la64\" \"target-features\"=\"+prefer-w-inst\"";
        String laCaller = "\"target-cpu\"=\"generic-la64\"";
        assertEquals(Status.BLOCKED, verdict(22, la, laCaller, "define void @callee() #0", laCallee, "").status());
        assertEquals(Status.UNDECIDED, verdict(23, la, laCaller, "define void @callee() #0", laCallee, "").status());
    }

    /** X86Subtarget adds +evex512 on 18-21 when AVX-512 is on and evex512 is not mentioned (opt-19 experiments). */
    @Test
    void x86AddsEvex512ForAvx512OnGenericCpus() {
        String cpu = "\"target-cpu\"=\"x86-64\" ";
        blockedBy(x86(19, cpu + "\"target-features\"=\"+avx512f,-evex512\"", cpu + "\"target-features\"=\"+avx512f\""),
                "target.features", "conflicting attributes");
        inlinable(x86(19, cpu + "\"target-features\"=\"+avx512f\"", cpu + "\"target-features\"=\"+avx512f,+evex512\""));
    }
}
