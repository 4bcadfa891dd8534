package dev.irscope.diff;

import static dev.irscope.write.Markdown.cell;

import java.util.List;

/** Renders a diff as Markdown for an issue or a pull request: tables of what differs, most important first. */
public final class DiffMarkdown {
    private DiffMarkdown() {}

    public static String render(Diff d, String tool) {
        StringBuilder b = new StringBuilder("# irscope diff\n\n- tool: `").append(tool).append("`\n");
        if (d instanceof UnitDiff u) unitDiff(b, u);
        else if (d instanceof BuildDiff x) buildDiff(b, x);
        return b.toString();
    }

    private static void unitDiff(StringBuilder b, UnitDiff u) {
        b.append("\n| | unit | triple | producer | defined functions |\n|---|---|---|---|--:|\n");
        side(b, "LEFT", u.left());
        side(b, "RIGHT", u.right());
        if (u.isEmpty()) {
            b.append("\nNo differences.\n");
            return;
        }
        b.append('\n').append(DiffText.summary(u)).append('\n');
        unitBody(b, u, "##");
    }

    private static void side(StringBuilder b, String label, UnitDiff.Side s) {
        b.append("| ").append(label).append(" | `").append(cell(s.name())).append("` | `").append(cell(s.triple())).append("` | ")
                .append(cell(s.producer())).append(" | ").append(s.defined()).append(" |\n");
    }

    private static void unitBody(StringBuilder b, UnitDiff u, String h) {
        if (!u.header().isEmpty()) {
            b.append('\n').append(h).append(" Module\n\n| field | LEFT | RIGHT | llvm-link |\n|---|---|---|---|\n");
            for (FieldChange f : u.header()) {
                b.append("| ").append(f.what()).append(" | ").append(code(f.left())).append(" | ").append(code(f.right()))
                        .append(" | ").append(cell(f.link())).append(" |\n");
            }
        }
        if (!u.flags().isEmpty()) {
            b.append('\n').append(h).append(" Module flags\n\n| flag | LEFT | RIGHT | llvm-link (LEFT linked first) |\n|---|---|---|---|\n");
            for (FlagChange f : u.flags()) {
                b.append("| `").append(cell(f.key())).append("` | ").append(code(DiffText.flag(f.left()))).append(" | ")
                        .append(code(DiffText.flag(f.right()))).append(" | ").append(f.error() ? "**error**: " : f.severity() + ": ")
                        .append(cell(f.outcome())).append(" |\n");
            }
        }
        for (KeyKind kind : KeyKind.values()) {
            List<KeyDiff> keys = u.attributes().stream().filter(k -> k.kind() == kind).toList();
            if (keys.isEmpty()) continue;
            String title = DiffText.heading(kind);
            b.append('\n').append(h).append(' ').append(Character.toUpperCase(title.charAt(0)))
                    .append(title, 1, title.length() - 1).append("\n\n| attribute | LEFT | RIGHT |\n|---|---|---|\n");
            for (KeyDiff k : keys) {
                b.append("| `").append(cell(k.key())).append("` | ").append(cell(DiffText.spread(k.left()))).append(" | ")
                        .append(cell(DiffText.spread(k.right()))).append(" |\n");
            }
        }
        if (!u.removed().isEmpty() || !u.added().isEmpty()) {
            b.append('\n').append(h).append(" Functions defined on one side only\n\n");
            for (String n : u.removed()) b.append("- removed `@").append(cell(n)).append("`\n");
            for (String n : u.added()) b.append("- added `@").append(cell(n)).append("`\n");
        }
        if (!u.functions().isEmpty()) {
            b.append('\n').append(h).append(" Functions on both sides\n\n| function | attribute | LEFT | RIGHT |\n|---|---|---|---|\n");
            for (FunctionChange f : u.functions()) {
                for (AttrChange c : f.attributes()) {
                    b.append("| `@").append(cell(f.name())).append("` | `").append(cell(c.key())).append("` | ")
                            .append(c.left().map(DiffMarkdown::code).orElse("(absent)")).append(" | ")
                            .append(c.right().map(DiffMarkdown::code).orElse("(absent)")).append(" |\n");
                }
            }
        }
    }

    private static void buildDiff(StringBuilder b, BuildDiff d) {
        b.append("- LEFT: `").append(cell(d.leftRoot())).append("`\n- RIGHT: `").append(cell(d.rightRoot())).append("`\n");
        b.append("- rules: LLVM ").append(d.leftLlvm()).append(d.leftLlvm() == d.rightLlvm() ? " on both sides"
                : " (LEFT), LLVM " + d.rightLlvm() + " (RIGHT)").append('\n');
        if (d.isEmpty()) {
            b.append("\nNo differences.\n");
            return;
        }
        for (FieldChange f : d.link()) b.append("- llvm-link: LEFT ").append(f.left()).append(", RIGHT **").append(f.right()).append("**\n");
        if (!d.edges().isEmpty()) {
            b.append("\n## Cross-unit calls whose verdict changed\n\n").append(DiffText.edgeCounts(d.edges()))
                    .append("\n\n| change | caller | callee | LEFT | RIGHT | causes (RIGHT) |\n|---|---|---|---|---|---|\n");
            for (EdgeChange e : d.edges()) {
                StringBuilder causes = new StringBuilder();
                for (Cause c : e.rightCauses()) causes.append(causes.length() > 0 ? ", " : "").append('`').append(cell(c.attribute()))
                        .append("` (").append(cell(c.rule())).append(c.undecided() ? ", undecided" : "").append(')');
                b.append("| ").append(e.kind() == EdgeChange.Kind.NEWLY_BLOCKED ? "**" + e.kind().label() + "**" : e.kind().label())
                        .append(" | `").append(cell(e.callerUnit())).append("`: `@").append(cell(e.caller())).append("` | `")
                        .append(cell(e.calleeUnit())).append("`: `@").append(cell(e.callee())).append("` | ")
                        .append(DiffText.status(e.left())).append(" | ").append(DiffText.status(e.right())).append(" | ")
                        .append(causes).append(" |\n");
            }
        }
        if (!d.removed().isEmpty() || !d.added().isEmpty()) {
            b.append("\n## Units on one side only\n\n");
            for (String n : d.removed()) b.append("- removed `").append(cell(n)).append("`\n");
            for (String n : d.added()) b.append("- added `").append(cell(n)).append("`\n");
        }
        for (UnitDiff u : d.units()) {
            b.append("\n## Unit `").append(cell(u.left().name())).append("`\n");
            if (!u.left().producer().equals(u.right().producer())) {
                b.append("\nproducer: LEFT ").append(cell(u.left().producer())).append(", RIGHT ").append(cell(u.right().producer())).append('\n');
            }
            unitBody(b, u, "###");
        }
    }

    private static String code(String s) {
        return s.isEmpty() ? "(absent)" : "`" + cell(s).replace("`", "'") + "`";
    }
}
