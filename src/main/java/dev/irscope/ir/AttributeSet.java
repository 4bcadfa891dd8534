package dev.irscope.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An immutable, sorted set of attributes with at most one entry per key, the way LLVM holds a
 * function's or a call site's attributes after merging inline ones with {@code #N} groups.
 * Sets are shared (interned by the reader): thousands of functions point at a handful of groups.
 */
public final class AttributeSet {
    private static final Attribute[] NONE = new Attribute[0];
    public static final AttributeSet EMPTY = new AttributeSet(NONE);

    private final Attribute[] attrs; // sorted, unique keys

    private AttributeSet(Attribute[] attrs) {
        this.attrs = attrs;
    }

    /** Builds a set; for a repeated key the later attribute wins, as when LLVM merges groups. */
    public static AttributeSet of(Collection<? extends Attribute> in) {
        if (in.isEmpty()) return EMPTY;
        Attribute[] a = in.toArray(NONE);
        if (a.length == 1) return new AttributeSet(a);
        // Sorting by slot is stable, so the attributes of one slot keep their order and the last
        // of each run wins; with one attribute per slot, slot order is the natural order.
        Arrays.sort(a, AttributeSet::bySlot);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (i + 1 < a.length && bySlot(a[i], a[i + 1]) == 0) continue;
            a[n++] = a[i];
        }
        return new AttributeSet(n == a.length ? a : Arrays.copyOf(a, n));
    }

    public static AttributeSet of(Attribute... in) {
        return of(Arrays.asList(in));
    }

    // Enum and string attributes live in separate namespaces in LLVM: a slot is (kind, key).
    private static int bySlot(Attribute x, Attribute y) {
        if (x.isString() != y.isString()) return x.isString() ? 1 : -1;
        return x.key().compareTo(y.key());
    }

    public List<Attribute> list() {
        return List.of(attrs);
    }

    public int size() {
        return attrs.length;
    }

    public boolean isEmpty() {
        return attrs.length == 0;
    }

    /** The enum (keyword) attribute with this key. */
    public Optional<Attribute> keyword(String key) {
        for (Attribute a : attrs) if (!a.isString() && a.key().equals(key)) return Optional.of(a);
        return Optional.empty();
    }

    /** True if the keyword attribute is present. */
    public boolean has(String key) {
        return keyword(key).isPresent();
    }

    /** The value of the string attribute {@code "key"}, if present. */
    public Optional<String> string(String key) {
        for (Attribute a : attrs) if (a.isString() && a.key().equals(key)) return Optional.of(a.value());
        return Optional.empty();
    }

    /** Either kind: a string attribute if one has this key, else a keyword attribute. */
    public Optional<Attribute> get(String key) {
        for (Attribute a : attrs) if (a.isString() && a.key().equals(key)) return Optional.of(a);
        return keyword(key);
    }

    /** This set plus {@code other}; other's entries win on equal keys. */
    public AttributeSet union(AttributeSet other) {
        if (other.isEmpty()) return this;
        if (isEmpty()) return other;
        // Both are sorted with one attribute per slot: merge them.
        Attribute[] x = attrs, y = other.attrs;
        Attribute[] out = new Attribute[x.length + y.length];
        int i = 0, j = 0, n = 0;
        while (i < x.length && j < y.length) {
            int c = bySlot(x[i], y[j]);
            if (c < 0) out[n++] = x[i++];
            else if (c > 0) out[n++] = y[j++];
            else { out[n++] = y[j++]; i++; }
        }
        while (i < x.length) out[n++] = x[i++];
        while (j < y.length) out[n++] = y[j++];
        return new AttributeSet(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** This set with {@code a} added or replacing the entry of the same key. */
    public AttributeSet with(Attribute a) {
        return union(of(a));
    }

    /** This set without the keyword or string attribute of that key (both, if both exist). */
    public AttributeSet without(String key) {
        List<Attribute> keep = new ArrayList<>(attrs.length);
        for (Attribute a : attrs) if (!a.key().equals(key)) keep.add(a);
        return keep.size() == attrs.length ? this : of(keep);
    }

    /** Space-separated, as inside {@code attributes #N = { ... }}. */
    public String render() {
        StringJoiner j = new StringJoiner(" ");
        for (Attribute a : attrs) j.add(a.render());
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeSet s && Arrays.equals(attrs, s.attrs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(attrs);
    }

    @Override
    public String toString() {
        return "{" + render() + "}";
    }
}
