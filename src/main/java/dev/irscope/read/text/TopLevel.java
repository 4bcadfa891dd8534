package dev.irscope.read.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting IR text that is already a String (a kept metadata node, a line being cut for a repro). */
public final class TopLevel {
    private TopLevel() {}

    /**
     * {@code s} split at the commas outside brackets of any kind and outside strings, as the
     * operands of {@code !{...}} or an argument list are separated; the parts are not trimmed, and
     * there is always at least one.
     */
    public static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean str = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') str = !str;
            else if (!str && (c == '{' || c == '(' || c == '[' || c == '<')) depth++;
            else if (!str && (c == '}' || c == ')' || c == ']' || c == '>')) depth--;
            else if (!str && c == ',' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }
}
