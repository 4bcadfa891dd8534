package dev.irscope.compat;

import java.util.Locale;

/**
 * A way to make a refusal go away, in one compiler's terms (clang, rustc) or in the source, and
 * on which side of the call: renderers show a compiler's fix only for a side that compiler built
 * (a C caller of a Rust callee gets rustc advice for the callee's crate, clang advice for the caller).
 */
public record Fix(String who, String hint, Side side) {
    /** The unit a fix is applied to. */
    public enum Side { CALLER, CALLEE, BOTH }

    /** A fix whose side is read from its wording ("the caller's crate", "the callee's unit", "both"). */
    public Fix(String who, String hint) {
        this(who, hint, infer(hint));
    }

    public static Fix clang(String hint) { return new Fix("clang", hint); }
    public static Fix rustc(String hint) { return new Fix("rustc", hint); }
    public static Fix source(String hint) { return new Fix("source", hint); }

    public static Fix clang(Side side, String hint) { return new Fix("clang", hint, side); }
    public static Fix rustc(Side side, String hint) { return new Fix("rustc", hint, side); }

    /** Advice that changes nothing the compiler builds ("none: rustc has no flag ..."). */
    public boolean none() {
        return hint.startsWith("none");
    }

    public String render() {
        return who + ": " + hint;
    }

    static Side infer(String hint) {
        String h = hint.toLowerCase(Locale.ROOT);
        if (h.contains("both") || h.contains("neither") || h.contains("same")) return Side.BOTH;
        boolean caller = h.contains("caller"), callee = h.contains("callee") || h.contains("helper");
        return caller == callee ? Side.BOTH : caller ? Side.CALLER : Side.CALLEE;
    }
}
