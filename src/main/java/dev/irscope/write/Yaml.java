package dev.irscope.write;

/** YAML scalars as LLVM's remark writer emits them: plain when safe, else single-quoted. */
public final class Yaml {
    private Yaml() {}

    public static String scalar(String s) {
        if (s.isEmpty()) return "''";
        boolean plain = Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) == '_';
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$' || (c == ' ' && i + 1 < s.length());
        }
        if (plain && !s.contains(": ") && !s.endsWith(" ")) return s;
        return "'" + s.replace("'", "''").replace("\n", " ") + "'";
    }
}
