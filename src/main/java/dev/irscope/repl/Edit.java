package dev.irscope.repl;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;

/**
 * One attribute change for {@code whatif}, in the spelling people already use: {@code key=value}
 * sets a string attribute, {@code +key} or {@code +key(value)} adds an enum attribute, {@code -key}
 * removes either kind; {@code key+=a,b} and {@code key-=a,b} edit a comma-separated string
 * attribute such as {@code target-features} as a set instead of replacing it.
 */
sealed interface Edit permits Edit.Put, Edit.Drop, Edit.Items {
    AttributeSet apply(AttributeSet s);

    String render();

    record Put(Attribute attribute) implements Edit {
        @Override public AttributeSet apply(AttributeSet s) { return s.with(attribute); }
        @Override public String render() { return attribute.isString() ? attribute.render() : "+" + attribute.render(); }
    }

    record Drop(String key) implements Edit {
        @Override public AttributeSet apply(AttributeSet s) { return s.without(key); }
        @Override public String render() { return "-" + key; }
    }

    /**
     * {@code key+=items} (add, {@code add} true) or {@code key-=items} on a comma list: an added
     * {@code +f} or {@code -f} replaces the same feature's other sign; a removed item matches by
     * feature name, with or without its sign.
     */
    record Items(String key, boolean add, java.util.List<String> items) implements Edit {
        @Override public AttributeSet apply(AttributeSet s) {
            java.util.List<String> now = new java.util.ArrayList<>();
            for (String x : s.get(key).map(Attribute::value).orElse("").split(",")) if (!x.isBlank()) now.add(x.trim());
            for (String item : items) {
                now.removeIf(x -> name(x).equals(name(item)));
                if (add) now.add(item);
            }
            return s.with(new Attribute.Str(key, String.join(",", now)));
        }

        private static String name(String item) {
            return item.startsWith("+") || item.startsWith("-") ? item.substring(1) : item;
        }

        @Override public String render() { return key + (add ? "+=" : "-=") + String.join(",", items); }
    }

    static Edit parse(String w) {
        int op = Math.max(w.indexOf("+="), w.indexOf("-="));
        if (op > 0 && w.indexOf('=') == op + 1) {
            java.util.List<String> items = new java.util.ArrayList<>();
            for (String x : w.substring(op + 2).split(",")) if (!x.isBlank()) items.add(x.trim());
            if (items.isEmpty()) throw new ReplException("'" + w + "' needs items after " + w.substring(op, op + 2) + ", e.g. target-features+=+cmov,+fxsr");
            return new Items(w.substring(0, op), w.charAt(op) == '+', items);
        }
        if (w.startsWith("-")) {
            if (w.length() == 1) throw new ReplException("'-' needs an attribute name, e.g. -nounwind");
            return new Drop(w.substring(1));
        }
        if (w.startsWith("+")) {
            String r = w.substring(1);
            int open = r.indexOf('(');
            if (r.isEmpty() || open == 0) throw new ReplException("'" + w + "' needs an attribute name, e.g. +nounwind");
            if (open > 0) {
                if (!r.endsWith(")")) throw new ReplException("'" + w + "': missing ')'");
                return new Put(new Attribute.Valued(r.substring(0, open), r.substring(open + 1, r.length() - 1), false));
            }
            return new Put(new Attribute.Flag(r));
        }
        int eq = w.indexOf('=');
        if (eq > 0) return new Put(new Attribute.Str(w.substring(0, eq), w.substring(eq + 1)));
        throw new ReplException("'" + w + "': write key=value to set a string attribute, +" + w + " to add an enum attribute, -" + w + " to remove one");
    }
}
