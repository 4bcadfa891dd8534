package dev.irscope.write;

/**
 * YAML scalars as LLVM's remark writer emits them: plain when safe, else single-quoted; a value
 * holding control characters (an IR name may hold any byte) double-quoted with YAML escapes,
 * the only quoting that can carry them (a raw ESC makes the document unreadable).
 */
public final class Yaml {
    private Yaml() {}

    public static String scalar(String s) {
        if (s.isEmpty()) return "''";
        for (int i = 0; i < s.length(); i++) if (Printable.isControl(s.charAt(i))) return doubleQuoted(s);
        boolean plain = Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) == '_';
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$' || (c == ' ' && i + 1 < s.length());
        }
        if (plain && !s.contains(": ") && !s.endsWith(" ")) return s;
        return "'" + s.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case 0 -> b.append("\\0");
                case 0x07 -> b.append("\\a");
                case 0x1b -> b.append("\\e");
                default -> {
                    if (Printable.isControl(c)) b.append(String.format("\\x%02X", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
