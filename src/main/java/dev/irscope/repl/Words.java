package dev.irscope.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a shell would, minus expansion: whitespace separates,
 * double quotes group (so demangled names with spaces can be typed), a backslash escapes one
 * character (JLine's completer inserts {@code \ } for spaces).
 */
final class Words {
    private Words() {}

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false, quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inWord = true;
            } else if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) out.add(cur.toString());
                cur.setLength(0);
                inWord = false;
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quoted) throw new ReplException("unterminated quote");
        if (inWord) out.add(cur.toString());
        return out;
    }
}
