package dev.irscope.repl;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;

/**
 * One attribute change for {@code whatif}, in the spelling people already use: {@code key=value}
 * sets a string attribute, {@code +key} or {@code +key(value)} adds an enum attribute, {@code -key}
 * removes either kind.
 */
sealed interface Edit permits Edit.Put, Edit.Drop {
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

    static Edit parse(String w) {
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
