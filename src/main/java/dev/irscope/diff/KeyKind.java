package dev.irscope.diff;

/** What a differing attribute key means to the inliner; the order is the order a diff lists them in. */
public enum KeyKind {
    /** A rule that can refuse the inline reads it: a difference here can change a verdict. */
    BLOCKING("blocking"),
    /** A merge rule reads it: inlining changes the caller, but nothing is refused. */
    MERGING("merging"),
    /** No rule reads it: worth knowing (codegen differs), irrelevant to the inliner. */
    OTHER("other");

    private final String label;

    KeyKind(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON and {@code --only}. */
    public String label() {
        return label;
    }
}
