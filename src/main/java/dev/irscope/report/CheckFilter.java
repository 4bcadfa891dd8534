package dev.irscope.report;

import dev.irscope.compat.Status;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which calls an answer shows: {@code --caller}, {@code --callee} and {@code --unit} globs and
 * {@code --blocked}. A name glob matches the mangled or the demangled name; a unit glob matches
 * either end's path or its file name. The summary counts what passes, and says how much was left out.
 */
public record CheckFilter(Optional<String> caller, Optional<String> callee, Optional<String> unit, boolean blockedOnly) {
    public static final CheckFilter ALL = new CheckFilter(Optional.empty(), Optional.empty(), Optional.empty(), false);

    public boolean any() {
        return caller.isPresent() || callee.isPresent() || unit.isPresent() || blockedOnly;
    }

    public boolean test(CheckView.Call c) {
        if (blockedOnly && c.status() == Status.INLINABLE) return false;
        if (caller.isPresent() && !name(caller.get(), c.caller())) return false;
        if (callee.isPresent() && !name(callee.get(), c.callee())) return false;
        return unit.isEmpty() || path(unit.get(), c.caller().unit()) || path(unit.get(), c.callee().unit());
    }

    /** The filter as the command line spelled it, for the summary. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        caller.ifPresent(g -> b.append(" --caller ").append(g));
        callee.ifPresent(g -> b.append(" --callee ").append(g));
        unit.ifPresent(g -> b.append(" --unit ").append(g));
        if (blockedOnly) b.append(" --blocked");
        return b.toString().strip();
    }

    private static boolean name(String glob, CheckView.End e) {
        String g = glob.startsWith("@") ? glob.substring(1) : glob;
        Pattern p = glob(g);
        return p.matcher(e.name()).matches() || p.matcher(e.demangled()).matches();
    }

    private static boolean path(String glob, String path) {
        Pattern p = glob(glob);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return p.matcher(path).matches() || p.matcher(path.substring(slash + 1)).matches();
    }

    /** Shell-style: {@code *} any run, {@code ?} one character, {@code [...]} a class; the rest literal. */
    static Pattern glob(String g) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> r.append(".*");
                case '?' -> r.append('.');
                case '[' -> {
                    int end = g.indexOf(']', i + 1);
                    if (end < 0) r.append("\\[");
                    else {
                        String cls = g.substring(i + 1, end);
                        r.append('[').append(cls.startsWith("!") ? "^" + cls.substring(1) : cls).append(']');
                        i = end;
                    }
                }
                default -> r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(r.toString(), Pattern.DOTALL);
    }
}
