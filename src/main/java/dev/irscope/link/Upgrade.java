package dev.irscope.link;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.subtarget.Arch;
import java.util.OptionalLong;

/**
 * What an LLVM release changes in a unit's functions when it reads the unit, before linking or
 * inlining sees them: AutoUpgrade's {@code copyModuleAttrToFunctions} (LLParser's end of module and
 * IRMover, per source unit, LLVM 20+: PR #86212, merged after the 19 branch; absent from 19's
 * AutoUpgrade.h, present in 22's). On ARM, Thumb and AArch64 it turns the unit's branch-protection
 * module flags into function attributes, so the CompatRules on "sign-return-address",
 * "sign-return-address-key" and "branch-protection-pauth-lr" compare the flags of each function's
 * own unit. Behaviour verified with llvm-as-22 | llvm-dis-22 and opt-22 (ir-samples aarch64-linux
 * bti-*, rules-extra pauth-lr; docs/llvm-facts/module-flags.md).
 */
public final class Upgrade {
    private Upgrade() {}

    /** The first release that copies the module flags into functions. */
    public static final int COPY_MODULE_ATTRS_FROM = 20;

    private static final String BTE = "branch-target-enforcement", PAUTH_LR = "branch-protection-pauth-lr",
            GCS = "guarded-control-stack", SRA = "sign-return-address", SRA_ALL = "sign-return-address-all",
            SRA_BKEY = "sign-return-address-with-bkey", SRA_KEY = "sign-return-address-key";

    /** The function as release {@code llvm} holds it after reading {@code unit}. */
    public static Function function(Module unit, Function f, int llvm) {
        if (llvm < COPY_MODULE_ATTRS_FROM || !f.defined()) return f;
        String arch = Arch.of(unit.triple());
        if (!arch.equals("aarch64") && !arch.equals("arm")) return f;
        long bte = 0, pauthLr = 0, gcs = 0, sra = 0, sraAll = 0, bkey = 0;
        for (ModuleFlag m : unit.flags()) {
            OptionalLong v = m.intValue();
            if (v.isEmpty()) continue;
            long x = v.getAsLong();
            switch (m.key()) {
                case BTE -> bte = x;
                case PAUTH_LR -> pauthLr = x;
                case GCS -> gcs = x;
                case SRA -> sra = x;
                case SRA_ALL -> sraAll = x;
                case SRA_BKEY -> bkey = x;
                default -> { continue; }
            }
            if (x == 2) return f; // already upgraded (a linked module): nothing is copied again
        }
        AttributeSet a = f.attributes();
        if (sra == 1) {
            a = setIfAbsent(a, SRA, sraAll == 1 ? "all" : "non-leaf");
            a = setIfAbsent(a, SRA_KEY, bkey == 1 ? "b_key" : "a_key");
        } else if ("none".equals(a.string(SRA).orElse(""))) {
            a = a.without(SRA).without(SRA_KEY);
        }
        a = convert(a, BTE, bte == 1);
        a = convert(a, PAUTH_LR, pauthLr == 1);
        a = convert(a, GCS, gcs == 1);
        return a.equals(f.attributes()) ? f : f.withAttributes(a);
    }

    private static AttributeSet setIfAbsent(AttributeSet a, String key, String value) {
        return a.string(key).isPresent() ? a : a.with(new Attribute.Str(key, value));
    }

    /** "false" is dropped, "true" becomes the bare attribute, an absent one follows the module flag. */
    private static AttributeSet convert(AttributeSet a, String key, boolean flagSet) {
        var v = a.string(key);
        if (v.isPresent()) {
            if (v.get().equals("false")) return a.without(key);
            if (v.get().equals("true")) return a.with(new Attribute.Str(key, ""));
            return a;
        }
        return flagSet ? a.with(new Attribute.Str(key, "")) : a;
    }
}
