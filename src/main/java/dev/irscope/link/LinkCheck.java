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
        List<LinkIssue> out = new ArrayList<>();
        if (units.size() < 2) return out;
        Module dst = units.get(0);
        Map<String, Merged> flags = new LinkedHashMap<>();
        for (ModuleFlag f : dst.flags()) flags.put(f.key(), new Merged(f, dst.path()));
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
        return out;
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
                default -> { } // Append, AppendUnique: lists are concatenated, never a conflict
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

    /** The value a flag has after linking, for rules that read merged flags. */
    public static Optional<ModuleFlag> merged(List<Module> units, String key) {
        Optional<ModuleFlag> cur = Optional.empty();
        for (Module m : units) {
            Optional<ModuleFlag> f = m.flag(key);
            if (cur.isEmpty()) cur = f;
            else if (f.isPresent() && (f.get().behavior() == 4)) cur = f;
        }
        return cur;
    }
}
