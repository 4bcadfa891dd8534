package dev.irscope.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens long values for the compact answers: a comma list ({@code target-features="..."}) is
 * shown as what this side has that the other lacks, and anything still too long is cut with a
 * count of what was left out. {@code --full} prints values whole instead.
 */
final class Elide {
    private Elide() {}

    private static final Pattern QUOTED = Pattern.compile("([A-Za-z][\\w.-]*)=\"([^\"]*)\"");

    /**
     * {@code value} as the difference from {@code other} when it does not fit in {@code room}
     * characters: each quoted comma list keeps only the items the other side's list with the same
     * key lacks.
     */
    static String difference(String value, String other, int room) {
        if (value.length() <= room) return value;
        Matcher m = QUOTED.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(value, last, m.start());
            String key = m.group(1), list = m.group(2);
            Set<String> mine = items(list), theirs = items(listOf(other, key));
            if (mine.size() < 3 || theirs.isEmpty()) {
                out.append(m.group());
            } else {
                // What this side enables and the other does not matters; a long run of disables does not.
                List<String> on = new ArrayList<>(), off = new ArrayList<>();
                for (String x : mine) if (!theirs.contains(x)) (x.startsWith("-") ? off : on).add(x);
                int shared = mine.size() - on.size() - off.size();
                if (off.size() <= 3) on.addAll(off);
                List<String> notes = new ArrayList<>();
                if (off.size() > 3) notes.add(off.size() + " disabled");
                if (shared > 0) notes.add(shared + " shared");
                out.append(key).append(on.isEmpty() ? " adds nothing" : " adds " + String.join(",", on))
                        .append(notes.isEmpty() ? "" : " (+" + String.join(", ", notes) + ")");
            }
            last = m.end();
        }
        out.append(value.substring(last));
        // The difference is what the reader needs: let it run a little past the room rather than cut it.
        return cut(out.toString(), room + 30);
    }

    /** At most {@code room} characters, cut after a comma where possible, saying how much is left out. */
    static String cut(String s, int room) {
        if (s.length() <= room) return s;
        int keep = Math.max(room - 24, 16);
        int comma = s.lastIndexOf(',', keep);
        int end = comma > keep / 2 ? comma + 1 : keep;
        int rest = count(s.substring(end), ',');
        String tail = rest > 0 ? "… (+" + (rest + 1) + " more; --full)" : "… (--full)";
        return s.substring(0, end) + tail;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String listOf(String value, String key) {
        Matcher m = QUOTED.matcher(value);
        while (m.find()) if (m.group(1).equals(key)) return m.group(2);
        return "";
    }

    private static Set<String> items(String list) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : list.split(",")) if (!x.isBlank()) out.add(x.strip());
        return out;
    }
}
