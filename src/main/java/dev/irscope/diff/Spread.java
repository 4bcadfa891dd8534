package dev.irscope.diff;

import java.util.List;

/**
 * How one attribute key spreads over one unit's defined functions: each value and how many carry it,
 * and how many lack the key. Counting instead of listing keeps a 10,000-function unit readable.
 *
 * @param values sorted by value; a keyword attribute without a value has the value ""
 */
public record Spread(int defined, int absent, List<Count> values) {
    public Spread {
        values = List.copyOf(values);
    }

    public record Count(String value, String rendered, int functions) {}

    /**
     * True if both sides show the same values, counting "some functions lack it" as one more value.
     * Counts are not compared: a unit with more functions is not configured differently.
     */
    boolean sameShape(Spread o) {
        return (absent > 0) == (o.absent > 0)
                && values.stream().map(Count::value).toList().equals(o.values.stream().map(Count::value).toList());
    }
}
