package dev.irscope.diff;

import java.util.List;

/** A function defined on both sides whose attributes differ. */
public record FunctionChange(String name, List<AttrChange> attributes) {
    public FunctionChange {
        attributes = List.copyOf(attributes);
    }
}
