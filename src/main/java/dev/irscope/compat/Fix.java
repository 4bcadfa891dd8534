package dev.irscope.compat;

/** A way to make a refusal go away, in one compiler's terms (clang, rustc) or in the source. */
public record Fix(String who, String hint) {
    public static Fix clang(String hint) { return new Fix("clang", hint); }
    public static Fix rustc(String hint) { return new Fix("rustc", hint); }
    public static Fix source(String hint) { return new Fix("source", hint); }

    public String render() {
        return who + ": " + hint;
    }
}
