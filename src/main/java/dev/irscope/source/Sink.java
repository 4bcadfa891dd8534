package dev.irscope.source;

import java.util.ArrayList;
import java.util.List;

/** Collects units, problems and objects in the order found; callers reorder by moving whole sinks. */
final class Sink {

    private final List<SourceUnit> units = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private final List<NativeObject> natives = new ArrayList<>();
    private int others;

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

    void nativeObject(String label, String format) {
        natives.add(new NativeObject(label, format));
    }

    void other() {
        others++;
    }

    void addAll(Sink other) {
        units.addAll(other.units);
        problems.addAll(other.problems);
        natives.addAll(other.natives);
        others += other.others;
    }

    boolean isEmpty() {
        return units.isEmpty() && problems.isEmpty() && natives.isEmpty() && others == 0;
    }

    List<SourceUnit> units() {
        return units;
    }

    List<SourceProblem> problems() {
        return problems;
    }

    List<NativeObject> natives() {
        return natives;
    }

    int others() {
        return others;
    }
}
