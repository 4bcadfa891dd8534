#!/usr/bin/env python3
"""Writes cases.json for the rules-x86_64 set to stdout.

The edit find strings are taken from the generated units, so this runs after
the compilers (generate.sh does that); tools/verdicts.py asserts every find
string occurs.  Case naming: <rule>[-<variant>]; the blame cases that
verdicts.py derives from "fixes" are <case>/fix-<what> and <case>/fix-all.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def text(unit):
    with open(os.path.join(HERE, unit), encoding="utf-8") as f:
        return f.read()


def edit(unit, find, replace):
    assert find in text(unit), (unit, find)
    assert find != replace, (unit, find)
    return {"unit": unit, "find": find, "replace": replace}


def drop(unit, s):
    return edit(unit, s, "")


# every C function definition's attribute group has this; declarations don't
C_ANCHOR = ' "min-legal-vector-width"="0"'
# every Rust function definition's attribute group has this
R_ANCHOR = ' "probe-stack"="inline-asm"'


def add_callee_attr(unit, attr):
    return edit(unit, C_ANCHOR, f" {attr}{C_ANCHOR}")


def add_caller_attr(unit, attr):
    return edit(unit, R_ANCHOR, f" {attr}{R_ANCHOR}")


def define_line(unit, fn):
    m = re.search(r"^define [^\n]*@" + re.escape(fn) + r"\([^\n]*\{$", text(unit), re.M)
    assert m, (unit, fn)
    return m.group(0)


def call_of(unit, fn):
    m = re.search(r"call [^\n]*@" + re.escape(fn) + r"\([^\n]*\)(?= #\d+$)", text(unit), re.M)
    assert m, (unit, fn)
    return m.group(0)


def target_strings(unit):
    return re.search(r'"target-cpu"="[^"]*"(?: "target-features"="[^"]*")?', text(unit)).group(0)


def fix(desc, *edits):
    return {"description": desc, "edits": list(edits)}


cases = []


def case(name, desc, units, edits=(), fixes=None):
    c = {"name": name, "description": desc, "units": list(units), "edits": list(edits)}
    if fixes:
        c["fixes"] = fixes
    cases.append(c)


CR = "caller.ll"
case("default", "clang -O2 callees and stable rustc -Copt-level=2 callers, default flags: the reference every other case differs from",
     ["callee.ll", CR])

# ---- generic CompatRules: sanitizers and friends (callee built with a real flag) ----
for attr, unit, flag in [
        ("sanitize_address", "callee_asan.ll", "-fsanitize=address"),
        ("sanitize_thread", "callee_tsan.ll", "-fsanitize=thread"),
        ("sanitize_memory", "callee_msan.ll", "-fsanitize=memory"),
        ("sanitize_hwaddress", "callee_hwasan.ll", "-fsanitize=hwaddress"),
        ("safestack", "callee_safestack.ll", "-fsanitize=safe-stack"),
        ("shadowcallstack", "callee_scs.ll", "-fsanitize=shadow-call-stack"),
        ("sanitize_numerical_stability", "callee_nsan.ll", "-fsanitize=numerical"),
        ("noprofile", "callee_noprofile.ll", "__attribute__((no_profile_instrument_function))"),
]:
    case(attr, f"callee built with {flag} ({attr} on the C side only), Rust caller without",
         [unit, CR], fixes={attr: fix(f"{attr} removed from the callee", drop(unit, " " + attr))})
case("use-sample-profile", "callee built with -fprofile-sample-use=src/callee.prof (\"use-sample-profile\" on the C side only)",
     ["callee_sampleprof.ll", CR],
     fixes={"use-sample-profile": fix("\"use-sample-profile\" removed from the callee",
                                      drop("callee_sampleprof.ll", ' "use-sample-profile"'))})
case("sanitize_memtag", "edit: sanitize_memtag added to the callee (clang-19 refuses -fsanitize=memtag for x86_64; `default` is the fix)",
     ["callee.ll", CR], [add_callee_attr("callee.ll", "sanitize_memtag")])
for attr, cu, ru in [("sanitize_address", "callee_asan.ll", "caller_asan.ll"),
                     ("sanitize_thread", "callee_tsan.ll", "caller_tsan.ll"),
                     ("sanitize_memory", "callee_msan.ll", "caller_msan.ll")]:
    case(f"{attr}-both", f"{attr} on both sides (C -fsanitize, Rust nightly -Zsanitizer)", [cu, ru])
    case(f"{attr}-rust-only", f"{attr} on the Rust caller only (nightly -Zsanitizer), C callee without",
         ["callee.ll", ru], fixes={attr: fix(f"{attr} removed from the caller", drop(ru, " " + attr))})

# ---- denormal-fp-math ----
DN = '"denormal-fp-math"="preserve-sign,preserve-sign"'
DN32 = '"denormal-fp-math-f32"="preserve-sign,preserve-sign"'
case("denormal-fp-math", "callee built with -fdenormal-fp-math=preserve-sign, caller has no attribute (= ieee,ieee)",
     ["callee_denormal.ll", CR], fixes={"denormal": fix("denormal-fp-math removed from the callee", drop("callee_denormal.ll", " " + DN))})
case("denormal-fp-math-f32", "callee built with -Xclang -fdenormal-fp-math-f32=preserve-sign, caller has no attribute",
     ["callee_denormal_f32.ll", CR], fixes={"denormal-f32": fix("denormal-fp-math-f32 removed from the callee", drop("callee_denormal_f32.ll", " " + DN32))})
case("denormal-fp-math-dynamic", "callee built with -fdenormal-fp-math=dynamic (callee dynamic,dynamic is compatible with any caller)",
     ["callee_denormal_dyn.ll", CR])
case("denormal-fp-math-caller-only", "edit: caller gets \"denormal-fp-math\"=\"preserve-sign,preserve-sign\", callee default (ieee)",
     ["callee.ll", CR], [add_caller_attr(CR, DN)])

# ---- strictfp ----
case("strictfp", "callee built with -ffp-exception-behavior=strict (strictfp), caller not",
     ["callee_strictfp.ll", CR], fixes={"strictfp": fix("strictfp removed from the callee definitions' attribute groups (call sites and intrinsic declarations keep it)",
                                *[edit("callee_strictfp.ll", g, g.replace(" strictfp", "", 1))
                                  for g in sorted(set(re.findall(r" strictfp willreturn memory\([^)]*\) uwtable", text("callee_strictfp.ll"))))])})
case("strictfp-caller-only", "edit: strictfp added to the Rust caller only (allowed direction)",
     ["callee.ll", CR], [add_caller_attr(CR, "strictfp")])

# ---- TLI: no-builtins / no-builtin-NAME ----
case("no-builtins", "callee built with -fno-builtin (\"no-builtins\"), caller not",
     ["callee_nobuiltin.ll", CR], fixes={"no-builtins": fix("\"no-builtins\" removed from the callee", drop("callee_nobuiltin.ll", ' "no-builtins"'))})
case("no-builtin-memcpy", "callee built with -fno-builtin-memcpy (\"no-builtin-memcpy\"), caller not",
     ["callee_nobuiltin_memcpy.ll", CR], fixes={"no-builtin-memcpy": fix("\"no-builtin-memcpy\" removed from the callee", drop("callee_nobuiltin_memcpy.ll", ' "no-builtin-memcpy"'))})
case("no-builtin-memcpy-both", "edit: the caller also gets \"no-builtin-memcpy\" (callee set == caller set)",
     ["callee_nobuiltin_memcpy.ll", CR], [add_caller_attr(CR, '"no-builtin-memcpy"')])
case("no-builtin-memcpy-caller-no-builtins", "edit: the caller gets \"no-builtins\", callee has \"no-builtin-memcpy\" (callee set is a subset)",
     ["callee_nobuiltin_memcpy.ll", CR], [add_caller_attr(CR, '"no-builtins"')])
case("no-builtins-caller-only", "edit: the caller gets \"no-builtins\", callee default (allowed direction)",
     ["callee.ll", CR], [add_caller_attr(CR, '"no-builtins"')])
case("no-builtin-unknown-name", "edit: the callee gets \"no-builtin-not_a_libfunc\" (not a LibFunc name, so TLI ignores it)",
     ["callee.ll", CR], [add_callee_attr("callee.ll", '"no-builtin-not_a_libfunc"')])

# ---- null_pointer_is_valid ----
case("null_pointer_is_valid", "callee built with -fno-delete-null-pointer-checks, caller not",
     ["callee_nullptr.ll", CR], fixes={"nullptr": fix("null_pointer_is_valid removed from the callee", drop("callee_nullptr.ll", " null_pointer_is_valid"))})
case("null_pointer_is_valid-caller-only", "edit: null_pointer_is_valid on the Rust caller only (allowed direction)",
     ["callee.ll", CR], [add_caller_attr(CR, "null_pointer_is_valid")])

# ---- optnone / noinline / alwaysinline ----
case("optnone-caller", "r_add built with nightly #[optimize(none)] (optnone noinline on the caller)",
     ["callee.ll", "caller_optnone.ll"])
case("noinline-callee", "callees declared __attribute__((noinline))",
     ["callee_noinline.ll", CR], fixes={"noinline": fix("noinline removed from the callee", drop("callee_noinline.ll", " noinline"))})
ADD_CALL = call_of(CR, "c_add")
case("noinline-callsite", "edit: the call of c_add in r_add gets a call-site noinline attribute",
     ["callee.ll", CR], [edit(CR, ADD_CALL, ADD_CALL + " noinline")])
case("alwaysinline-callsite-bypass", "edit: call-site alwaysinline on the c_add call, callee built with -fno-delete-null-pointer-checks",
     ["callee_nullptr.ll", CR], [edit(CR, ADD_CALL, ADD_CALL + " alwaysinline")])
case("alwaysinline-nullptr", "callees always_inline and built with -fno-delete-null-pointer-checks (mismatch bypassed?)",
     ["callee_always_nullptr.ll", CR])
case("alwaysinline-haswell", "callees always_inline and built with -march=haswell (target-feature superset bypassed?)",
     ["callee_always_haswell.ll", CR])
case("alwaysinline-tsan", "callees always_inline and built with -fsanitize=thread (sanitize_thread mismatch bypassed?)",
     ["callee_always_tsan.ll", CR])
case("alwaysinline-noinline-callsite", "always_inline + null_pointer_is_valid callee, and the c_add call site marked noinline",
     ["callee_always_nullptr.ll", CR], [edit(CR, ADD_CALL, ADD_CALL + " noinline")])

# ---- linkage / interposition ----
C_ADD = define_line("callee.ll", "c_add")
assert C_ADD.startswith("define dso_local ")
for lk in ["linkonce", "linkonce_odr", "weak_odr", "available_externally"]:
    e = [edit("callee.ll", C_ADD, C_ADD.replace("define dso_local ", f"define {lk} dso_local ", 1))]
    case(f"linkage-{lk}", f"edit: c_add defined with {lk} linkage; C unit linked first",
         ["callee.ll", CR], e)
    case(f"linkage-{lk}-rust-first", f"edit: c_add defined with {lk} linkage; Rust unit linked first (so the reference exists when the C unit is linked in)",
         [CR, "callee.ll"], e)
case("linkage-weak", "callees declared __attribute__((weak)) (weak linkage)",
     ["callee_weak.ll", CR], fixes={"linkage": fix("weak linkage removed from all callees", edit("callee_weak.ll", "define weak ", "define "))})
SI = '!{i32 1, !"SemanticInterposition", i32 1}'
case("semantic-interposition", "callee built with -fPIC -fsemantic-interposition (module flag SemanticInterposition=1, definitions not dso_local)",
     ["callee_semint.ll", CR], fixes={"semint": fix("module flag SemanticInterposition set to 0", edit("callee_semint.ll", SI, SI.replace("i32 1}", "i32 0}")))})

# ---- InlineFunction: personality, gc ----
case("personality", "C++ callee built with clang++ -fexceptions (personality __gxx_personality_v0) called from a Rust caller with a landing pad (rust_eh_personality) and one without",
     ["cxx.ll", CR])
R_ADD = define_line(CR, "r_add")
case("gc-mismatch", "edit: c_add gets gc \"statepoint-example\", r_add gets gc \"shadow-stack\"",
     ["callee.ll", CR],
     [edit("callee.ll", C_ADD, C_ADD[:-1] + 'gc "statepoint-example" {'), edit(CR, R_ADD, R_ADD[:-1] + 'gc "shadow-stack" {')],
     fixes={"gc": fix("both use gc \"shadow-stack\"",
                       # applies to the already-edited text (verdicts.py checks it there)
                       {"unit": "callee.ll", "find": 'gc "statepoint-example"', "replace": 'gc "shadow-stack"'})})
case("gc-callee-only", "edit: only c_add gets gc \"statepoint-example\" (copied to the gc-less caller)",
     ["callee.ll", CR], [edit("callee.ll", C_ADD, C_ADD[:-1] + 'gc "statepoint-example" {')])

# ---- body properties ----
case("body", "callees whose body decides: varargs with va_start, setjmp (returns_twice), computed goto (indirectbr), the kernel's _THIS_IP_ (blockaddress without indirectbr), a call passing a <4 x float> by value, a scalar call",
     ["body.ll", CR])
case("x86-abi-vector-call", "body.ll (x86-64) into a Rust caller built with -Ctarget-cpu=haswell: callee features are a strict subset, so X86 checks the calls inside the callee; c_vec_outer passes a vector to c_vec_inner whose target strings differ from the caller's",
     ["body.ll", "caller_haswell.ll"],
     fixes={"target": fix("all body.ll functions get the caller's target strings (\"target-cpu\"=\"haswell\", no target-features)",
                          edit("body.ll", target_strings("body.ll"), '"target-cpu"="haswell"'))})
case("presplitcoroutine", "edit: presplitcoroutine added to the callee",
     ["callee.ll", CR], [add_callee_attr("callee.ll", "presplitcoroutine")])

# ---- X86 target features / tune ----
BASE_T = target_strings("callee.ll")
case("target-features-superset", "callee built with -mavx2 (features the x86-64 caller lacks)",
     ["callee_avx2.ll", CR], fixes={"target": fix("callee target strings replaced by default clang's", edit("callee_avx2.ll", target_strings("callee_avx2.ll"), BASE_T))})
case("target-features-subset", "default callee into a Rust caller built with -Ctarget-cpu=haswell (callee subset of caller)",
     ["callee.ll", "caller_haswell.ll"])
case("target-features-avx2-into-haswell", "-mavx2 callee into -Ctarget-cpu=haswell caller (subset)",
     ["callee_avx2.ll", "caller_haswell.ll"])
case("tune-cpu-haswell", "callee built with -mtune=haswell (\"tune-cpu\"=\"haswell\"), caller has no tune-cpu",
     ["callee_tune_haswell.ll", CR])
case("tune-cpu-znver3", "callee built with -mtune=znver3, caller has no tune-cpu",
     ["callee_tune_znver3.ll", CR], fixes={"tune": fix("\"tune-cpu\"=\"generic\" on the callee", edit("callee_tune_znver3.ll", '"tune-cpu"="znver3"', '"tune-cpu"="generic"'))})
FEATS = re.search(r'"target-features"="([^"]*)"', BASE_T).group(1)
for feat, desc in [("+sbb-dep-breaking", "a tuning feature of znver3 that is not on the X86 ignore list"),
                   ("+fast-lzcnt", "a tuning feature on the X86 ignore list")]:
    case(f"tune-feature{feat}", f"edit: callee target-features get {feat} ({desc})",
         ["callee.ll", CR], [edit("callee.ll", f'"target-features"="{FEATS}"', f'"target-features"="{FEATS},{feat}"')])

# ---- merge-only differences (must not block) ----
for name, unit, desc in [
        ("sspstrong", "callee_sspstrong.ll", "-fstack-protector-strong (sspstrong on the callee only)"),
        ("probe-stack-both-inline-asm", "callee_stackclash.ll", "-fstack-clash-protection (\"probe-stack\"=\"inline-asm\" on both sides)"),
        ("no-jump-tables", "callee_nojumptables.ll", "-fno-jump-tables (\"no-jump-tables\"=\"true\" on the callee)"),
        ("noredzone", "callee_noredzone.ll", "-mno-red-zone (noredzone on the callee)"),
        ("frame-pointer", "callee_framepointer.ll", "-fno-omit-frame-pointer (\"frame-pointer\"=\"all\" on the callee, none on the caller)"),
        ("uwtable", "callee_nouwtable.ll", "-fno-asynchronous-unwind-tables -fno-unwind-tables (no uwtable on the callee; the caller has uwtable)"),
        ("fn_ret_thunk_extern", "callee_retthunk.ll", "-mfunction-return=thunk-extern (fn_ret_thunk_extern on the callee)"),
]:
    case(f"merge-{name}", f"callee built with {desc}", [unit, CR])
case("merge-probe-stack-value", "edit: callee \"probe-stack\"=\"__probestack\" vs caller \"inline-asm\"",
     ["callee.ll", CR], [add_callee_attr("callee.ll", '"probe-stack"="__probestack"')])
case("merge-stack-probe-size", "edit: callee \"stack-probe-size\"=\"8192\", caller none",
     ["callee.ll", CR], [add_callee_attr("callee.ll", '"stack-probe-size"="8192"')])
case("merge-min-legal-vector-width", "edit: callee \"min-legal-vector-width\"=\"256\", caller none",
     ["callee.ll", CR], [edit("callee.ll", C_ANCHOR, ' "min-legal-vector-width"="256"')])

spec = {
    "set": "rules-x86_64",
    "description": "One case per LLVM inlining rule that applies to x86-64 with LLVM 19: small C callees compiled by clang-19 (one unit per rule flag) and Rust callers compiled by rustc, linked pairwise; where no compiler flag produces the attribute the difference is a recorded textual edit. Covers the CompatRules (sanitizers, safestack, shadowcallstack, use-sample-profile, noprofile, denormal modes, strictfp), TLI no-builtin rules, null_pointer_is_valid, optnone/noinline/alwaysinline, linkage and semantic interposition, personality and gc, body-based refusals, X86 target-feature, tune-cpu and ABI checks, and merge-only attributes that must not block.",
    "rustc": [["rustc"], ["rustup", "run", "nightly", "rustc"]],
    "cases": cases,
}
print(json.dumps(spec, indent=2))
