package dev.irscope.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" candidates for a name that matched nothing: a command, an option, a function.
 * Close means a small edit distance relative to the name's length, or one name containing the
 * other (a demangled name typed without its crate path).
 */
public final class Nearest {
    private Nearest() {}

    /** Up to {@code max} candidates closest to {@code word}, closest first; ties by name. */
    public static List<String> to(String word, Collection<String> candidates, int max) {
        String w = word.toLowerCase(Locale.ROOT);
        record Scored(String name, int score) {}
        List<Scored> close = new ArrayList<>();
        for (String c : candidates) {
            String l = c.toLowerCase(Locale.ROOT);
            int d = distance(w, l, Math.max(2, w.length() / 5));
            if (d >= 0) close.add(new Scored(c, d));
            else if (w.length() >= 3 && (l.contains(w) || w.contains(l) && l.length() >= 3)) close.add(new Scored(c, 100 + Math.abs(l.length() - w.length())));
        }
        close.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return close.stream().map(Scored::name).distinct().limit(max).toList();
    }

    /** " (did you mean a, b?)" or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        List<String> n = to(word, candidates, 3);
        return n.isEmpty() ? "" : " (did you mean " + String.join(", ", n) + "?)";
    }

    /** Levenshtein distance if it is at most {@code limit}, else -1; one row, stops early. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return -1;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) return -1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= limit ? prev[b.length()] : -1;
    }
}
