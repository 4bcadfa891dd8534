package dev.irscope.demangle;

/**
 * Symbol demangler for Rust (legacy and v0) and the common subset of the C++ Itanium ABI.
 *
 * <p>Rust output follows rustc-demangle's alternate ({@code {:#}}) format: no trailing
 * {@code ::h<hash>} on legacy names, no {@code [crate-hash]} and no type suffixes on
 * constants in v0 names. C++ output follows GNU c++filt without {@code DMGL_VERBOSE}
 * ({@code c++filt -i}): {@code std::string} abbreviations, {@code > >} between closing
 * template brackets, {@code [clone .cold]} for clone suffixes.
 *
 * <p>One file per scheme: {@link RustLegacy}, {@link RustV0}, {@link Itanium} (its tree in
 * {@link ItaniumNodes}); they share the capped {@link Cursor}. This class only chooses the scheme.
 *
 * <p>Anything not understood is returned unchanged; the demangler never returns a partial
 * result. Recursion depth is capped at {@value #MAX_DEPTH} and output at {@value #MAX_OUTPUT}
 * characters; a symbol exceeding either is returned unchanged.
 */
public final class Demangler {
    static final int MAX_DEPTH = 500;
    static final int MAX_OUTPUT = 64 * 1024;
    /** Bound on total parser steps, so backref fan-out cannot burn time without output. */
    static final int MAX_STEPS = 2_000_000;

    private Demangler() {}

    /** The demangled form of a symbol, or the name itself if it is not a mangled Rust or C++ name. Never throws. */
    public static String demangle(String symbol) {
        if (symbol == null || symbol.length() < 3) {
            return symbol;
        }
        try {
            String r = tryDemangle(symbol);
            return r == null ? symbol : r;
        } catch (RuntimeException | StackOverflowError e) {
            return symbol;
        }
    }

    private static String tryDemangle(String s) {
        if (s.startsWith("_R")) {
            return rust(s);
        }
        if (s.startsWith("_ZN")) {
            String r = rust(s);
            if (r != null) {
                return r;
            }
        }
        if (s.startsWith("_Z")) {
            return new Itanium(s).demangleTop();
        }
        if (s.startsWith("_GLOBAL_") && s.length() > 11) {
            return globalCtorDtor(s);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------
    // Rust: common entry (ThinLTO suffix, suffix validation), legacy and v0
    // ------------------------------------------------------------------------------------

    private static String rust(String s) {
        // ThinLTO promotion appends ".llvm.<hex>"; rustc-demangle strips it first.
        int llvm = s.indexOf(".llvm.");
        if (llvm >= 0) {
            boolean allHex = true;
            for (int i = llvm + 6; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!((c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == '@')) {
                    allHex = false;
                    break;
                }
            }
            if (allHex) {
                s = s.substring(0, llvm);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return null;
            }
        }
        String[] out = new String[2];
        boolean ok = s.startsWith("_ZN") ? RustLegacy.rustLegacy(s, out) : new RustV0(s).demangle(out);
        if (!ok) {
            return null;
        }
        String suffix = out[1];
        if (!suffix.isEmpty()) {
            if (suffix.charAt(0) != '.' || !symbolLike(suffix)) {
                return null;
            }
        }
        return out[0] + suffix;
    }

    private static boolean symbolLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------
    // _GLOBAL__sub_I_ / _GLOBAL__I_ / _GLOBAL__D_ static initialisers
    // ------------------------------------------------------------------------------------

    private static String globalCtorDtor(String s) {
        char sep = s.charAt(8);
        if (sep != '_' && sep != '.' && sep != '$') {
            return null;
        }
        String rest;
        boolean ctor;
        if (s.startsWith("sub_I_", 9)) {
            rest = s.substring(15);
            ctor = true;
        } else if (s.startsWith("sub_D_", 9)) {
            rest = s.substring(15);
            ctor = false;
        } else if ((s.charAt(9) == 'I' || s.charAt(9) == 'D') && s.charAt(10) == '_') {
            rest = s.substring(11);
            ctor = s.charAt(9) == 'I';
        } else {
            return null;
        }
        if (rest.isEmpty()) {
            return null;
        }
        String inner = rest.startsWith("_Z") ? demangle(rest) : rest;
        return (ctor ? "global constructors keyed to " : "global destructors keyed to ") + inner;
    }

}
