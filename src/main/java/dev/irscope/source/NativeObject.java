package dev.irscope.source;

import java.util.Objects;

/**
 * An object file with machine code and no LLVM bitcode. The linker takes it as it is: nothing in
 * it is inlined across units under LTO, so it is listed as "not part of LTO" rather than read.
 *
 * @param name the label, as a unit would be named ({@code libfoo.a!/bar.o})
 * @param format what it is ("ELF object", "Mach-O object", "COFF object")
 */
public record NativeObject(String name, String format) {
    public NativeObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
    }
}
