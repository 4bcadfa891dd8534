package dev.irscope.read.bitcode;

/**
 * Attribute kind numbers of the bitcode (LLVMBitCodes.h, AttributeKindCodes) and the keyword LLVM
 * prints for each (Attributes.td). The numbers never change once assigned; a number past this
 * table is a kind from a newer LLVM, kept as {@code unknown_kind_N}.
 */
final class AttributeKinds {
    private AttributeKinds() {}

    private static final String[] NAMES = {
        null, "align", "alwaysinline", "byval", "inlinehint", "inreg", "minsize", "naked", "nest", "noalias",
        "nobuiltin", "nocapture", "noduplicate", "noimplicitfloat", "noinline", "nonlazybind", "noredzone",
        "noreturn", "nounwind", "optsize", "readnone", "readonly", "returned", "returns_twice", "signext",
        "alignstack", "ssp", "sspreq", "sspstrong", "sret", "sanitize_address", "sanitize_thread",
        "sanitize_memory", "uwtable", "zeroext", "builtin", "cold", "optnone", "inalloca", "nonnull",
        "jumptable", "dereferenceable", "dereferenceable_or_null", "convergent", "safestack", "argmemonly",
        "swiftself", "swifterror", "norecurse", "inaccessiblememonly", "inaccessiblemem_or_argmemonly",
        "allocsize", "writeonly", "speculatable", "strictfp", "sanitize_hwaddress", "nocf_check",
        "optforfuzzing", "shadowcallstack", "speculative_load_hardening", "immarg", "willreturn", "nofree",
        "nosync", "sanitize_memtag", "preallocated", "nomerge", "null_pointer_is_valid", "noundef", "byref",
        "mustprogress", "nocallback", "hot", "noprofile", "vscale_range", "swiftasync", "nosanitize_coverage",
        "elementtype", "disable_sanitizer_instrumentation", "nosanitize_bounds", "allocalign", "allocptr",
        "allockind", "presplitcoroutine", "fn_ret_thunk_extern", "skipprofile", "memory", "nofpclass",
        "optdebug", "writable", "coro_only_destroy_when_complete", "dead_on_unwind", "range",
        "sanitize_numerical_stability", "initializes", "hybrid_patchable", "sanitize_realtime",
        "sanitize_realtime_blocking", "coro_elide_safe", "noext", "nodivergencesource", "sanitize_type",
        "captures", "dead_on_return", "sanitize_alloc_token", "nocreateundeforpoison", "denormal_fpenv",
        "nooutline",
    };

    static final int ALIGN = 1, ALIGNSTACK = 25, UWTABLE = 33, DEREF = 41, DEREF_OR_NULL = 42, ALLOCSIZE = 51,
            VSCALE_RANGE = 74, ALLOCKIND = 82, MEMORY = 86, NOFPCLASS = 87, RANGE = 92, INITIALIZES = 94,
            CAPTURES = 102, DEAD_ON_RETURN = 103, DENORMAL_FPENV = 106;

    /** The keyword, or null for a kind this table does not know. */
    static String name(long kind) {
        return kind > 0 && kind < NAMES.length ? NAMES[(int) kind] : null;
    }
}
