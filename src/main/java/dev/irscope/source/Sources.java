package dev.irscope.source;

import java.util.List;

/**
 * Result of reading a list of inputs: units in a deterministic order, plus the problems.
 *
 * <p>Order: inputs in the order given; within a folder, files by relative path; within an
 * archive, entries by entry name. Problems follow the same order. Both lists are immutable.
 */
public record Sources(List<SourceUnit> units, List<SourceProblem> problems) {

    public Sources {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    /** True if any problem is an {@link SourceProblem.Kind#ERROR}. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.kind() == SourceProblem.Kind.ERROR);
    }
}
