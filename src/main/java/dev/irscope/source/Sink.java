package dev.irscope.source;

import java.util.ArrayList;
import java.util.List;

/** Collects units and problems in the order found; callers reorder by moving whole sinks. */
final class Sink {

    private final List<SourceUnit> units = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();

    void unit(SourceUnit unit) {
        units.add(unit);
    }

    void problem(SourceProblem problem) {
        problems.add(problem);
    }

    void error(String label, String message) {
        problems.add(SourceProblem.error(label, message));
    }

    void skipped(String label, String message) {
        problems.add(SourceProblem.skipped(label, message));
    }

    void addAll(Sink other) {
        units.addAll(other.units);
        problems.addAll(other.problems);
    }

    boolean isEmpty() {
        return units.isEmpty() && problems.isEmpty();
    }

    List<SourceUnit> units() {
        return units;
    }

    List<SourceProblem> problems() {
        return problems;
    }
}
