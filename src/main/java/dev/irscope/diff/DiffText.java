package dev.irscope.diff;

import dev.irscope.compat.Status;
import dev.irscope.ir.ModuleFlag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Renders a diff as plain text, the form pasted into a bug or a code review: most important first. */
public final class DiffText {
    private DiffText() {}

    public static String render(Diff d) {
        StringBuilder b = new StringBuilder();
        if (d instanceof UnitDiff u) unitDiff(b, u);
        else if (d instanceof BuildDiff x) buildDiff(b, x);
        return b.toString();
    }

    private static void unitDiff(StringBuilder b, UnitDiff u) {
        b.append("irscope diff: LEFT ").append(u.left().name()).append(" vs RIGHT ").append(u.right().name()).append('\n');
        side(b, "LEFT ", u.left());
        side(b, "RIGHT", u.right());
        if (u.isEmpty()) {
            b.append("no differences\n");
            return;
        }
        unitBody(b, u, "");
        b.append('\n').append(summary(u)).append('\n');
    }

    private static void side(StringBuilder b, String label, UnitDiff.Side s) {
        b.append("  ").append(label).append("  ").append(s.triple().isEmpty() ? "(no triple)" : s.triple()).append("  ")
                .append(s.producer()).append("  ").append(s.defined()).append(" defined functions\n");
    }

    static String summary(UnitDiff u) {
        long blocking = u.attributes().stream().filter(k -> k.kind() == KeyKind.BLOCKING).count();
        long merging = u.attributes().stream().filter(k -> k.kind() == KeyKind.MERGING).count();
        long refused = u.flags().stream().filter(FlagChange::error).count();
        return "summary: " + blocking + " blocking, " + merging + " merging, " + (u.attributes().size() - blocking - merging)
                + " other attribute keys differ; " + u.header().size() + " header fields and " + u.flags().size()
                + " module flags differ (" + refused + " refused by llvm-link); " + u.functions().size()
                + " functions on both sides differ";
    }

    private static void unitBody(StringBuilder b, UnitDiff u, String in) {
        if (!u.header().isEmpty()) {
            b.append('\n').append(in).append("module:\n");
            for (FieldChange f : u.header()) {
                b.append(in).append("  ").append(f.what()).append('\n');
                b.append(in).append("    LEFT:  ").append(f.left().isEmpty() ? "(absent)" : quote(f.left())).append('\n');
                b.append(in).append("    RIGHT: ").append(f.right().isEmpty() ? "(absent)" : quote(f.right())).append('\n');
                if (!f.link().isEmpty()) b.append(in).append("    llvm-link: ").append(f.link()).append('\n');
            }
        }
        if (!u.flags().isEmpty()) {
            b.append('\n').append(in).append("module flags (llvm-link links LEFT first):\n");
            for (FlagChange f : u.flags()) {
                b.append(in).append("  ").append(f.key()).append('\n');
                b.append(in).append("    LEFT:  ").append(flag(f.left())).append('\n');
                b.append(in).append("    RIGHT: ").append(flag(f.right())).append('\n');
                b.append(in).append("    llvm-link: ").append(f.severity()).append(": ").append(f.outcome()).append('\n');
            }
        }
        for (KeyKind kind : KeyKind.values()) {
            List<KeyDiff> keys = u.attributes().stream().filter(k -> k.kind() == kind).toList();
            if (keys.isEmpty()) continue;
            b.append('\n').append(in).append(heading(kind)).append('\n');
            for (KeyDiff k : keys) {
                b.append(in).append("  ").append(k.key()).append('\n');
                b.append(in).append("    LEFT:  ").append(spread(k.left())).append('\n');
                b.append(in).append("    RIGHT: ").append(spread(k.right())).append('\n');
            }
        }
        if (!u.removed().isEmpty() || !u.added().isEmpty()) {
            b.append('\n').append(in).append("functions defined on one side only:\n");
            for (String n : u.removed()) b.append(in).append("  - @").append(n).append('\n');
            for (String n : u.added()) b.append(in).append("  + @").append(n).append('\n');
        }
        if (!u.functions().isEmpty()) {
            b.append('\n').append(in).append("functions defined on both sides whose attributes differ:\n");
            // Functions with the same changes are listed together: a flag change touches them all alike.
            Map<List<AttrChange>, List<String>> groups = new LinkedHashMap<>();
            for (FunctionChange f : u.functions()) groups.computeIfAbsent(f.attributes(), k -> new ArrayList<>()).add(f.name());
            for (var g : groups.entrySet()) {
                b.append(in).append("  ").append(String.join(", ", g.getValue().stream().map(n -> "@" + n).toList())).append('\n');
                for (AttrChange c : g.getKey()) {
                    String note = c.kind() == KeyKind.OTHER ? "" : "   (" + c.kind().label() + ")";
                    c.left().ifPresent(v -> b.append(in).append("    - ").append(v).append(note).append('\n'));
                    c.right().ifPresent(v -> b.append(in).append("    + ").append(v).append(note).append('\n'));
                }
            }
        }
    }

    static String heading(KeyKind kind) {
        return switch (kind) {
            case BLOCKING -> "attributes that can block inlining (a rule compares them):";
            case MERGING -> "attributes that merge into the caller when inlined:";
            case OTHER -> "other attributes (no inlining rule reads them):";
        };
    }

    static String flag(Optional<ModuleFlag> f) {
        return f.map(x -> x.behaviorName() + " " + x.value()).orElse("(absent)");
    }

    static String spread(Spread s) {
        StringBuilder b = new StringBuilder();
        for (Spread.Count c : s.values()) {
            if (b.length() > 0) b.append("; ");
            b.append(c.rendered()).append(" on ").append(c.functions());
        }
        if (s.absent() > 0) b.append(b.length() > 0 ? "; " : "").append("absent on ").append(s.absent());
        return b.append(" (of ").append(s.defined()).append(" defined)").toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    // ---- builds

    private static void buildDiff(StringBuilder b, BuildDiff d) {
        b.append("irscope diff: LEFT ").append(d.leftRoot()).append(" vs RIGHT ").append(d.rightRoot()).append('\n');
        b.append("  rules: LLVM ").append(d.leftLlvm()).append(d.leftLlvm() == d.rightLlvm() ? " on both sides"
                : " (LEFT), LLVM " + d.rightLlvm() + " (RIGHT)").append('\n');
        if (d.isEmpty()) {
            b.append("no differences\n");
            return;
        }
        for (FieldChange f : d.link()) {
            b.append("\nllvm-link: LEFT ").append(f.left()).append(", RIGHT ").append(f.right()).append('\n');
        }
        if (!d.edges().isEmpty()) {
            b.append("\ncross-unit calls whose verdict changed: ").append(edgeCounts(d.edges())).append('\n');
            for (EdgeChange.Kind kind : EdgeChange.Kind.values()) {
                List<EdgeChange> es = d.edges().stream().filter(e -> e.kind() == kind).toList();
                if (es.isEmpty()) continue;
                b.append('\n').append(kind.label()).append(":\n");
                for (EdgeChange e : es) {
                    b.append("  ").append(e.callerUnit()).append(": @").append(e.caller()).append(" -> ")
                            .append(e.calleeUnit()).append(": @").append(e.callee()).append('\n');
                    verdict(b, "LEFT: ", e.left(), e.leftCauses());
                    verdict(b, "RIGHT:", e.right(), e.rightCauses());
                }
            }
        }
        if (!d.removed().isEmpty() || !d.added().isEmpty()) {
            b.append("\nunits on one side only:\n");
            for (String n : d.removed()) b.append("  - ").append(n).append('\n');
            for (String n : d.added()) b.append("  + ").append(n).append('\n');
        }
        for (UnitDiff u : d.units()) {
            b.append("\nunit ").append(u.left().name()).append(":\n");
            if (!u.left().producer().equals(u.right().producer())) {
                b.append("  producer: LEFT ").append(u.left().producer()).append(", RIGHT ").append(u.right().producer()).append('\n');
            }
            unitBody(b, u, "  ");
        }
    }

    static String edgeCounts(List<EdgeChange> edges) {
        StringBuilder b = new StringBuilder();
        for (EdgeChange.Kind k : EdgeChange.Kind.values()) {
            long n = edges.stream().filter(e -> e.kind() == k).count();
            if (n == 0) continue;
            b.append(b.length() > 0 ? ", " : "").append(n).append(' ').append(k.label());
        }
        return b.toString();
    }

    private static void verdict(StringBuilder b, String label, Optional<Status> s, List<Cause> causes) {
        b.append("    ").append(label).append(' ').append(status(s)).append('\n');
        for (Cause c : causes) {
            b.append("      ").append(c.undecided() ? "? " : "- ").append(c.rule()).append(" (").append(c.attribute())
                    .append("): ").append(c.message()).append('\n');
        }
    }

    static String status(Optional<Status> s) {
        return s.map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("(no such call)");
    }
}
