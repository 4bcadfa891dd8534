package dev.irscope.diff;

import java.util.List;

/**
 * How two builds differ: units paired by their path relative to each build's root, the units
 * only one side has, what changed inside paired units, and, above all, the edges whose verdict changed.
 *
 * @param units paired units that differ, by relative path
 */
public record BuildDiff(String leftRoot, String rightRoot, int leftLlvm, int rightLlvm, List<String> added,
                        List<String> removed, List<UnitDiff> units, List<EdgeChange> edges,
                        List<FieldChange> link) implements Diff {
    public BuildDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        units = List.copyOf(units);
        edges = List.copyOf(edges);
        link = List.copyOf(link);
    }

    @Override
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && units.isEmpty() && edges.isEmpty() && link.isEmpty();
    }
}
