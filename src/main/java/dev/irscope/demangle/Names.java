package dev.irscope.demangle;

import dev.irscope.ir.Attribute;

/** How symbol names are shown: {@code @name}, quoted when LLVM would quote it. */
public final class Names {
    private Names() {}

    public static String symbol(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$' || c == '-';
        }
        return "@" + (plain ? name : Attribute.quote(name));
    }

    /** Rust (legacy, v0) or C++ demangled form; the name itself when it is not mangled. */
    public static String demangle(String name) {
        return Demangler.demangle(name);
    }
}
