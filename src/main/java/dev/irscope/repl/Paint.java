package dev.irscope.repl;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours for a person at a terminal: verdict words and errors stand out. Never for pipes, dumb
 * terminals or when {@code NO_COLOR} is set, so scripted output stays byte-for-byte plain.
 */
final class Paint {
    private static final String RESET = "\u001b[0m";
    private static final Pattern WORDS = Pattern.compile("\\b(BLOCKED|INLINABLE|UNDECIDED|FLIPS)\\b");

    private Paint() {}

    static boolean enabled(boolean terminal, String terminalType, Map<String, String> env) {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(terminalType) && !"dumb".equals(env.get("TERM"));
    }

    static String prompt(String p, boolean on) {
        return on ? "\u001b[1m" + p + RESET : p;
    }

    static String reply(Reply r, boolean on) {
        if (!on || r.text().isEmpty()) return r.text();
        if (r.isError()) return "\u001b[31m" + r.text().stripTrailing() + RESET + "\n";
        Matcher m = WORDS.matcher(r.text());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String code = switch (m.group(1)) {
                case "BLOCKED" -> "\u001b[1;31m";
                case "INLINABLE" -> "\u001b[1;32m";
                case "UNDECIDED" -> "\u001b[1;33m";
                default -> "\u001b[1;35m";
            };
            m.appendReplacement(b, Matcher.quoteReplacement(code + m.group(1) + RESET));
        }
        m.appendTail(b);
        return b.toString();
    }
}
