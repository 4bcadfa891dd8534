package dev.irscope.report;

import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact {@code irscope check} text: a summary first (units, calls, counts per cause), then one
 * group per distinct set of causes, explained once with its calls one line each. Long values are
 * shown as the difference that matters; {@link CheckReport#full} prints every call in full.
 */
final class CheckText {
    /** Lines are kept to this width where a value can be shortened (names are never cut). */
    static final int WIDTH = 100;

    private CheckText() {}

    static String render(CheckView view) {
        StringBuilder b = new StringBuilder();
        wrap(b, "", view.tool() + ": LLVM " + view.llvm() + " rules (" + shortReason(view) + ")", "  ");
        Map<String, String> names = unitNames(view);
        units(b, view);
        CheckReport.notLto(b, view);
        CheckReport.missing(b, view, "  ");
        link(b, view);
        CheckView.Summary s = view.summary();
        b.append("calls: ").append(s.calls()).append(" cross-unit");
        if (!s.filter().isEmpty()) b.append(" (of ").append(s.unfiltered()).append(", ").append(s.filter()).append(')');
        b.append(": ").append(s.blocked()).append(" blocked, ").append(s.inlinable()).append(" inlinable, ")
                .append(s.undecided()).append(" undecided\n");
        StringBuilder u = new StringBuilder();
        CheckReport.undefined(u, view);
        if (u.length() > 0) b.append(Elide.cut(u.toString().strip(), WIDTH)).append('\n');
        causes(b, "blocked by", s.perCause(), view);
        causes(b, "undecided on", s.perUndecided(), view);
        for (CheckView.Group g : view.groups()) {
            b.append('\n');
            group(b, g, names);
        }
        if (!view.groups().isEmpty()) b.append("\n(--full for every call in detail; irscope explain --caller FN --callee FN for one)\n");
        return b.toString();
    }

    /** The release choice with each producer named briefly ({@code clang 19.1.7}, {@code rustc 1.97.0-nightly}). */
    private static String shortReason(CheckView view) {
        String r = view.llvmReason();
        for (CheckView.Unit u : view.units()) r = r.replace(u.producer(), producer(u.producer()));
        return r;
    }

    private static final Pattern VERSION = Pattern.compile("(clang|rustc) version (\\S+)");

    /** "Debian clang version 19.1.7 (3~deb12u1)" is "clang 19.1.7"; unknown producers stay whole. */
    static String producer(String p) {
        Matcher m = VERSION.matcher(p);
        return m.find() ? m.group(1) + " " + m.group(2) : p;
    }

    private static void units(StringBuilder b, CheckView view) {
        Map<String, Integer> by = new LinkedHashMap<>();
        for (CheckView.Unit u : view.units()) by.merge(producer(u.producer()), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        by.forEach((p, n) -> parts.add(n + " " + p));
        b.append("units: ").append(view.units().size()).append(" (").append(String.join(", ", parts)).append(")\n");
    }

    /** Identical link problems (same kind, same two values) once, with how many unit pairs have them. */
    private static void link(StringBuilder b, CheckView view) {
        if (view.link().isEmpty()) return;
        b.append("link:\n");
        Map<String, String> names = unitNames(view);
        for (CheckView.LinkGroup g : view.link()) {
            String first = g.issues().get(0).message();
            for (Map.Entry<String, String> u : names.entrySet()) first = first.replace(u.getKey(), u.getValue());
            if (g.count() == 1) {
                wrap(b, "  " + g.severity() + ": ", Elide.cut(first, 3 * WIDTH), "    ");
            } else {
                String head = "  " + g.severity() + " (x" + g.count() + "): ";
                b.append(head).append(Elide.cut(CheckView.template(g.issues().get(0).message(), view.units()), WIDTH - head.length())).append('\n');
                wrap(b, "    e.g. ", Elide.cut(first, 2 * WIDTH), "      ");
            }
        }
        if (view.linkFails()) b.append("  llvm-link would refuse these units: nothing is inlined until this is fixed\n");
    }

    private static void causes(StringBuilder b, String title, Map<String, Integer> counts, CheckView view) {
        if (counts.isEmpty()) return;
        b.append(title).append(":\n");
        int w = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        int nw = String.valueOf(counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)).length();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append("  ").append(pad(String.valueOf(e.getValue()), nw, true)).append("  ").append(pad(e.getKey(), w, false))
                    .append("  ").append(attributes(view, e.getKey())).append('\n');
        }
    }

    /** The attribute keys a rule reported on the shown calls ({@code no-builtin-wcslen, no-builtin-strlen}). */
    private static String attributes(CheckView view, String rule) {
        List<String> keys = new ArrayList<>();
        for (CheckView.Call c : view.calls()) {
            for (CheckView.Cause x : c.causes()) if (x.rule().equals(rule) && !keys.contains(x.attribute())) keys.add(x.attribute());
        }
        return Elide.cut(String.join(", ", keys), 48);
    }

    private static void group(StringBuilder b, CheckView.Group g, Map<String, String> names) {
        CheckView.Call first = g.calls().get(0);
        int n = g.calls().size();
        b.append('[').append(g.n()).append("] ").append(n).append(n == 1 ? " call " : " calls ").append(word(first));
        if (!g.causes().isEmpty()) {
            List<String> rules = new ArrayList<>();
            for (CheckView.Cause c : g.causes()) if (!rules.contains(c.rule())) rules.add(c.rule());
            b.append(first.status() == Status.UNDECIDED ? " on " : " by ").append(String.join(", ", rules));
        }
        b.append('\n');
        if (!first.remark().isEmpty()) b.append("  LLVM's remark: ").append(first.remark()).append('\n');
        int k = 1;
        for (CheckView.Cause c : first.blockers()) cause(b, k++, c, "", g);
        for (CheckView.Cause c : first.undecided()) cause(b, k++, c, "cannot decide: ", g);
        if (first.bypassAll()) {
            wrap(b, "  ", "always-inline on the callee (C: __always_inline, Rust: #[inline(always)]) would bypass all of these on LLVM "
                    + first.llvm() + CheckReport.notLater(first.blockers()), "    ");
        } else if (!first.alwaysInline()) {
            List<String> would = new ArrayList<>();
            for (CheckView.Cause c : first.blockers()) if (c.bypassedBy().contains(first.llvm()) && !would.contains(c.rule())) would.add(c.rule());
            if (!would.isEmpty()) {
                wrap(b, "  ", "always-inline on the callee would bypass " + String.join(", ", would) + " on LLVM " + first.llvm()
                        + ", not the others", "    ");
            }
        }
        if (!first.bypassed().isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (CheckView.Cause c : first.bypassed()) if (!ids.contains(c.rule())) ids.add(c.rule());
            b.append("  bypassed by always-inline on LLVM ").append(first.llvm()).append(": ").append(String.join(", ", ids))
                    .append(CheckReport.notLater(first.bypassed())).append('\n');
        }
        if (!first.merges().isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (CheckView.Cause c : first.merges()) ids.add(c.message());
            b.append("  if inlined, the caller ").append(Elide.cut(String.join("; ", ids), WIDTH - 22)).append('\n');
        }
        calls(b, g, names);
    }

    private static String word(CheckView.Call c) {
        return switch (c.status()) {
            case BLOCKED -> "blocked";
            case UNDECIDED -> "undecided";
            case INLINABLE -> c.alwaysInline() ? "inlinable (always-inline)" : "inlinable (the cost model decides)";
        };
    }

    private static void cause(StringBuilder b, int k, CheckView.Cause c, String lead, CheckView.Group g) {
        String pad = "     ";
        wrap(b, "  " + k + ". " + c.rule() + ": ", lead + c.message(), pad);
        boolean varies = g.calls().stream().map(x -> value(x, c)).distinct().count() > 1;
        if (!c.caller().isEmpty() || !c.callee().isEmpty()) {
            String head = pad + "caller: ";
            wrap(b, head, Elide.difference(c.caller(), c.callee(), WIDTH - head.length()), pad + "  ");
            wrap(b, pad + "callee: ", Elide.difference(c.callee(), c.caller(), WIDTH - head.length()), pad + "  ");
        }
        if (varies) b.append(pad).append("(the values differ between the calls of this group; --full shows each)\n");
        for (CheckView.GroupFix x : CheckView.groupFixes(g, c)) {
            wrap(b, pad + "fix (" + x.fix().who() + (x.where().isEmpty() ? "" : ", " + x.where()) + "): ", x.fix().hint(), pad + "  ");
        }
    }

    static boolean alwaysInlineAdvice(Fix x) {
        return x.who().equals("source") && x.hint().startsWith("mark the callee always-inline");
    }


    /** Word-wraps {@code text} after {@code head} at {@link #WIDTH}; later lines start with {@code indent}. */
    static void wrap(StringBuilder b, String head, String text, String indent) {
        StringBuilder line = new StringBuilder(head);
        boolean empty = true;
        for (String w : text.split(" ")) {
            if (!empty && line.length() + 1 + w.length() > WIDTH) {
                b.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(w);
            empty = false;
        }
        b.append(line).append('\n');
    }

    /** The values one call has for the cause matching {@code c} (rule and attribute). */
    private static String value(CheckView.Call call, CheckView.Cause c) {
        for (CheckView.Cause x : call.causes()) {
            if (x.rule().equals(c.rule()) && x.attribute().equals(c.attribute())) return x.caller() + '\u0000' + x.callee();
        }
        return "";
    }

    private static void calls(StringBuilder b, CheckView.Group g, Map<String, String> names) {
        b.append("  calls:\n");
        List<String[]> rows = new ArrayList<>();
        for (CheckView.Call c : g.calls()) {
            rows.add(new String[] {where(c, names), c.caller().demangled(), names.get(c.callee().unit()), c.callee().demangled()
                    + c.via().map(v -> " (via alias @" + v + ")").orElse("")});
        }
        int w0 = 0, w1 = 0, w2 = 0;
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
            w2 = Math.max(w2, r[2].length());
        }
        for (String[] r : rows) {
            b.append("    ").append(pad(r[0], w0, false)).append("  ").append(pad(r[1], w1, false)).append("  -> ")
                    .append(pad(r[2], w2, false)).append("  ").append(r[3]);
            int end = b.length();
            while (b.charAt(end - 1) == ' ') end--;
            b.setLength(end);
            b.append('\n');
        }
    }

    /** Where the call is: its source file:line from debug info, else the unit's .ll line. */
    private static String where(CheckView.Call c, Map<String, String> names) {
        return CheckView.location(c.sites().get(0)).orElse(names.get(c.caller().unit()) + ":" + c.sites().get(0).line());
    }

    /** Each unit by its file name when that is unique among the units, else by its whole path. */
    static Map<String, String> unitNames(CheckView view) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (CheckView.Unit u : view.units()) count.merge(base(u.path()), 1, Integer::sum);
        Map<String, String> out = new LinkedHashMap<>();
        for (CheckView.Unit u : view.units()) out.put(u.path(), count.get(base(u.path())) == 1 ? base(u.path()) : u.path());
        return out;
    }

    private static String base(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return path.substring(i + 1);
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) return s;
        String sp = " ".repeat(w - s.length());
        return right ? sp + s : s + sp;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
