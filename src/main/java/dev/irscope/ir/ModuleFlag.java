package dev.irscope.ir;

import java.util.OptionalLong;

/**
 * One {@code !llvm.module.flags} entry. {@code value} is the metadata as LLVM prints it with
 * referenced nodes written inline ({@code i32 2}, {@code !"foo"}, {@code !{!"a", i32 1}}).
 */
public record ModuleFlag(int behavior, String key, String value) {

    /** Names of the behaviours, indexed by their numbers in Module::ModFlagBehavior. */
    public static final String[] BEHAVIORS = {
        "?", "Error", "Warning", "Require", "Override", "Append", "AppendUnique", "Max", "Min"};

    public String behaviorName() {
        return behavior > 0 && behavior < BEHAVIORS.length ? BEHAVIORS[behavior] : "Unknown(" + behavior + ")";
    }

    /** The integer of an {@code iN K} value. */
    public OptionalLong intValue() {
        String v = value.trim();
        int sp = v.indexOf(' ');
        if (v.startsWith("i") && sp > 0) {
            try {
                return OptionalLong.of(Long.parseLong(v.substring(sp + 1).trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
