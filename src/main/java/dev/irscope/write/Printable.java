package dev.irscope.write;

/**
 * Text safe to print: control characters from IR names (ESC, BEL, NUL, DEL, the C1 range) become
 * LLVM's own {@code \1B} notation, so an answer can neither drive a terminal nor break a file
 * format. Newlines and tabs are layout and stay. JSON needs none of this (its writer escapes).
 */
public final class Printable {
    private Printable() {}

    public static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
    }

    /** {@code s} with every control character but newline and tab escaped. */
    public static String text(String s) {
        int i = 0;
        while (i < s.length() && (!isControl(s.charAt(i)) || s.charAt(i) == '\n' || s.charAt(i) == '\t')) i++;
        if (i == s.length()) return s; // the common case: nothing to escape, no copy
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) && c != '\n' && c != '\t') hex(b.append('\\'), c);
            else b.append(c);
        }
        return b.toString();
    }

    /** {@code s} on one line: newlines and tabs escaped too. */
    public static String line(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c)) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            hex(b.append('\\'), c);
        }
        return b == null ? s : b.toString();
    }

    private static void hex(StringBuilder b, char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (h.length() < 2) b.append('0');
        b.append(h);
    }
}
