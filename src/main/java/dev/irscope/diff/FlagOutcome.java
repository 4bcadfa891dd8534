package dev.irscope.diff;

import dev.irscope.ir.ModuleFlag;
import java.util.Optional;

/**
 * What llvm-link makes of a module flag that differs without a warning or an error (those come
 * from {@link dev.irscope.link.LinkCheck} verbatim). LEFT is the destination, as when it is linked first.
 * Behaviours per LangRef "Module Flags Metadata" (Min's absent-is-0 since LLVM 16, D129911).
 */
final class FlagOutcome {
    private FlagOutcome() {}

    static String describe(Optional<ModuleFlag> left, Optional<ModuleFlag> right) {
        if (left.isEmpty() || right.isEmpty()) {
            ModuleFlag f = left.or(() -> right).orElseThrow();
            String side = left.isPresent() ? "LEFT" : "RIGHT";
            return switch (f.behavior()) {
                case 8 -> "Min with the flag absent on one side: the linked value is 0";
                case 3 -> "Require: checked against the linked module";
                default -> "only " + side + " has it: kept as is (" + f.behaviorName() + " " + f.value() + ")";
            };
        }
        ModuleFlag a = left.get(), b = right.get();
        if (a.behavior() == 4 || b.behavior() == 4) {
            ModuleFlag o = a.behavior() == 4 ? a : b;
            return "Override wins: " + o.value() + (a.behavior() == 4 && b.behavior() == 4 ? "" : " (from " + (o == a ? "LEFT" : "RIGHT") + ")");
        }
        if (a.behavior() != b.behavior()) return "behaviours " + a.behaviorName() + " and " + b.behaviorName() + " are tolerated together";
        return switch (a.behavior()) {
            case 5 -> "Append: the lists are concatenated";
            case 6 -> "AppendUnique: the lists are merged without duplicates";
            case 7 -> "Max: the larger value is kept (" + pick(a, b, true).value() + ")";
            case 8 -> "Min: the smaller value is kept (" + pick(a, b, false).value() + ")";
            default -> "llvm-link accepts it (" + a.behaviorName() + ")";
        };
    }

    private static ModuleFlag pick(ModuleFlag a, ModuleFlag b, boolean max) {
        long x = a.intValue().orElse(0), y = b.intValue().orElse(0);
        return (max ? y > x : y < x) ? b : a;
    }
}
