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

    private static Rule sanitizer(String attr, Versions v, String clang, String rustc) {
        return Rule.row("compat." + attr).layer(ATTRIBUTE).llvm(v)
                .reads(attr)
                .remark(CONFLICT)
                .why("instrumentation must agree: " + attr + " on both functions or on neither")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRule isEqual<" + attr + ">")
                .check(Checks.bothOrNeither(attr))
                .fixes(Fix.clang(clang), Fix.rustc(rustc)).build();
    }

    private static Rule mergeRule(String id, Versions v, String attr, String how, Check check) {
        return Rule.row("merge." + id).layer(MERGE).llvm(v)
                .reads(attr)
                .remark("")
                .why(how)
                .alwaysInlineSkips(NONE)
                .basis("Attributes.td MergeRule / AttributeFuncs::mergeAttributesForInlining")
                .check(check).build();
    }

    private static List<Rule> build() {
        List<Rule> t = new ArrayList<>();
        // ---- call site and callee, before anything else
        t.add(Rule.row("lto.partition")
                .layer(CALL_SITE).llvm(ALL)
                .reads("lto partition")
                .keys()
                .remark("no definition")
                .why("a full-LTO unit and a ThinLTO unit are optimized apart: the linker merges every module without a ThinLTO summary into one regular LTO module and runs each ThinLTO module in its own backend, which imports only from ThinLTO summaries, so neither side ever holds the other's body")
                .alwaysInlineSkips(NONE)
                .basis("llvm/lib/LTO/LTO.cpp LTO::addModule (IsThinLTO ? addThinLTO : addRegularLTO), runRegularLTO (task 0) / runThinLTO; "
                        + "ir-samples lto-rust-c lld-link.json: ld.lld-22, C -flto + Rust -Clinker-plugin-lto inlined 0 of 6 cross-language calls (remark NoDefinition), all-ThinLTO 6 of 6")
                .check(LtoPartition.check())
                .fixes(Fix.clang("-flto=thin for the full-LTO unit, so both sides are ThinLTO modules (rustc -Clinker-plugin-lto always writes ThinLTO)"),
                        Fix.rustc("-Clinker-plugin-lto modules are ThinLTO: pair them with clang -flto=thin, not -flto")).build());
        t.add(Rule.row("callsite.alias")
                .layer(CALL_SITE).llvm(ALL)
                .reads("alias")
                .remark("(none: the call is not direct)")
                .why("a call to an alias has no direct callee (CallBase::getCalledFunction is null), so the inliner never considers it")
                .alwaysInlineSkips(NONE)
                .basis("Inliner.cpp only visits calls with a Function callee; ir-samples rules-extra alias (opt-19: no remark, call kept)")
                .check(Checks.throughAlias())
                .fixes(Fix.source("call the aliased function by its own name")).build());
        t.add(Rule.row("callsite.coroutine.presplit")
                .layer(CALL_SITE).llvm(Versions.range(14, 14))
                .reads("coroutine.presplit")
                .remark("unsplited coroutine call")
                .why("a coroutine must be split before it can be inlined (LLVM 14 marks it with a string attribute)")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp (LLVM 14, verified with opt-14)")
                .check(Checks.calleeHasString("coroutine.presplit"))
                .fixes(Fix.source("inline after the coroutine passes have run")).build());
        t.add(Rule.row("callsite.presplitcoroutine")
                .layer(CALL_SITE).llvm(Versions.from(15))
                .reads("presplitcoroutine")
                .remark("unsplited coroutine call")
                .why("a coroutine must be split before it can be inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp getAttributeBasedInliningDecision")
                .check(Checks.calleeHas("presplitcoroutine"))
                .fixes(Fix.source("inline after the coroutine passes have run (full pipeline, not a bare inliner)")).build());
        // ---- target hook
        t.add(Rule.row("target.features")
                .layer(TARGET).llvm(ALL)
                .reads("target-features")
                .remark(CONFLICT)
                .why("the callee's subtarget features must be compatible with the caller's: X86 subset after its ignore list plus the ABI check of vector/aggregate calls; AArch64/WebAssembly subset (AArch64 22: +execute-only inverted); RISC-V subset from 19; ARM allow-list; PowerPC equality in 21-22; others subset from 20; 23 per-feature inline classes; CPU names as each Subtarget resolves them, use-soft-float and SystemZ backchain as features, Debian's ARM table for Debian-built LLVM")
                .alwaysInlineSkips(UNTIL_22)
                .basis("X86TargetTransformInfo.cpp areInlineCompatible; BasicTTIImpl.h (20+); per-target TTI; ARM_MC::ParseARMTriple; "
                        + "ir-samples linux-helpers-x86_64 kernel/fix-target, rules-llvm22 cpu-* and sme-execute-only-*, armv7-linux (Debian), s390x-linux/mips-linux softfloat; "
                        + "SystemZTargetMachine::getSubtargetImpl (PR #71668); LoongArchSubtarget::initializeSubtargetDependencies; PRs #205348 #205750 #205763 #205940 #206938 (23, sources)")
                .check(TargetChecks.featureBits()).build());
        t.add(Rule.row("target.aarch64.sme")
                .layer(TARGET).llvm(Versions.from(18))
                .reads("aarch64_pstate_sm_*, aarch64_*_za, aarch64_*_zt0")
                .keys("aarch64_pstate_sm_enabled", "aarch64_pstate_sm_compatible", "aarch64_pstate_sm_body",
                        "aarch64_new_za", "aarch64_in_za", "aarch64_out_za", "aarch64_inout_za", "aarch64_preserves_za",
                        "aarch64_new_zt0", "aarch64_in_zt0", "aarch64_out_zt0", "aarch64_inout_zt0", "aarch64_preserves_zt0",
                        "aarch64_za_state_agnostic", "aarch64_pstate_za_new", "aarch64_pstate_za_shared", "aarch64_pstate_za_preserved")
                .remark(CONFLICT)
                .why("AArch64 SME: a new-ZA (from 20 also new-ZT0) callee never inlines; from 22 a non-streaming caller never inlines a streaming or locally-streaming callee; a streaming-mode change, lazy ZA save, ZT0 preservation (19+) or agnostic-ZA state preservation (20+) is allowed only if the callee has no inline asm, intrinsic or SME ABI routine calls (__arm_get_current_vg and the agnostic-ZA routines counted from 22)")
                .alwaysInlineSkips(UNTIL_22)
                .basis("AArch64TargetTransformInfo.cpp areInlineCompatible (PRs #68415, #120150, #121338, #150595); ir-samples aarch64-linux sme, rules-llvm22 sme* (opt-19 and opt-22)")
                .check(TargetChecks.aarch64Sme()).build());
        t.add(Rule.row("target.string-equality")
                .layer(TARGET).llvm(ALL)
                .reads("target-cpu, target-features")
                .remark(CONFLICT)
                .why("targets without their own hook (before LLVM 20; RISC-V before 19), and a linked module without a target triple on every release, compare \"target-cpu\" and \"target-features\" as strings")
                .alwaysInlineSkips(UNTIL_22)
                .basis("TargetTransformInfoImpl.h areInlineCompatible")
                .check(TargetChecks.stringEquality()).build());
        // ---- TargetLibraryInfo
        t.add(Rule.row("tli.no-builtins")
                .layer(LIBRARY).llvm(ALL)
                .reads("no-builtins")
                .remark(CONFLICT)
                .why("with \"no-builtins\" every library function is unavailable; the callee's unavailable set must be a subset of the caller's")
                .alwaysInlineSkips(ALL)
                .basis("TargetLibraryInfo.h areInlineCompatible (-inline-caller-superset-nobuiltin=true)")
                .check(Checks.noBuiltins())
                .fixes(Fix.clang("build the callee's unit without -fno-builtin / -ffreestanding"), Fix.rustc("#![no_builtins] on the caller's crate")).build());
        t.add(Rule.row("tli.no-builtin-function")
                .layer(LIBRARY).llvm(ALL)
                .reads("no-builtin-<name>")
                .remark(CONFLICT)
                .why("a \"no-builtin-NAME\" on the callee for a LibFunc NAME must also be on the caller")
                .alwaysInlineSkips(ALL)
                .basis("TargetLibraryInfo.h; ir-samples linux-helpers-x86_64 kernel/fix-nobuiltin")
                .check(Checks.noBuiltinNames()).build());
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
        t.add(Rule.row("compat.use-sample-profile")
                .layer(ATTRIBUTE).llvm(ALL)
                .reads("use-sample-profile")
                .remark(CONFLICT)
                .why("sample-profile-guided code and code without it must not mix")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRule isEqual<UseSampleProfileAttr>")
                .check(Checks.sameString("use-sample-profile"))
                .fixes(Fix.clang("-fprofile-sample-use=... on both units or neither"), Fix.rustc("-Zprofile-sample-use=...")).build());
        t.add(Rule.row("compat.noprofile")
                .layer(ATTRIBUTE).llvm(ALL)
                .reads("noprofile")
                .remark(CONFLICT)
                .why("profile-instrumented code and noprofile code must not mix")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRule isEqual<NoProfileAttr>")
                .check(Checks.bothOrNeither("noprofile"))
                .fixes(Fix.clang("drop __attribute__((no_profile_instrument_function)) / noinstr, or add it to the caller")).build());
        t.add(Rule.row("compat.denormal-fp-math")
                .layer(ATTRIBUTE).llvm(Versions.from(17))
                .reads("denormal-fp-math")
                .remark(CONFLICT)
                .why("denormal handling must agree, except that a callee in \"dynamic\" mode fits any caller")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.cpp checkDenormMode")
                .check(Checks.denormalMode())
                .fixes(Fix.clang("-fdenormal-fp-math=ieee (the default) for the callee's unit, or the same mode on both"), Fix.rustc("none: rustc always uses IEEE denormals")).build());
        t.add(Rule.row("compat.strictfp")
                .layer(ATTRIBUTE).llvm(Versions.from(19))
                .reads("strictfp")
                .remark(CONFLICT)
                .why("a strictfp callee cannot be inlined into a caller that is not strictfp")
                .alwaysInlineSkips(Versions.until(23))
                .basis("Attributes.cpp checkStrictFP (a CompatRule since LLVM 19, PR #82600)")
                .check(Checks.calleeOnly("strictfp"))
                .fixes(Fix.clang("build the callee without -ffp-model=strict / -frounding-math / FENV_ACCESS"), Fix.rustc("none: rustc never emits strictfp")).build());
        t.add(Rule.row("transform.strictfp")
                .layer(TRANSFORM).llvm(Versions.range(15, 18))
                .reads("strictfp")
                .remark("incompatible strictfp attributes")
                .why("before LLVM 19 InlineFunction refused a strictfp callee in a non-strictfp caller, even for always-inline calls")
                .alwaysInlineSkips(NONE)
                .basis("InlineFunction.cpp (D69798); opt-15/16 experiments in docs/llvm-facts; 17-18 inferred")
                .check(Checks.calleeOnly("strictfp"))
                .fixes(Fix.clang("build the callee without -ffp-model=strict / -frounding-math / FENV_ACCESS")).build());
        t.add(Rule.row("compat.sign-return-address")
                .layer(ATTRIBUTE).llvm(Versions.from(19))
                .reads("sign-return-address")
                .remark(CONFLICT)
                .why("return-address signing must agree")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRuleStrAttr isEqual \"sign-return-address\"")
                .check(Checks.sameString("sign-return-address"))
                .fixes(Fix.clang("the same -mbranch-protection on both units"), Fix.rustc("-Zbranch-protection=pac-ret (matching clang's -mbranch-protection)")).build());
        t.add(Rule.row("compat.sign-return-address-key")
                .layer(ATTRIBUTE).llvm(Versions.from(19))
                .reads("sign-return-address-key")
                .remark(CONFLICT)
                .why("the return-address signing key must agree")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRuleStrAttr isEqual \"sign-return-address-key\"")
                .check(Checks.sameString("sign-return-address-key"))
                .fixes(Fix.clang("the same -mbranch-protection=pac-ret[+b-key] on both units"), Fix.rustc("-Zbranch-protection=pac-ret[,b-key]")).build());
        t.add(Rule.row("compat.branch-protection-pauth-lr")
                .layer(ATTRIBUTE).llvm(Versions.from(19))
                .reads("branch-protection-pauth-lr")
                .remark(CONFLICT)
                .why("PAuth-LR must agree")
                .alwaysInlineSkips(ALL)
                .basis("Attributes.td CompatRuleStrAttr isEqual \"branch-protection-pauth-lr\"; ir-samples rules-extra pauth-lr")
                .check(Checks.sameString("branch-protection-pauth-lr"))
                .fixes(Fix.clang("the same -mbranch-protection=...+pc on both units"), Fix.rustc("-Zbranch-protection=pac-ret,pc")).build());
        // ---- getAttributeBasedInliningDecision, after the compatibility check
        t.add(Rule.row("decision.optnone")
                .layer(DECISION).llvm(ALL)
                .reads("optnone")
                .remark("optnone attribute")
                .why("nothing is inlined into an optnone caller")
                .alwaysInlineSkips(ALL)
                .basis("InlineCost.cpp getAttributeBasedInliningDecision")
                .check(Checks.callerHas("optnone"))
                .fixes(Fix.clang("build the caller with -O1 or higher / drop __attribute__((optnone))"), Fix.rustc("-Copt-level=1 or higher for the caller's crate")).build());
        t.add(Rule.row("decision.null_pointer_is_valid")
                .layer(DECISION).llvm(Versions.until(22))
                .reads("null_pointer_is_valid")
                .remark("nullptr definitions incompatible")
                .why("a callee that treats address 0 as valid cannot be inlined into a caller that does not")
                .alwaysInlineSkips(ALL)
                .basis("InlineCost.cpp getAttributeBasedInliningDecision; ir-samples linux-helpers-x86_64 kernel/fix-nobuiltin+target; gone in LLVM 23 (PR #190510, merged 2026-04-05: the caller gains null_pointer_is_valid instead, merge.null_pointer_is_valid); rests on sources for 23")
                .check(Checks.calleeOnly("null_pointer_is_valid"))
                .fixes(Fix.clang("build the callee's unit without -fno-delete-null-pointer-checks"), Fix.rustc("none: rustc has no flag that sets null_pointer_is_valid")).build());
        t.add(Rule.row("decision.interposable")
                .layer(DECISION).llvm(ALL)
                .reads("linkage")
                .remark("interposable")
                .why("a definition that may be replaced at link or load time cannot be trusted")
                .alwaysInlineSkips(ALL)
                .basis("GlobalValue::isInterposable reads Module::getSemanticInterposition of the linked module; InlineCost.cpp; ir-samples rules-llvm22 si-* (one C unit's -fsemantic-interposition makes Rust callees interposable), rules-x86_64 semint")
                .check(Checks.interposable())
                .fixes(Fix.clang("give the callee strong linkage (no weak), or -fno-semantic-interposition / -fvisibility=hidden"), Fix.source("make the helper static inline or non-weak")).build());
        t.add(Rule.row("decision.noinline")
                .layer(DECISION).llvm(ALL)
                .reads("noinline")
                .remark("noinline function attribute")
                .why("the callee is marked noinline")
                .alwaysInlineSkips(ALL)
                .basis("InlineCost.cpp getAttributeBasedInliningDecision")
                .check(Checks.calleeHas("noinline"))
                .fixes(Fix.clang("drop __attribute__((noinline)) (and do not build with -O0)"), Fix.rustc("drop #[inline(never)]")).build());
        t.add(Rule.row("decision.noinline-callsite")
                .layer(DECISION).llvm(ALL)
                .reads("noinline")
                .remark("noinline call site attribute")
                .why("the call site is marked noinline")
                .alwaysInlineSkips(Versions.range(14, 14))
                .basis("InlineCost.cpp getAttributeBasedInliningDecision; LLVM 14's always-inline path skips it (opt-14 experiment)")
                .check(Checks.siteHas("noinline"))
                .fixes(Fix.source("remove the noinline attribute from the call")).build());
        t.add(Rule.row("decision.loader-replaceable")
                .layer(DECISION).llvm(Versions.from(21))
                .reads("loader-replaceable")
                .remark("loader replaceable function attribute")
                .why("the callee may be replaced by the loader (MSVC /funcoverride)")
                .alwaysInlineSkips(ALL)
                .basis("InlineCost.cpp (PR #125320)")
                .check(Checks.calleeHasString("loader-replaceable")).build());
        // ---- callee body
        t.add(Rule.row("body.recursive")
                .layer(BODY).llvm(ALL)
                .reads("recursion")
                .remark("recursive")
                .alwaysRemark("recursive call")
                .why("a callee that calls itself is not inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp CallAnalyzer (only blocks the walk reaches for the call's constant arguments: undecided then) / isInlineViable (every block); ir-samples rules-extra recursion, rules-llvm22 walk")
                .check(Checks.recursive()).build());
        t.add(Rule.row("body.indirectbr")
                .layer(BODY).llvm(ALL)
                .reads("indirectbr")
                .remark("indirect branch")
                .alwaysRemark("contains indirect branches")
                .why("a body with indirectbr cannot be cloned into another function")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp CallAnalyzer / isInlineViable")
                .check(Checks.indirectBranch()).build());
        t.add(Rule.row("body.blockaddress")
                .layer(BODY).llvm(ALL)
                .reads("blockaddress")
                .remark("blockaddress used outside of callbr")
                .alwaysRemark("blockaddress used outside of callbr")
                .why("a callee whose blocks have their address taken (a blockaddress used by anything but callbr, such as the kernel's _THIS_IP_) cannot be inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp CallAnalyzer::analyze (blocks the walk reaches: undecided with a constant argument) / isInlineViable (BB->hasAddressTaken()); ir-samples rules-x86_64 body (c_this_ip), rules-llvm22 walk")
                .check(Checks.blockAddress())
                .fixes(Fix.source("take no label address in the helper (for _THIS_IP_, pass the caller's address in, or use _RET_IP_)")).build());
        t.add(Rule.row("body.returns_twice")
                .layer(BODY).llvm(ALL)
                .reads("returns_twice")
                .remark("exposes returns twice")
                .alwaysRemark("exposes returns-twice attribute")
                .why("inlining a setjmp-like call into a caller that is not returns_twice is unsafe")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp CallAnalyzer / isInlineViable")
                .check(Checks.exposesReturnsTwice())
                .fixes(Fix.source("keep setjmp out of helpers that should inline")).build());
        t.add(Rule.row("body.va_start")
                .layer(BODY).llvm(ALL)
                .reads("varargs")
                .remark("varargs")
                .alwaysRemark("contains VarArgs initialized with va_start")
                .why("a variadic callee that calls va_start cannot be inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp CallAnalyzer / isInlineViable")
                .check(Checks.callsIntrinsic("llvm.va_start", "varargs")).build());
        t.add(Rule.row("body.localescape")
                .layer(BODY).llvm(ALL)
                .reads("llvm.localescape")
                .remark("uninlinable intrinsic")
                .alwaysRemark("disallowed inlining of @llvm.localescape")
                .why("a callee using llvm.localescape cannot be inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp: CallAnalyzer marks it HasUninlineableIntrinsic (\"uninlinable intrinsic\"), isInlineViable names it on the always path; ir-samples rules-llvm22 seh, seh-always (opt-19 and opt-22)")
                .check(Checks.callsIntrinsic("llvm.localescape", "llvm.localescape")).build());
        t.add(Rule.row("body.icall-branch-funnel")
                .layer(BODY).llvm(ALL)
                .reads("llvm.icall.branch.funnel")
                .remark("uninlinable intrinsic")
                .alwaysRemark("disallowed inlining of @llvm.icall.branch.funnel")
                .why("a callee using llvm.icall.branch.funnel cannot be inlined")
                .alwaysInlineSkips(NONE)
                .basis("InlineCost.cpp: CallAnalyzer::visitCallBase treats it like llvm.localescape (\"uninlinable intrinsic\"); isInlineViable names it on the always path")
                .check(Checks.callsIntrinsic("llvm.icall.branch.funnel", "llvm.icall.branch.funnel")).build());
        // ---- InlineFunction
        t.add(Rule.row("transform.callbr")
                .layer(TRANSFORM).llvm(ALL)
                .reads("callbr")
                .remark("We don't inline callbr yet.")
                .why("InlineFunction does not inline through callbr")
                .alwaysInlineSkips(NONE)
                .basis("InlineFunction.cpp")
                .check(Checks.callbr()).build());
        t.add(Rule.row("transform.operand-bundle")
                .layer(TRANSFORM).llvm(ALL)
                .reads("operand bundle")
                .remark("unsupported operand bundle")
                .why("InlineFunction handles only deopt, funclet, clang.arc.attachedcall, kcfi and convergencectrl bundles")
                .alwaysInlineSkips(NONE)
                .basis("InlineFunction.cpp")
                .check(Checks.operandBundles()).build());
        t.add(Rule.row("transform.personality")
                .layer(TRANSFORM).llvm(ALL)
                .reads("personality")
                .remark("incompatible personality")
                .why("caller and callee use different exception-handling personalities")
                .alwaysInlineSkips(NONE)
                .basis("InlineFunction.cpp")
                .check(Checks.personality())
                .fixes(Fix.clang("-fno-exceptions for the C++ callee"), Fix.rustc("-Cpanic=abort for the caller's crate (no rust_eh_personality)")).build());
        t.add(Rule.row("transform.gc")
                .layer(TRANSFORM).llvm(ALL)
                .reads("gc")
                .remark("incompatible GC")
                .why("caller and callee use different garbage-collection strategies")
                .alwaysInlineSkips(NONE)
                .basis("InlineFunction.cpp")
                .check(Checks.gc()).build());
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
