package dev.irscope.report;

import dev.irscope.report.ReportDoc.Block;
import dev.irscope.report.ReportDoc.Heading;
import dev.irscope.report.ReportDoc.Items;
import dev.irscope.report.ReportDoc.Para;
import dev.irscope.report.ReportDoc.Row;
import dev.irscope.report.ReportDoc.Span;
import dev.irscope.report.ReportDoc.Table;
import dev.irscope.report.ReportDoc.Text;

/** Renders a {@link ReportDoc} as GitHub-flavoured Markdown, escaped so tracker renderers show values verbatim. */
final class BugReportMarkdown {
    private BugReportMarkdown() {}

    static String render(ReportDoc doc) {
        StringBuilder b = new StringBuilder();
        blocks(b, doc.blocks());
        while (b.length() > 1 && b.charAt(b.length() - 1) == '\n' && b.charAt(b.length() - 2) == '\n') b.setLength(b.length() - 1);
        return b.toString();
    }

    private static void blocks(StringBuilder b, java.util.List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(inline(h.text(), false)).append("\n\n");
            } else if (block instanceof Para p) {
                b.append(inline(p.text(), false)).append("\n\n");
            } else if (block instanceof Items l) {
                for (Text t : l.items()) b.append("- ").append(inline(t, false)).append('\n');
                b.append('\n');
            } else if (block instanceof Table t) {
                table(b, t);
            } else if (block instanceof ReportDoc.Details d) {
                // GitHub renders Markdown inside <details> when blank lines separate it from the tags.
                b.append("<details><summary>").append(html(d.summary().plain())).append("</summary>\n\n");
                blocks(b, d.body());
                b.append("</details>\n\n");
            }
        }
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void table(StringBuilder b, Table t) {
        boolean mark = !t.mark().isEmpty();
        b.append('|');
        if (mark) b.append(' ').append(t.mark()).append(" |");
        for (String h : t.headers()) b.append(' ').append(plain(h, true)).append(" |");
        b.append("\n|");
        if (mark) b.append(":-:|");
        b.append("---|".repeat(t.headers().size())).append('\n');
        for (Row r : t.rows()) {
            b.append('|');
            if (mark) b.append(r.marked() ? " * |" : "  |");
            for (Text c : r.cells()) b.append(' ').append(inline(c, true)).append(" |");
            b.append('\n');
        }
        b.append('\n');
    }

    static String inline(Text t, boolean cell) {
        StringBuilder b = new StringBuilder();
        for (Span s : t.spans()) b.append(s.code() ? code(s.text(), cell) : plain(s.text(), cell));
        return b.toString();
    }

    /** A code span whose fence is longer than any backtick run inside, as CommonMark requires. */
    static String code(String s, boolean cell) {
        String v = s.replace('\n', ' ');
        if (cell) v = v.replace("|", "\\|");
        int longest = 0, run = 0;
        for (int i = 0; i < v.length(); i++) {
            run = v.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = v.startsWith("`") || v.endsWith("`") || v.isEmpty();
        return fence + (pad ? " " : "") + v + (pad ? " " : "") + fence;
    }

    static String plain(String s, boolean cell) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '<', '[', ']' -> b.append('\\').append(c);
                // inside a word (dso_local) an underscore never starts emphasis; keep it readable
                case '_' -> b.append(i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) ? "_" : "\\_");
                case '|' -> b.append(cell ? "\\|" : "|");
                case '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
