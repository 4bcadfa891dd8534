package dev.irscope.compat;

/** An inclusive range of LLVM major releases; {@code to == OPEN} means "and later". */
public record Versions(int from, int to) {
    public static final int OPEN = 99;
    public static final Versions ALL = new Versions(14, OPEN);
    public static final Versions NONE = new Versions(0, -1);

    public static Versions from(int v) {
        return new Versions(v, OPEN);
    }

    public static Versions range(int a, int b) {
        return new Versions(a, b);
    }

    public static Versions until(int b) {
        return new Versions(14, b);
    }

    public boolean contains(int v) {
        return v >= from && v <= to;
    }

    public boolean isEmpty() {
        return to < from;
    }

    @Override
    public String toString() {
        if (isEmpty()) return "never";
        if (to == OPEN) return from + "+";
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
