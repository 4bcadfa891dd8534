package dev.irscope.compat;

/**
 * Where in LLVM a rule lives, in the order LLVM evaluates them. The first refusing rule in this
 * order is the one LLVM's remark names; irscope evaluates all of them.
 */
public enum Layer {
    CALL_SITE("call site and callee, checked first (getAttributeBasedInliningDecision rows 1-4)"),
    TARGET("target hook TTI::areInlineCompatible (remark: conflicting attributes)"),
    LIBRARY("TargetLibraryInfo no-builtin lists (remark: conflicting attributes)"),
    ATTRIBUTE("Attributes.td CompatRules (remark: conflicting attributes)"),
    DECISION("getAttributeBasedInliningDecision after the compatibility check"),
    BODY("callee body: isInlineViable / CallAnalyzer"),
    TRANSFORM("InlineFunction, when the inline is carried out"),
    MERGE("merge rules, applied to the caller after an inline");

    private final String description;

    Layer(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
