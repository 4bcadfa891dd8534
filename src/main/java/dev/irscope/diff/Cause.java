package dev.irscope.diff;

/** One reason an edge is not inlinable: the rule, the IR key it read, and its message. */
public record Cause(String rule, String attribute, String message, boolean undecided) implements Comparable<Cause> {
    @Override
    public int compareTo(Cause o) {
        int c = rule.compareTo(o.rule);
        if (c == 0) c = attribute.compareTo(o.attribute);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** Rule and attribute: what identifies a cause across builds (messages quote values). */
    String id() {
        return rule + " (" + attribute + ")";
    }
}
