package dev.irscope.repl;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code functions} filter: {@code /regex/} searches, a glob ({@code *}, {@code ?}, {@code [..]})
 * matches the whole name, and a plain word matches anywhere in the name, since typing part of a
 * name is what people do first.
 */
final class NamePattern {
    private NamePattern() {}

    static Predicate<String> compile(String p) {
        if (p.length() >= 2 && p.startsWith("/") && p.endsWith("/")) {
            try {
                Pattern re = Pattern.compile(p.substring(1, p.length() - 1));
                return s -> re.matcher(s).find();
            } catch (PatternSyntaxException e) {
                throw new ReplException("bad regex " + p + ": " + e.getDescription());
            }
        }
        if (p.chars().noneMatch(c -> c == '*' || c == '?' || c == '[')) return s -> s.contains(p);
        try {
            Pattern re = Pattern.compile(glob(p));
            return s -> re.matcher(s).matches();
        } catch (PatternSyntaxException e) {
            throw new ReplException("bad glob " + p + ": " + e.getDescription());
        }
    }

    private static String glob(String g) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> b.append(".*");
                case '?' -> b.append('.');
                case '[' -> {
                    int end = g.indexOf(']', i + 1);
                    if (end < 0) throw new ReplException("bad glob " + g + ": unclosed [");
                    String set = g.substring(i + 1, end);
                    b.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                    i = end;
                }
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
