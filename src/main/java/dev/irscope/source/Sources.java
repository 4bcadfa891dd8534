package dev.irscope.source;

import java.util.List;

/**
 * Result of reading a list of inputs: units in a deterministic order, the problems, the object
 * files that hold no LLVM bitcode, and how many other files were passed over.
 *
 * <p>Order: inputs in the order given; within a folder, files by relative path; within an
 * archive, entries by entry name. Problems and objects follow the same order. Lists are immutable.
 *
 * @param natives objects without bitcode: the linker links them outside LTO
 * @param otherFiles files seen and not read: folder files of other kinds, archive members that
 *     are neither IR nor objects. Only counted, so "nothing found" can say what was there.
 */
public record Sources(List<SourceUnit> units, List<SourceProblem> problems, List<NativeObject> natives,
                      int otherFiles) {

    public Sources {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
        natives = List.copyOf(natives);
    }

    public Sources(List<SourceUnit> units, List<SourceProblem> problems) {
        this(units, problems, List.of(), 0);
    }

    /** True if any problem is an {@link SourceProblem.Kind#ERROR}. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.kind() == SourceProblem.Kind.ERROR);
    }
}
