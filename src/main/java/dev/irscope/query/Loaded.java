package dev.irscope.query;

import dev.irscope.ir.Module;
import java.util.List;

/** The units that were read, in input order, and the inputs that were not. */
public record Loaded(List<Module> modules, List<LoadProblem> problems) {
    /** True if any input failed (skipped archive members do not count). */
    public boolean failed() {
        return problems.stream().anyMatch(p -> !p.skipped());
    }
}
