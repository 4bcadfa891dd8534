package dev.irscope.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One sink per archive entry or folder file, flushed sorted by name, so output order does not
 * depend on the order a tool happened to write the archive in.
 */
final class EntrySinks {

    private record Slot(String name, Sink sink) {}

    private final List<Slot> slots = new ArrayList<>();

    Sink open(String name) {
        Sink sink = new Sink();
        slots.add(new Slot(name, sink));
        return sink;
    }

    /** Moves everything into {@code parent}, sorted by name (stable for duplicate names). */
    void flushInto(Sink parent) {
        slots.sort(Comparator.comparing(Slot::name));
        for (Slot slot : slots) parent.addAll(slot.sink());
        slots.clear();
    }
}
