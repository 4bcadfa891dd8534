package dev.irscope.repl;

import dev.irscope.ir.Module;
import java.nio.file.Path;

/** A loaded unit and the short handle ({@code u1}, {@code u2}, ...) the user types instead of its path. */
record Unit(String handle, Module module) {
    /** Handle and file name: short enough for listings, unambiguous with the handle. */
    String label() {
        Path name = Path.of(module.path()).getFileName();
        return handle + " " + (name == null ? module.path() : name.toString());
    }
}
