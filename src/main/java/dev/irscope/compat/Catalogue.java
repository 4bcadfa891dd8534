package dev.irscope.compat;

import static dev.irscope.compat.Layer.ATTRIBUTE;
import static dev.irscope.compat.Layer.BODY;
import static dev.irscope.compat.Layer.CALL_SITE;
import static dev.irscope.compat.Layer.DECISION;
import static dev.irscope.compat.Layer.LIBRARY;
import static dev.irscope.compat.Layer.MERGE;
import static dev.irscope.compat.Layer.TARGET;
import static dev.irscope.compat.Layer.TRANSFORM;
import static dev.irscope.compat.Versions.ALL;
import static dev.irscope.compat.Versions.NONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule irscope knows, in the order LLVM evaluates them, one row each, like the CompatRule and
 * MergeRule entries of LLVM's Attributes.td. The engine, {@code irscope rules}, the REPL's help and
 * {@code docs/rules.md} are all generated from this table; adding a rule is one row here plus a test.
 *
 * <p>Sources: llvm/lib/Analysis/InlineCost.cpp (getAttributeBasedInliningDecision, isInlineViable,
 * CallAnalyzer), llvm/include/llvm/IR/Attributes.td and lib/IR/Attributes.cpp, TargetLibraryInfo.h,
 * lib/Target/X86/X86TargetTransformInfo.cpp, Transforms/Utils/InlineFunction.cpp; evidence from
 * ir-samples is named per rule.
 */
public final class Catalogue {
    private Catalogue() {}

    private static final String CONFLICT = "conflicting attributes";
    private static final String ALWAYS_FORCE = "mark the C helper __always_inline (LLVM up to 22 skips this check for always-inline calls)";
    /** alwaysinline skips TTI, TLI and every CompatRule up to 22; LLVM 23 keeps the target check (PR #205113). */
    private static final Versions UNTIL_22 = Versions.until(22);

    private static final List<Rule> RULES = build();

    public static List<Rule> rules() {
        return RULES;
    }

    /** The comparison a target's inline hook makes on a release, for docs and listings. */
    public static String targetKind(String arch, int llvm) {
        return TargetChecks.kind(arch, llvm).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static Rule r(String id, Layer layer, Versions v, String attribute, String remark, String alwaysRemark,
                          String why, Versions bypassed, String basis, Check check, Fix... fixes) {
        return new Rule(id, layer, v, attribute, remark, alwaysRemark, why, List.of(fixes), bypassed, basis, check);
    }

    private static Rule r(String id, Layer layer, Versions v, String attribute, String remark, String why,
                          Versions bypassed, String basis, Check check, Fix... fixes) {
        return r(id, layer, v, attribute, remark, remark, why, bypassed, basis, check, fixes);
    }

    private static Rule sanitizer(String attr, Versions v, String clang, String rustc) {
        return r("compat." + attr, ATTRIBUTE, v, attr, CONFLICT,
                "instrumentation must agree: " + attr + " on both functions or on neither", ALL,
                "Attributes.td CompatRule isEqual<" + attr + ">", Checks.bothOrNeither(attr),
                Fix.clang(clang), Fix.rustc(rustc), Fix.source(ALWAYS_FORCE));
    }

    private static Rule mergeRule(String id, Versions v, String attr, String why, Check check) {
        return r("merge." + id, MERGE, v, attr, "", why, NONE, "Attributes.td MergeRule / AttributeFuncs::mergeAttributesForInlining", check);
    }

    private static List<Rule> build() {
        List<Rule> t = new ArrayList<>();
        // ---- call site and callee, before anything else
        t.add(r("callsite.alias", CALL_SITE, ALL, "alias", "(none: the call is not direct)",
                "a call to an alias has no direct callee (CallBase::getCalledFunction is null), so the inliner never considers it",
                NONE, "Inliner.cpp only visits calls with a Function callee; ir-samples rules-extra alias (opt-19: no remark, call kept)", Checks.throughAlias(),
                Fix.source("call the aliased function by its own name")));
        t.add(r("callsite.coroutine.presplit", CALL_SITE, Versions.range(14, 14), "coroutine.presplit", "unsplited coroutine call",
                "a coroutine must be split before it can be inlined (LLVM 14 marks it with a string attribute)", NONE,
                "InlineCost.cpp (LLVM 14, verified with opt-14)", Checks.calleeHasString("coroutine.presplit"),
                Fix.source("inline after the coroutine passes have run")));
        t.add(r("callsite.presplitcoroutine", CALL_SITE, Versions.from(15), "presplitcoroutine", "unsplited coroutine call",
                "a coroutine must be split before it can be inlined", NONE,
                "InlineCost.cpp getAttributeBasedInliningDecision", Checks.calleeHas("presplitcoroutine"),
                Fix.source("inline after the coroutine passes have run (full pipeline, not a bare inliner)")));
        // ---- target hook
        t.add(r("target.features", TARGET, ALL, "target-features", CONFLICT,
                "the callee's subtarget features must be compatible with the caller's: X86 subset after its ignore list plus the ABI check of vector/aggregate calls; AArch64/WebAssembly subset; RISC-V subset from 19; ARM allow-list; PowerPC equality in 21-22; others subset from 20",
                UNTIL_22, "X86TargetTransformInfo.cpp areInlineCompatible; BasicTTIImpl.h (20+); per-target TTI; ARM_MC::ParseARMTriple; "
                        + "ir-samples linux-helpers-x86_64 kernel/fix-target", TargetChecks.featureBits()));
        t.add(r("target.aarch64.sme", TARGET, Versions.from(18), "aarch64_pstate_sm_*, aarch64_*_za", CONFLICT,
                "AArch64 SME: a new-ZA callee never inlines; a streaming-mode change or lazy ZA save is allowed only if the callee has no inline asm, intrinsic or SME ABI calls",
                UNTIL_22, "AArch64TargetTransformInfo.cpp areInlineCompatible (PR #68415); ir-samples aarch64-linux sme",
                TargetChecks.aarch64Sme()));
        t.add(r("target.string-equality", TARGET, ALL, "target-cpu, target-features", CONFLICT,
                "targets without their own hook (before LLVM 20; RISC-V before 19) compare \"target-cpu\" and \"target-features\" as strings",
                UNTIL_22, "TargetTransformInfoImpl.h areInlineCompatible", TargetChecks.stringEquality()));
        // ---- TargetLibraryInfo
        t.add(r("tli.no-builtins", LIBRARY, ALL, "no-builtins", CONFLICT,
                "with \"no-builtins\" every library function is unavailable; the callee's unavailable set must be a subset of the caller's",
                ALL, "TargetLibraryInfo.h areInlineCompatible (-inline-caller-superset-nobuiltin=true)", Checks.noBuiltins(),
                Fix.clang("build the callee's unit without -fno-builtin / -ffreestanding"),
                Fix.rustc("#![no_builtins] on the caller's crate"), Fix.source(ALWAYS_FORCE)));
        t.add(r("tli.no-builtin-function", LIBRARY, ALL, "no-builtin-<name>", CONFLICT,
                "a \"no-builtin-NAME\" on the callee for a LibFunc NAME must also be on the caller",
                ALL, "TargetLibraryInfo.h; ir-samples linux-helpers-x86_64 kernel/fix-nobuiltin", Checks.noBuiltinNames()));
        // ---- Attributes.td CompatRules
        t.add(sanitizer("sanitize_address", ALL, "-fsanitize=address (or kernel-address) on both units or neither",
                "-Zsanitizer=address (kernel: kernel-address) to match the C side"));
        t.add(sanitizer("sanitize_thread", ALL, "-fsanitize=thread on both units or neither", "-Zsanitizer=thread"));
        t.add(sanitizer("sanitize_type", Versions.from(20), "-fsanitize=type on both units or neither", "none"));
        t.add(sanitizer("sanitize_memory", ALL, "-fsanitize=memory (kernel-memory) on both units or neither", "-Zsanitizer=memory"));
        t.add(sanitizer("sanitize_hwaddress", ALL, "-fsanitize=hwaddress (kernel-hwaddress) on both or neither", "-Zsanitizer=hwaddress"));
        t.add(sanitizer("sanitize_memtag", ALL, "-fsanitize=memtag on both or neither", "-Zsanitizer=memtag"));
        t.add(sanitizer("sanitize_numerical_stability", Versions.from(19), "-fsanitize=numerical on both or neither", "none"));
        t.add(sanitizer("sanitize_realtime", Versions.from(20), "-fsanitize=realtime on both or neither", "-Zsanitizer=realtime"));
        t.add(sanitizer("sanitize_realtime_blocking", Versions.from(20), "[[clang::blocking]] on both or neither", "none"));
        t.add(sanitizer("safestack", ALL, "-fsanitize=safe-stack on both units or neither", "-Zsanitizer=safestack"));
        t.add(sanitizer("shadowcallstack", ALL, "-fsanitize=shadow-call-stack on both units or neither", "-Zsanitizer=shadow-call-stack"));
        t.add(r("compat.use-sample-profile", ATTRIBUTE, ALL, "use-sample-profile", CONFLICT,
                "sample-profile-guided code and code without it must not mix", ALL,
                "Attributes.td CompatRule isEqual<UseSampleProfileAttr>", Checks.sameString("use-sample-profile"),
                Fix.clang("-fprofile-sample-use=... on both units or neither"), Fix.rustc("-Zprofile-sample-use=..."),
                Fix.source(ALWAYS_FORCE)));
        t.add(r("compat.noprofile", ATTRIBUTE, ALL, "noprofile", CONFLICT,
                "profile-instrumented code and noprofile code must not mix", ALL,
                "Attributes.td CompatRule isEqual<NoProfileAttr>", Checks.bothOrNeither("noprofile"),
                Fix.clang("drop __attribute__((no_profile_instrument_function)) / noinstr, or add it to the caller"),
                Fix.source(ALWAYS_FORCE)));
        t.add(r("compat.denormal-fp-math", ATTRIBUTE, Versions.from(17), "denormal-fp-math", CONFLICT,
                "denormal handling must agree, except that a callee in \"dynamic\" mode fits any caller",
                ALL, "Attributes.cpp checkDenormMode", Checks.denormalMode(),
                Fix.clang("-fdenormal-fp-math=ieee (the default) for the callee's unit, or the same mode on both"),
                Fix.rustc("none: rustc always uses IEEE denormals"), Fix.source(ALWAYS_FORCE)));
        t.add(r("compat.strictfp", ATTRIBUTE, Versions.from(19), "strictfp", CONFLICT,
                "a strictfp callee cannot be inlined into a caller that is not strictfp", Versions.until(23),
                "Attributes.cpp checkStrictFP (a CompatRule since LLVM 19, PR #82600)", Checks.calleeOnly("strictfp"),
                Fix.clang("build the callee without -ffp-model=strict / -frounding-math / FENV_ACCESS"),
                Fix.rustc("none: rustc never emits strictfp")));
        t.add(r("transform.strictfp", TRANSFORM, Versions.range(15, 18), "strictfp", "incompatible strictfp attributes",
                "before LLVM 19 InlineFunction refused a strictfp callee in a non-strictfp caller, even for always-inline calls",
                NONE, "InlineFunction.cpp (D69798); opt-15/16 experiments in docs/llvm-facts; 17-18 inferred",
                Checks.calleeOnly("strictfp"), Fix.clang("build the callee without -ffp-model=strict / -frounding-math / FENV_ACCESS")));
        t.add(r("compat.sign-return-address", ATTRIBUTE, Versions.from(19), "sign-return-address", CONFLICT,
                "return-address signing must agree", ALL, "Attributes.td CompatRuleStrAttr isEqual \"sign-return-address\"",
                Checks.sameString("sign-return-address"), Fix.clang("the same -mbranch-protection on both units"),
                Fix.rustc("-Zbranch-protection=pac-ret (matching clang's -mbranch-protection)"), Fix.source(ALWAYS_FORCE)));
        t.add(r("compat.sign-return-address-key", ATTRIBUTE, Versions.from(19), "sign-return-address-key", CONFLICT,
                "the return-address signing key must agree", ALL,
                "Attributes.td CompatRuleStrAttr isEqual \"sign-return-address-key\"", Checks.sameString("sign-return-address-key"),
                Fix.clang("the same -mbranch-protection=pac-ret[+b-key] on both units"), Fix.rustc("-Zbranch-protection=pac-ret[,b-key]")));
        t.add(r("compat.branch-protection-pauth-lr", ATTRIBUTE, Versions.from(19), "branch-protection-pauth-lr", CONFLICT,
                "PAuth-LR must agree", ALL, "Attributes.td CompatRuleStrAttr isEqual \"branch-protection-pauth-lr\"; ir-samples rules-extra pauth-lr",
                Checks.sameString("branch-protection-pauth-lr"), Fix.clang("the same -mbranch-protection=...+pc on both units"),
                Fix.rustc("-Zbranch-protection=pac-ret,pc")));
        // ---- getAttributeBasedInliningDecision, after the compatibility check
        t.add(r("decision.optnone", DECISION, ALL, "optnone", "optnone attribute",
                "nothing is inlined into an optnone caller", ALL, "InlineCost.cpp getAttributeBasedInliningDecision",
                Checks.callerHas("optnone"), Fix.clang("build the caller with -O1 or higher / drop __attribute__((optnone))"),
                Fix.rustc("-Copt-level=1 or higher for the caller's crate")));
        t.add(r("decision.null_pointer_is_valid", DECISION, ALL, "null_pointer_is_valid", "nullptr definitions incompatible",
                "a callee that treats address 0 as valid cannot be inlined into a caller that does not", ALL,
                "InlineCost.cpp getAttributeBasedInliningDecision; ir-samples linux-helpers-x86_64 kernel/fix-nobuiltin+target",
                Checks.calleeOnly("null_pointer_is_valid"),
                Fix.clang("build the callee's unit without -fno-delete-null-pointer-checks"),
                Fix.rustc("none: rustc has no flag that sets null_pointer_is_valid"), Fix.source(ALWAYS_FORCE)));
        t.add(r("decision.interposable", DECISION, ALL, "linkage", "interposable",
                "a definition that may be replaced at link or load time cannot be trusted", ALL,
                "GlobalValue::isInterposable; InlineCost.cpp", Checks.interposable(),
                Fix.clang("give the callee strong linkage (no weak), or -fno-semantic-interposition / -fvisibility=hidden"),
                Fix.source("make the helper static inline or non-weak")));
        t.add(r("decision.noinline", DECISION, ALL, "noinline", "noinline function attribute",
                "the callee is marked noinline", ALL, "InlineCost.cpp getAttributeBasedInliningDecision",
                Checks.calleeHas("noinline"), Fix.clang("drop __attribute__((noinline)) (and do not build with -O0)"),
                Fix.rustc("drop #[inline(never)]")));
        t.add(r("decision.noinline-callsite", DECISION, ALL, "noinline", "noinline call site attribute",
                "the call site is marked noinline", Versions.range(14, 14),
                "InlineCost.cpp getAttributeBasedInliningDecision; LLVM 14's always-inline path skips it (opt-14 experiment)",
                Checks.siteHas("noinline"), Fix.source("remove the noinline attribute from the call")));
        t.add(r("decision.loader-replaceable", DECISION, Versions.from(21), "loader-replaceable",
                "loader replaceable function attribute", "the callee may be replaced by the loader (MSVC /funcoverride)", ALL,
                "InlineCost.cpp (PR #125320)", Checks.calleeHasString("loader-replaceable")));
        // ---- callee body
        t.add(r("body.recursive", BODY, ALL, "recursion", "recursive", "recursive call",
                "a callee that calls itself is not inlined", NONE, "InlineCost.cpp CallAnalyzer / isInlineViable; ir-samples rules-extra recursion", Checks.recursive()));
        t.add(r("body.indirectbr", BODY, ALL, "indirectbr", "indirect branch", "contains indirect branches",
                "a body with indirectbr cannot be cloned into another function", NONE,
                "InlineCost.cpp CallAnalyzer / isInlineViable", Checks.indirectBranch()));
        t.add(r("body.blockaddress", BODY, ALL, "blockaddress", "blockaddress used outside of callbr",
                "blockaddress used outside of callbr",
                "a callee whose blocks have their address taken (a blockaddress used by anything but callbr, such as the kernel's _THIS_IP_) cannot be inlined",
                NONE, "InlineCost.cpp CallAnalyzer::analyze / isInlineViable (BB->hasAddressTaken()); ir-samples rules-x86_64 body (c_this_ip)",
                Checks.blockAddress(),
                Fix.source("take no label address in the helper (for _THIS_IP_, pass the caller's address in, or use _RET_IP_)")));
        t.add(r("body.returns_twice", BODY, ALL, "returns_twice", "exposes returns twice", "exposes returns-twice attribute",
                "inlining a setjmp-like call into a caller that is not returns_twice is unsafe", NONE,
                "InlineCost.cpp CallAnalyzer / isInlineViable", Checks.exposesReturnsTwice(),
                Fix.source("keep setjmp out of helpers that should inline")));
        t.add(r("body.va_start", BODY, ALL, "varargs", "varargs", "contains VarArgs initialized with va_start",
                "a variadic callee that calls va_start cannot be inlined", NONE,
                "InlineCost.cpp CallAnalyzer / isInlineViable", Checks.callsIntrinsic("llvm.va_start", "varargs")));
        t.add(r("body.localescape", BODY, ALL, "llvm.localescape", "disallowed inlining of @llvm.localescape",
                "a callee using llvm.localescape cannot be inlined", NONE, "InlineCost.cpp",
                Checks.callsIntrinsic("llvm.localescape", "llvm.localescape")));
        t.add(r("body.icall-branch-funnel", BODY, ALL, "llvm.icall.branch.funnel",
                "disallowed inlining of @llvm.icall.branch.funnel", "a callee using llvm.icall.branch.funnel cannot be inlined",
                NONE, "InlineCost.cpp", Checks.callsIntrinsic("llvm.icall.branch.funnel", "llvm.icall.branch.funnel")));
        // ---- InlineFunction
        t.add(r("transform.callbr", TRANSFORM, ALL, "callbr", "We don't inline callbr yet.",
                "InlineFunction does not inline through callbr", NONE, "InlineFunction.cpp", Checks.callbr()));
        t.add(r("transform.operand-bundle", TRANSFORM, ALL, "operand bundle", "unsupported operand bundle",
                "InlineFunction handles only deopt, funclet, clang.arc.attachedcall, kcfi and convergencectrl bundles",
                NONE, "InlineFunction.cpp", Checks.operandBundles()));
        t.add(r("transform.personality", TRANSFORM, ALL, "personality", "incompatible personality",
                "caller and callee use different exception-handling personalities", NONE, "InlineFunction.cpp",
                Checks.personality(), Fix.clang("-fno-exceptions for the C++ callee"),
                Fix.rustc("-Cpanic=abort for the caller's crate (no rust_eh_personality)")));
        t.add(r("transform.gc", TRANSFORM, ALL, "gc", "incompatible GC",
                "caller and callee use different garbage-collection strategies", NONE, "InlineFunction.cpp", Checks.gc()));
        // ---- merge rules: what an inline changes in the caller
        t.add(mergeRule("less-precise-fpmad", ALL, "less-precise-fpmad", "setAND", Checks.mergeAnd("less-precise-fpmad")));
        t.add(mergeRule("no-infs-fp-math", Versions.until(22), "no-infs-fp-math", "setAND", Checks.mergeAnd("no-infs-fp-math")));
        t.add(mergeRule("no-nans-fp-math", Versions.until(22), "no-nans-fp-math", "setAND", Checks.mergeAnd("no-nans-fp-math")));
        t.add(mergeRule("approx-func-fp-math", Versions.range(15, 21), "approx-func-fp-math", "setAND", Checks.mergeAnd("approx-func-fp-math")));
        t.add(mergeRule("unsafe-fp-math", Versions.until(21), "unsafe-fp-math", "setAND", Checks.mergeAnd("unsafe-fp-math")));
        t.add(mergeRule("no-signed-zeros-fp-math", ALL, "no-signed-zeros-fp-math", "setAND", Checks.mergeAnd("no-signed-zeros-fp-math")));
        t.add(mergeRule("noimplicitfloat", ALL, "noimplicitfloat", "setOR", Checks.mergeOr("noimplicitfloat")));
        t.add(mergeRule("no-jump-tables", ALL, "no-jump-tables", "setOR", Checks.mergeOrString("no-jump-tables")));
        t.add(mergeRule("profile-sample-accurate", ALL, "profile-sample-accurate", "setOR", Checks.mergeOrString("profile-sample-accurate")));
        t.add(mergeRule("speculative_load_hardening", ALL, "speculative_load_hardening", "setOR", Checks.mergeOr("speculative_load_hardening")));
        t.add(mergeRule("stack-protector", ALL, "ssp/sspstrong/sspreq", "adjustCallerSSPLevel", Checks.mergeSsp()));
        t.add(mergeRule("probe-stack", ALL, "probe-stack", "adjustCallerStackProbes", Checks.mergeProbeStack()));
        t.add(mergeRule("stack-probe-size", ALL, "stack-probe-size", "adjustCallerStackProbeSize", Checks.mergeProbeSize()));
        t.add(mergeRule("min-legal-vector-width", ALL, "min-legal-vector-width", "adjustMinLegalVectorWidth", Checks.mergeMinLegalVectorWidth()));
        t.add(mergeRule("null_pointer_is_valid", ALL, "null_pointer_is_valid", "adjustNullPointerValidAttr", Checks.mergeOr("null_pointer_is_valid")));
        t.add(mergeRule("mustprogress", ALL, "mustprogress", "setAND", Checks.mergeAndEnum("mustprogress")));
        // LLVM's order is by layer; within a layer, the order rows were written (a stable sort).
        t.sort(java.util.Comparator.comparing(Rule::layer));
        return List.copyOf(t);
    }
}
