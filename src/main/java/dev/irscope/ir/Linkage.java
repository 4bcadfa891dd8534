package dev.irscope.ir;

import java.util.Optional;

/** LLVM linkage types, with the two properties the inliner and linker care about. */
public enum Linkage {
    EXTERNAL("external"),
    PRIVATE("private"),
    INTERNAL("internal"),
    AVAILABLE_EXTERNALLY("available_externally"),
    LINKONCE("linkonce"),
    WEAK("weak"),
    COMMON("common"),
    APPENDING("appending"),
    EXTERN_WEAK("extern_weak"),
    LINKONCE_ODR("linkonce_odr"),
    WEAK_ODR("weak_odr");

    private final String keyword;

    Linkage(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    private static final Linkage[] ALL = values(); // values() copies its array on every call

    public static Optional<Linkage> fromKeyword(String s) {
        for (Linkage l : ALL) if (l.keyword.equals(s)) return Optional.of(l);
        return Optional.empty();
    }

    /**
     * GlobalValue::isInterposableLinkage: the definition may be replaced at link or load time by one
     * that is not equivalent, so its body cannot be trusted for inlining. ODR variants are safe.
     */
    public boolean interposable() {
        return this == WEAK || this == LINKONCE || this == COMMON || this == EXTERN_WEAK;
    }

    /** Visible only inside its own unit: a call from another unit can never resolve to it. */
    public boolean local() {
        return this == PRIVATE || this == INTERNAL;
    }
}
