package dev.irscope.ir;

import java.util.Set;

/**
 * Keyword attributes LLVM 14 to 23 can print. A keyword outside this list is still kept (LLVM may
 * have grown one), but the readers note it so that users see what irscope did not recognise. It
 * lives in the model so the text and the bitcode reader judge "known" from one list.
 */
public final class KnownAttributes {
    private KnownAttributes() {}

    private static final Set<String> KEYWORDS = Set.of(
            // function attributes
            "alwaysinline", "argmemonly", "builtin", "cold", "convergent", "disable_sanitizer_instrumentation",
            "fn_ret_thunk_extern", "hot", "hybrid_patchable", "inaccessiblememonly",
            "inaccessiblemem_or_argmemonly", "inlinehint", "jumptable", "minsize", "mustprogress", "naked",
            "nobuiltin", "nocallback", "nocf_check", "noduplicate", "nofree", "noimplicitfloat", "noinline",
            "nomerge", "nonlazybind", "noprofile", "norecurse", "noredzone", "noreturn", "nosanitize_bounds",
            "nosanitize_coverage", "nosync", "nounwind", "null_pointer_is_valid", "optforfuzzing", "optnone",
            "optsize", "presplitcoroutine", "readnone", "readonly", "returns_twice", "safestack",
            "sanitize_address", "sanitize_hwaddress", "sanitize_memory", "sanitize_memtag",
            "sanitize_numerical_stability", "sanitize_realtime", "sanitize_realtime_blocking",
            "sanitize_thread", "sanitize_type", "sanitize_alloc_token", "shadowcallstack", "skipprofile",
            "speculatable", "speculative_load_hardening", "ssp", "sspreq", "sspstrong", "strictfp",
            "willreturn", "writeonly", "coro_only_destroy_when_complete", "coro_elide_safe",
            "nocreateundeforpoison", "no_cfi", "nodivergencesource", "alignstack", "allockind",
            "allocsize", "memory", "uwtable", "vscale_range", "denormal_fpenv", "preallocated",
            // parameter and return attributes
            "align", "byref", "byval", "dead_on_unwind", "dead_on_return", "dereferenceable",
            "dereferenceable_or_null", "elementtype", "immarg", "inalloca", "inreg", "nest", "noalias",
            "nocapture", "captures", "noext", "nofpclass", "nonnull", "noundef", "range", "returned", "signext",
            "sret", "swiftasync", "swifterror", "swiftself", "writable", "zeroext", "initializes", "allocalign",
            "allocptr");

    /** Whether LLVM 14 to 23 can print this keyword attribute (the bitcode reader notes the others alike). */
    public static boolean known(String keyword) {
        return KEYWORDS.contains(keyword);
    }

    /** Attributes that may stand before a return type or after a parameter type. */
    public static boolean isParamAttr(String w) {
        return switch (w) {
            case "align", "byref", "byval", "dead_on_unwind", "dead_on_return", "dereferenceable",
                 "dereferenceable_or_null", "elementtype", "immarg", "inalloca", "inreg", "nest", "noalias",
                 "nocapture", "captures", "noext", "nofpclass", "nonnull", "noundef", "range", "returned",
                 "signext", "sret", "swiftasync", "swifterror", "swiftself", "writable", "zeroext", "initializes",
                 "allocalign", "allocptr", "readnone", "readonly", "writeonly", "preallocated", "nofree" -> true;
            default -> false;
        };
    }
}
