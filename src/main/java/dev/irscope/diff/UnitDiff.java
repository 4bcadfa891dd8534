package dev.irscope.diff;

import java.util.List;

/**
 * How two units are configured differently. In a two-build diff the same shape describes one
 * paired unit, and then the added and removed functions are filled in too.
 *
 * @param added functions defined only on the right (always empty for a unit-vs-unit diff, where
 *     the two units are different code and every name would differ)
 */
public record UnitDiff(Side left, Side right, List<FieldChange> header, List<FlagChange> flags,
                       List<KeyDiff> attributes, List<String> added, List<String> removed,
                       List<FunctionChange> functions) implements Diff {
    public UnitDiff {
        header = List.copyOf(header);
        flags = List.copyOf(flags);
        attributes = List.copyOf(attributes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        functions = List.copyOf(functions);
    }

    /** The identity of one side, printed so a pasted diff says what was compared. */
    public record Side(String name, String producer, String triple, long defined) {}

    @Override
    public boolean isEmpty() {
        return header.isEmpty() && flags.isEmpty() && attributes.isEmpty() && added.isEmpty() && removed.isEmpty()
                && functions.isEmpty();
    }
}
