package dev.irscope.subtarget;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose build of LLVM the feature tables describe. Debian's llvm-toolchain packages (and Ubuntu's,
 * built from them) patch ARM's TableGen so that armv7-a implies VFP3 instead of NEON; a verdict on
 * 32-bit ARM differs between that build and upstream LLVM (ir-samples armv7-linux, opt-19 and opt-22
 * from Debian). The default follows the producers: Debian's if a unit says it was made by Debian's or
 * Ubuntu's clang.
 */
public enum Vendor {
    UPSTREAM, DEBIAN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Vendor> parse(String s) {
        for (Vendor v : values()) if (v.label().equals(s.toLowerCase(Locale.ROOT))) return Optional.of(v);
        return Optional.empty();
    }

    /** The vendor the producers name: Debian's when any ident is a Debian or Ubuntu clang. */
    public static Vendor fromIdents(List<String> idents) {
        for (String i : idents) if (i.startsWith("Debian clang version") || i.startsWith("Ubuntu clang version")) return DEBIAN;
        return UPSTREAM;
    }
}
