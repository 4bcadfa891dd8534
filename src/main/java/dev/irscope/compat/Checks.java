package dev.irscope.compat;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.ModuleFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comparisons rules are built from, each mirroring one helper of LLVM's (isEqual, checkStrictFP,
 * checkDenormMode, setAND, setOR, ...). Rules in {@link Catalogue} combine these; nothing else in
 * irscope looks at attribute semantics.
 */
final class Checks {
    private Checks() {}

    static final String PRESENT = "present";
    static final String ABSENT = "absent";

    private static String presence(Function f, String attr) {
        return f.has(attr) ? PRESENT : ABSENT;
    }

    private static String str(Function f, String key) {
        return f.string(key).map(v -> "\"" + v + "\"").orElse(ABSENT);
    }

    /** isEqual on an enum attribute: both have it or neither does. */
    static Check bothOrNeither(String attr) {
        return c -> c.caller().has(attr) == c.callee().has(attr) ? List.of()
                : List.of(Hit.of(attr, presence(c.caller(), attr), presence(c.callee(), attr),
                        (c.callee().has(attr) ? "only the callee" : "only the caller") + " has " + attr));
    }

    /** isEqual on a string attribute: same presence and same value. */
    static Check sameString(String key) {
        return c -> c.caller().string(key).equals(c.callee().string(key)) ? List.of()
                : List.of(Hit.of(key, str(c.caller(), key), str(c.callee(), key), "\"" + key + "\" differs"));
    }

    /** The callee has the attribute and the caller does not (the other way round is fine). */
    static Check calleeOnly(String attr) {
        return c -> c.callee().has(attr) && !c.caller().has(attr)
                ? List.of(Hit.of(attr, ABSENT, PRESENT, "the callee has " + attr + " and the caller does not"))
                : List.of();
    }

    static Check callerHas(String attr) {
        return c -> c.caller().has(attr) ? List.of(Hit.of(attr, PRESENT, presence(c.callee(), attr), "the caller has " + attr)) : List.of();
    }

    static Check calleeHas(String attr) {
        return c -> c.callee().has(attr) ? List.of(Hit.of(attr, presence(c.caller(), attr), PRESENT, "the callee has " + attr)) : List.of();
    }

    static Check calleeHasString(String key) {
        return c -> c.callee().string(key).isPresent()
                ? List.of(Hit.of(key, str(c.caller(), key), str(c.callee(), key), "the callee has \"" + key + "\""))
                : List.of();
    }

    static Check siteHas(String attr) {
        return c -> c.site().attributes().has(attr)
                ? List.of(Hit.of(attr, "call site: " + PRESENT, presence(c.callee(), attr), "the call site has " + attr))
                : List.of();
    }

    // ------------------------------------------------------------------ denormal modes

    /** checkDenormMode: "denormal-fp-math" then the f32 view, each with LLVM's dynamic-mode relaxations. */
    static Check denormalMode() {
        return c -> {
            String callerG = c.caller().string("denormal-fp-math").orElse("");
            String calleeG = c.callee().string("denormal-fp-math").orElse("");
            if (!denormCompatible(callerG, calleeG)) {
                return List.of(Hit.of("denormal-fp-math", shown(callerG), shown(calleeG),
                        "denormal modes differ: " + mode(callerG) + " in the caller, " + mode(calleeG) + " in the callee"));
            }
            String callerF = c.caller().string("denormal-fp-math-f32").orElse(callerG);
            String calleeF = c.callee().string("denormal-fp-math-f32").orElse(calleeG);
            if (!denormCompatible(callerF, calleeF)) {
                return List.of(Hit.of("denormal-fp-math-f32", shown(callerF), shown(calleeF),
                        "f32 denormal modes differ: " + mode(callerF) + " in the caller, " + mode(calleeF) + " in the callee"));
            }
            return List.of();
        };
    }

    private static String shown(String v) {
        return v.isEmpty() ? ABSENT + " (ieee,ieee)" : "\"" + v + "\"";
    }

    /** "out[,in]" with a missing input equal to the output; absent is ieee,ieee. */
    static String[] parseDenorm(String v) {
        if (v.isEmpty()) return new String[] {"ieee", "ieee"};
        String[] p = v.split(",", -1);
        String out = p[0].strip();
        String in = p.length > 1 ? p[1].strip() : out;
        Set<String> known = Set.of("ieee", "preserve-sign", "positive-zero", "dynamic");
        if (!known.contains(out) || !known.contains(in) || p.length > 2) return new String[] {"invalid", "invalid"};
        return new String[] {out, in};
    }

    private static String mode(String v) {
        String[] m = parseDenorm(v);
        return m[0] + "," + m[1];
    }

    static boolean denormCompatible(String caller, String callee) {
        String[] a = parseDenorm(caller), b = parseDenorm(callee);
        if (a[0].equals(b[0]) && a[1].equals(b[1])) return !a[0].equals("invalid");
        if (b[0].equals("dynamic") && b[1].equals("dynamic")) return true;
        if (b[1].equals(a[1]) && b[0].equals("dynamic")) return true;
        return b[0].equals(a[0]) && b[1].equals("dynamic");
    }

    // ------------------------------------------------------------------ library functions

    /** TargetLibraryInfo: with "no-builtins" every LibFunc is unavailable. */
    static Check noBuiltins() {
        return c -> c.callee().string("no-builtins").isPresent() && c.caller().string("no-builtins").isEmpty()
                ? List.of(Hit.of("no-builtins", ABSENT, PRESENT,
                        "the callee treats no library function as a builtin and the caller does; the callee's set of unavailable LibFuncs must be a subset of the caller's"))
                : List.of();
    }

    /** Each "no-builtin-NAME" of the callee whose NAME is a LibFunc must also be on the caller. */
    static Check noBuiltinNames() {
        return c -> {
            if (c.caller().string("no-builtins").isPresent()) return List.of();
            List<Hit> hits = new ArrayList<>();
            LibFuncs names = LibFuncs.forVersion(c.llvm());
            for (Attribute a : c.callee().attributes().list()) {
                if (!a.isString() || !a.key().startsWith("no-builtin-")) continue;
                String fn = a.key().substring("no-builtin-".length());
                if (c.caller().string(a.key()).isPresent()) continue;
                Optional<Boolean> known = names.contains(fn);
                if (known.isPresent() && !known.get()) continue; // not a LibFunc: LLVM ignores it
                String msg = "the callee may not treat " + fn + " as a builtin and the caller may";
                if (known.isEmpty()) {
                    hits.add(Hit.undecided(a.key(), ABSENT, PRESENT, msg + " (no LibFunc list for LLVM " + c.llvm()
                            + ": cannot tell whether " + fn + " is one)"));
                } else {
                    hits.add(Hit.of(a.key(), ABSENT, PRESENT, msg).withFixes(List.of(
                            Fix.clang("build the callee's unit without -fno-builtin-" + fn),
                            Fix.rustc("none: rustc cannot mark a single function non-builtin; align the C side"))));
                }
            }
            return hits;
        };
    }

    // ------------------------------------------------------------------ linkage

    /** GlobalValue::isInterposable: interposable linkage, or SemanticInterposition=1 and not dso_local. */
    static Check interposable() {
        return c -> {
            Function f = c.callee();
            if (f.linkage().interposable()) {
                return List.of(Hit.of("linkage", "", f.linkage().keyword(),
                        "the callee has " + f.linkage().keyword() + " linkage: another definition may replace it at link or load time"));
            }
            // Module::getSemanticInterposition reads the linked module's flag (an Error flag: the
            // first unit that has it sets it for all), so one C unit built with
            // -fsemantic-interposition makes every callee that is not dso_local interposable.
            Optional<ModuleFlag> si = c.linkedFlag("SemanticInterposition");
            if (si.isPresent() && si.get().intValue().orElse(0) != 0 && !f.dsoLocal()) {
                boolean own = c.calleeUnit().flag("SemanticInterposition").isPresent();
                String from = own ? "the callee's unit" : "another unit (" + unitWith(c, "SemanticInterposition") + ")";
                return List.of(Hit.of("module_flag:SemanticInterposition", "", "1 (from " + from + "), and the callee is not dso_local",
                        "the linked module has SemanticInterposition=1, set by " + from + ", and the callee is not dso_local"));
            }
            return List.of();
        };
    }

    private static String unitWith(EdgeContext c, String flag) {
        for (var m : c.program().units()) if (m.flag(flag).isPresent()) return m.path();
        return "?";
    }

    /** A call that reaches the callee through an alias has no direct callee for the inliner. */
    static Check throughAlias() {
        return c -> c.edge().via().isPresent()
                ? List.of(Hit.of("alias", "", "@" + c.edge().via().get(),
                        "the call names the alias @" + c.edge().via().get() + ", so LLVM sees no direct callee"))
                : List.of();
    }

    // ------------------------------------------------------------------ bodies

    /**
     * A callee that calls itself: the cost analysis refuses it ("recursive"), so does isInlineViable on
     * the always-inline path ("recursive call"). A callee that calls the caller back is not refused
     * (ir-samples rules-extra: r_count -> c_step inlines).
     */
    static Check recursive() {
        return c -> {
            for (CallSite s : c.callee().body().calls()) {
                if (s.callee().equals(c.callee().name())) {
                    return List.of(walked(c, Hit.of("recursion", "", "calls itself at line " + s.line(), "the callee is recursive"),
                            "the recursive call at line " + s.line()));
                }
            }
            return List.of();
        };
    }

    /**
     * A body rule on the cost path holds only if CallAnalyzer's walk reaches the offending block,
     * and the walk follows only the branches this call's constant arguments leave open (ir-samples
     * rules-llvm22 walk: c_sum(n, 0) and c_where(0, out) inline on opt-19 and opt-22, the same
     * callees with run-time arguments are refused). irscope has no CFG: with a constant argument it
     * answers undecided instead of claiming a refusal. The always path (isInlineViable) looks at
     * every block, so there the hit stands.
     */
    private static Hit walked(EdgeContext c, Hit h, String what) {
        if (c.alwaysInline() || !c.site().constantArgs()) return h;
        return Hit.undecided(h.attribute(), h.callerValue(), h.calleeValue(), h.message() + ", but LLVM's cost walk visits only"
                + " the blocks this call's constant arguments lead to, and irscope cannot tell whether it reaches " + what
                + " (call at line " + c.site().line() + ")");
    }

    static Check indirectBranch() {
        return c -> c.callee().body().indirectBr()
                ? List.of(Hit.of("indirectbr", "", "indirectbr in the body", "the callee contains an indirectbr"))
                : List.of();
    }

    /** The callee's blocks have their address taken: a blockaddress used by anything but callbr. */
    static Check blockAddress() {
        return c -> c.callee().body().blockAddress()
                ? List.of(walked(c, Hit.of("blockaddress", "", "blockaddress(@" + c.callee().name() + ", ...) in its unit",
                        "a block of the callee has its address taken"), "the block whose address is taken"))
                : List.of();
    }

    /** A call to something returns_twice (setjmp) from a callee that is not itself returns_twice. */
    static Check exposesReturnsTwice() {
        return c -> {
            if (c.callee().has("returns_twice")) return List.of();
            for (CallSite s : c.callee().body().calls()) {
                boolean rt = s.attributes().has("returns_twice")
                        || c.program().target(c.calleeUnit(), s.callee()).map(f -> f.has("returns_twice")).orElse(false);
                if (rt) return List.of(Hit.of("returns_twice", "", "calls @" + s.callee() + " at line " + s.line(),
                        "the callee calls @" + s.callee() + ", which returns twice"));
            }
            return List.of();
        };
    }

    static Check callsIntrinsic(String prefix, String what) {
        return c -> {
            for (CallSite s : c.callee().body().calls()) {
                if (s.callee().equals(prefix) || s.callee().startsWith(prefix + ".")) {
                    return List.of(Hit.of(what, "", "calls @" + s.callee() + " at line " + s.line(), "the callee calls @" + s.callee()));
                }
            }
            return List.of();
        };
    }

    // ------------------------------------------------------------------ InlineFunction

    /** Both have a personality and they differ after stripping casts. */
    static Check personality() {
        return c -> {
            Optional<String> a = c.caller().personality(), b = c.callee().personality();
            return a.isPresent() && b.isPresent() && !a.get().equals(b.get())
                    ? List.of(Hit.of("personality", "@" + a.get(), "@" + b.get(), "caller and callee use different personality functions"))
                    : List.of();
        };
    }

    static Check gc() {
        return c -> {
            Optional<String> a = c.caller().gc(), b = c.callee().gc();
            return a.isPresent() && b.isPresent() && !a.get().equals(b.get())
                    ? List.of(Hit.of("gc", "\"" + a.get() + "\"", "\"" + b.get() + "\"", "caller and callee use different GC strategies"))
                    : List.of();
        };
    }

    static Check callbr() {
        return c -> c.site().kind() == dev.irscope.ir.CallKind.CALLBR
                ? List.of(Hit.of("callbr", "callbr at line " + c.site().line(), "", "the call is a callbr"))
                : List.of();
    }

    private static final Set<String> BUNDLES_OK = Set.of("deopt", "funclet", "clang.arc.attachedcall", "kcfi",
            "convergencectrl", "ptrauth");

    static Check operandBundles() {
        return c -> {
            for (String b : c.site().bundles()) {
                if (!BUNDLES_OK.contains(b)) {
                    return List.of(Hit.of("operand bundle", "\"" + b + "\" at line " + c.site().line(), "",
                            "the call carries an operand bundle InlineFunction does not handle"));
                }
            }
            return List.of();
        };
    }

    // ------------------------------------------------------------------ merge rules

    /** setAND on a boolean string attribute: the caller keeps "true" only if the callee has it too. */
    static Check mergeAnd(String key) {
        return c -> "true".equals(c.caller().string(key).orElse("")) && !"true".equals(c.callee().string(key).orElse(""))
                ? List.of(Hit.of(key, "\"true\"", str(c.callee(), key), "the caller's \"" + key + "\" becomes \"false\""))
                : List.of();
    }

    /** setOR on a boolean string attribute: the caller gains it if the callee has it. */
    static Check mergeOrString(String key) {
        return c -> "true".equals(c.callee().string(key).orElse("")) && !"true".equals(c.caller().string(key).orElse(""))
                ? List.of(Hit.of(key, str(c.caller(), key), "\"true\"", "the caller gains \"" + key + "\"=\"true\""))
                : List.of();
    }

    /** setOR on an enum attribute. */
    static Check mergeOr(String attr) {
        return c -> c.callee().has(attr) && !c.caller().has(attr)
                ? List.of(Hit.of(attr, ABSENT, PRESENT, "the caller gains " + attr))
                : List.of();
    }

    /** setAND on an enum attribute. */
    static Check mergeAndEnum(String attr) {
        return c -> c.caller().has(attr) && !c.callee().has(attr)
                ? List.of(Hit.of(attr, PRESENT, ABSENT, "the caller loses " + attr))
                : List.of();
    }

    private static int ssp(Function f) {
        return f.has("sspreq") ? 3 : f.has("sspstrong") ? 2 : f.has("ssp") ? 1 : 0;
    }

    private static final String[] SSP = {"none", "ssp", "sspstrong", "sspreq"};

    /** adjustCallerSSPLevel: a caller with an SSP level takes the stronger one; without one, stays without. */
    static Check mergeSsp() {
        return c -> {
            int a = ssp(c.caller()), b = ssp(c.callee());
            if (a == 0 || b <= a) {
                if (a == 0 && b > 0) {
                    return List.of(Hit.of(SSP[b], ABSENT, PRESENT,
                            "the callee has " + SSP[b] + "; a caller without a stack-protector level stays without one"));
                }
                return List.of();
            }
            return List.of(Hit.of(SSP[b], SSP[a], SSP[b], "the caller's stack protector rises from " + SSP[a] + " to " + SSP[b]));
        };
    }

    static Check mergeProbeStack() {
        return c -> c.caller().string("probe-stack").isEmpty() && c.callee().string("probe-stack").isPresent()
                ? List.of(Hit.of("probe-stack", ABSENT, str(c.callee(), "probe-stack"),
                        "the caller takes the callee's \"probe-stack\"=" + str(c.callee(), "probe-stack")))
                : List.of();
    }

    static Check mergeProbeSize() {
        return c -> {
            Optional<String> b = c.callee().string("stack-probe-size");
            if (b.isEmpty()) return List.of();
            Optional<String> a = c.caller().string("stack-probe-size");
            long bv = parseLong(b.get());
            if (a.isPresent() && parseLong(a.get()) <= bv) return List.of();
            return List.of(Hit.of("stack-probe-size", str(c.caller(), "stack-probe-size"), "\"" + b.get() + "\"",
                    "the caller's \"stack-probe-size\" becomes \"" + b.get() + "\""));
        };
    }

    static Check mergeMinLegalVectorWidth() {
        return c -> {
            Optional<String> a = c.caller().string("min-legal-vector-width");
            if (a.isEmpty()) return List.of();
            Optional<String> b = c.callee().string("min-legal-vector-width");
            if (b.isEmpty()) {
                return List.of(Hit.of("min-legal-vector-width", "\"" + a.get() + "\"", ABSENT,
                        "the caller loses \"min-legal-vector-width\" (the callee has none)"));
            }
            if (parseLong(b.get()) > parseLong(a.get())) {
                return List.of(Hit.of("min-legal-vector-width", "\"" + a.get() + "\"", "\"" + b.get() + "\"",
                        "the caller's \"min-legal-vector-width\" rises to \"" + b.get() + "\""));
            }
            return List.of();
        };
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
