package dev.irscope.link;

import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code llvm-link} says when the units are linked in input order: the first unit is the
 * destination, each next one is merged into it (IRMover::linkModuleFlagsMetadata and the triple
 * and datalayout checks in IRLinker::run, LLVM 14-22).
 */
public final class LinkCheck {
    private LinkCheck() {}

    public static List<LinkIssue> check(List<Module> units) {
        return units.size() < 2 ? List.of() : link(units).issues();
    }

    /**
     * The module flags of the linked module, keyed by name in llvm-link's order: what every rule
     * that reads a module flag must read, since LTO decides inlining on the merged module, not on
     * one unit (a SemanticInterposition flag from one C unit applies to Rust functions too).
     */
    public static Map<String, ModuleFlag> mergedFlags(List<Module> units) {
        return link(units).flags();
    }

    private record Linked(List<LinkIssue> issues, Map<String, ModuleFlag> flags) {}

    private static Linked link(List<Module> units) {
        List<LinkIssue> out = new ArrayList<>();
        Map<String, Merged> flags = new LinkedHashMap<>();
        if (units.isEmpty()) return new Linked(out, Map.of());
        Module dst = units.get(0);
        for (ModuleFlag f : dst.flags()) flags.putIfAbsent(f.key(), new Merged(f, dst.path()));
        for (Module src : units.subList(1, units.size())) {
            String st = src.triple(), dt = dst.triple();
            if (!st.isEmpty() && !st.equals(dt)) {
                out.add(new LinkIssue("warning", "target triple", dt, st, "Linking two modules of different target triples: '"
                        + src.path() + "' is '" + st + "' whereas '" + dst.path() + "' is '" + dt + "'"));
            }
            String sl = src.header().datalayout().orElse(""), dl = dst.header().datalayout().orElse("");
            if (!sl.isEmpty() && !sl.equals(dl)) {
                out.add(new LinkIssue("warning", "datalayout", dl, sl, "Linking two modules of different data layouts: '"
                        + src.path() + "' is '" + sl + "' whereas '" + dst.path() + "' is '" + dl + "'"));
            }
            mergeFlags(flags, src, out);
        }
        // Require flags are checked once everything is merged.
        for (Merged m : flags.values()) {
            if (m.flag.behavior() != 3) continue;
            String v = m.flag.value().trim();
            if (!v.startsWith("!{") || !v.endsWith("}") || v.length() < 3) continue; // not a well-formed pair
            String[] parts = v.substring(2, v.length() - 1).split(",", 2);
            if (parts.length < 2) continue;
            String key = parts[0].trim().replaceAll("^!\"|\"$", "");
            Merged other = flags.get(key);
            if (other == null || !other.flag.value().trim().equals(parts[1].trim())) {
                out.add(new LinkIssue("error", "module flag '" + m.flag.key() + "'", parts[1].trim(),
                        other == null ? "(absent)" : other.flag.value(), "linking module flags '" + key
                        + "': does not have the required value"));
            }
        }
        out.addAll(DuplicateSymbols.find(units));
        Map<String, ModuleFlag> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Merged> e : flags.entrySet()) merged.put(e.getKey(), e.getValue().flag);
        return new Linked(out, java.util.Collections.unmodifiableMap(merged));
    }

    private static final class Merged {
        ModuleFlag flag;
        String from;

        Merged(ModuleFlag flag, String from) {
            this.flag = flag;
            this.from = from;
        }
    }

    private static void mergeFlags(Map<String, Merged> dst, Module src, List<LinkIssue> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ModuleFlag s : src.flags()) {
            seen.add(s.key());
            Merged d = dst.get(s.key());
            if (d == null) {
                dst.put(s.key(), new Merged(s, src.path()));
                continue;
            }
            ModuleFlag df = d.flag;
            String what = "module flag '" + s.key() + "'";
            int db = df.behavior(), sb = s.behavior();
            if (sb == 3) continue; // Require: checked after merging
            if (db == 4 || sb == 4) { // Override wins over anything else
                if (db == 4 && sb == 4 && !df.value().equals(s.value())) {
                    out.add(new LinkIssue("error", what, df.value(), s.value(),
                            "linking module flags '" + s.key() + "': IDs have conflicting override values in '"
                                    + src.path() + "' and '" + d.from + "'"));
                } else if (sb == 4) {
                    d.flag = s;
                    d.from = src.path();
                }
                continue;
            }
            if (db != sb) {
                boolean tolerated = (db == 2 && (sb == 7 || sb == 8)) || (sb == 2 && (db == 7 || db == 8));
                if (!tolerated) {
                    out.add(new LinkIssue("error", what, df.behaviorName() + " " + df.value(), s.behaviorName() + " " + s.value(),
                            "linking module flags '" + s.key() + "': IDs have conflicting behaviors in '"
                                    + src.path() + "' and '" + d.from + "'"));
                    continue;
                }
                int merged = db == 2 ? sb : db; // Min/Max wins, warning if the values differ
                if (!df.value().equals(s.value())) {
                    out.add(new LinkIssue("warning", what, df.value(), s.value(), "linking module flags '" + s.key()
                            + "': IDs have conflicting values ('" + s.value() + "' from " + src.path() + " with '"
                            + df.value() + "' from " + d.from + ")"));
                }
                d.flag = pick(new ModuleFlag(merged, df.key(), df.value()), new ModuleFlag(merged, s.key(), s.value()), merged);
                continue;
            }
            switch (db) {
                case 1 -> { // Error
                    if (!df.value().equals(s.value())) {
                        out.add(new LinkIssue("error", what, df.value(), s.value(), "linking module flags '" + s.key()
                                + "': IDs have conflicting values in '" + src.path() + "' and '" + d.from + "'"));
                    }
                }
                case 2 -> { // Warning: keep the destination's
                    if (!df.value().equals(s.value())) {
                        out.add(new LinkIssue("warning", what, df.value(), s.value(), "linking module flags '" + s.key()
                                + "': IDs have conflicting values ('" + s.value() + "' from " + src.path() + " with '"
                                + df.value() + "' from " + d.from + ")"));
                    }
                }
                case 7, 8 -> d.flag = pick(df, s, db);
                case 5, 6 -> d.flag = new ModuleFlag(db, df.key(), append(df.value(), s.value(), db == 6));
                default -> { }
            }
        }
        // Min: a key missing on one side merges to 0 (LLVM 14+).
        for (Merged d : dst.values()) {
            if (d.flag.behavior() == 8 && !seen.contains(d.flag.key())) {
                d.flag = new ModuleFlag(8, d.flag.key(), d.flag.value().replaceAll("-?\\d+$", "0"));
            }
        }
    }

    private static ModuleFlag pick(ModuleFlag a, ModuleFlag b, int behavior) {
        long x = a.intValue().orElse(0), y = b.intValue().orElse(0);
        boolean takeB = behavior == 7 ? y > x : y < x;
        return takeB ? b : a;
    }

    /**
     * Append concatenates the two lists, AppendUnique keeps each element once (llvm-link 19 and 22
     * print the merged node as a new distinct list; the values here are the elements as written).
     */
    private static String append(String a, String b, boolean unique) {
        List<String> items = new ArrayList<>(elements(a));
        for (String x : elements(b)) if (!unique || !items.contains(x)) items.add(x);
        return "!{" + String.join(", ", items) + "}";
    }

    private static List<String> elements(String v) {
        String t = v.trim();
        if (!t.startsWith("!{") || !t.endsWith("}")) return List.of(t);
        List<String> out = new ArrayList<>();
        int depth = 0, start = 2;
        boolean quoted = false;
        for (int i = 2; i < t.length() - 1; i++) {
            char ch = t.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == '{') depth++;
            else if (!quoted && ch == '}') depth--;
            else if (!quoted && depth == 0 && ch == ',') {
                out.add(t.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = t.substring(start, t.length() - 1).trim();
        if (!last.isEmpty()) out.add(last);
        return out;
    }

    /** The value a flag has after linking, for rules that read merged flags. */
    public static Optional<ModuleFlag> merged(List<Module> units, String key) {
        return Optional.ofNullable(mergedFlags(units).get(key));
    }
}
