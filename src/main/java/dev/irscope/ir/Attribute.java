package dev.irscope.ir;

/**
 * One LLVM attribute as written in IR. Three shapes cover every spelling LLVM has printed since 14:
 * a bare keyword ({@code nounwind}), a keyword with a value ({@code align 8}, {@code memory(read)},
 * {@code uwtable(sync)}, {@code byval(%T)}), and a string pair ({@code "target-cpu"="x86-64"}).
 * The meaning of an attribute is the rule catalogue's business, not the model's.
 */
public sealed interface Attribute extends Comparable<Attribute>
        permits Attribute.Flag, Attribute.Valued, Attribute.Str {

    /** The IR key exactly as spelled: {@code nounwind}, {@code memory}, {@code target-cpu}. */
    String key();

    /** The value: empty for flags, the text inside the parentheses or after the keyword, or the string value. */
    String value();

    /** True for {@code "key"="value"} attributes. */
    default boolean isString() {
        return this instanceof Str;
    }

    /** The attribute as LLVM prints it. */
    String render();

    /** Enum attributes first (by key), then string attributes (by key), as LLVM orders a printed set. */
    @Override
    default int compareTo(Attribute o) {
        if (isString() != o.isString()) return isString() ? 1 : -1;
        int c = key().compareTo(o.key());
        return c != 0 ? c : value().compareTo(o.value());
    }

    /** A keyword attribute without a value. */
    record Flag(String key) implements Attribute {
        @Override public String value() { return ""; }
        @Override public String render() { return key; }
    }

    /**
     * A keyword attribute with a value. {@code spaced} keeps the {@code align 8} spelling apart from
     * {@code alignstack(8)} so that rendering gives back what the IR said.
     */
    record Valued(String key, String value, boolean spaced) implements Attribute {
        @Override public String render() { return spaced ? key + " " + value : key + "(" + value + ")"; }
    }

    /** A string attribute; {@code "key"} alone has the empty value, as in LLVM. */
    record Str(String key, String value) implements Attribute {
        @Override public String render() {
            return value.isEmpty() ? quote(key) : quote(key) + "=" + quote(value);
        }
    }

    /** Quotes an IR string the way LLVM's printer does: printable ASCII kept, the rest as \XX. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') b.append((char) c);
            else b.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.append('"').toString();
    }
}
