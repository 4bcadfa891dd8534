package dev.irscope.report;

import dev.irscope.report.ReportDoc.Block;
import dev.irscope.report.ReportDoc.Heading;
import dev.irscope.report.ReportDoc.Items;
import dev.irscope.report.ReportDoc.Para;
import dev.irscope.report.ReportDoc.Row;
import dev.irscope.report.ReportDoc.Table;
import dev.irscope.report.ReportDoc.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link ReportDoc} as plain text for mailing lists that take no Markdown: wrapped at a
 * fixed width, tables turned into indented records. A word longer than a line is broken after its
 * commas (feature strings); a word without commas is left whole rather than corrupted.
 */
public final class BugReportText {
    public static final int WIDTH = 72;

    private BugReportText() {}

    public static String render(ReportDoc doc, int width) {
        StringBuilder b = new StringBuilder();
        blocks(b, doc.blocks(), width);
        return b.toString();
    }

    private static void blocks(StringBuilder b, List<Block> blocks, int width) {
        for (Block block : blocks) {
            if (b.length() > 0) b.append('\n');
            if (block instanceof Heading h) {
                heading(b, h, width);
            } else if (block instanceof Para p) {
                wrap(b, p.text().plain(), "", "", width);
            } else if (block instanceof Items l) {
                for (Text t : l.items()) wrap(b, t.plain(), "  - ", "    ", width);
            } else if (block instanceof Table t) {
                table(b, t, width);
            } else if (block instanceof ReportDoc.Details d) {
                wrap(b, d.summary().plain() + ":", "", "", width);
                blocks(b, d.body(), width);
            }
        }
    }

    private static void heading(StringBuilder b, Heading h, int width) {
        String s = h.text().plain();
        switch (h.level()) {
            case 1, 2, 3 -> {
                int before = b.length();
                wrap(b, s, "", "", width);
                int longest = 0;
                for (String line : b.substring(before).split("\n")) longest = Math.max(longest, line.length());
                b.append((h.level() == 1 ? "=" : h.level() == 2 ? "-" : "~").repeat(Math.min(longest, width))).append('\n');
            }
            default -> wrap(b, s, "", "", width);
        }
    }

    private static void table(StringBuilder b, Table t, int width) {
        boolean mark = !t.mark().isEmpty();
        if (mark) wrap(b, "(* = " + t.mark() + ")", "", "", width);
        boolean numbered = t.headers().get(0).equals("#");
        for (Row r : t.rows()) {
            String lead = (mark ? (r.marked() ? "* " : "  ") : "") + r.cells().get(0).plain() + (numbered ? "." : "");
            wrap(b, lead, "", "    ", width);
            for (int i = 1; i < r.cells().size(); i++) {
                wrap(b, t.headers().get(i) + ": " + r.cells().get(i).plain(), "    ", "      ", width);
            }
        }
    }

    /** Greedy fill; {@code first} and {@code rest} are the prefixes of the first and later lines. */
    static void wrap(StringBuilder b, String text, String first, String rest, int width) {
        List<String> words = new ArrayList<>();
        for (String w : text.replace('\n', ' ').split(" ")) if (!w.isEmpty()) words.add(w);
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String w : words) {
            List<String> pieces = pieces(w, width - rest.length());
            for (int j = 0; j < pieces.size(); j++) {
                String piece = pieces.get(j);
                boolean glued = j > 0; // later pieces of a split word continue it without a space
                int need = (empty || glued ? 0 : 1) + piece.length();
                if (!empty && line.length() + need > width) {
                    b.append(strip(line)).append('\n');
                    line.setLength(0);
                    line.append(rest);
                    empty = true;
                }
                if (!empty && !glued) line.append(' ');
                line.append(piece);
                empty = false;
            }
        }
        b.append(strip(line)).append('\n');
    }

    /** A word that fits stays whole; a longer one is split after each comma. */
    static List<String> pieces(String w, int room) {
        if (w.length() <= room || w.indexOf(',') < 0) return List.of(w);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) == ',') {
                out.add(w.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < w.length()) out.add(w.substring(start));
        return out;
    }

    private static String strip(StringBuilder line) {
        int e = line.length();
        while (e > 0 && line.charAt(e - 1) == ' ') e--;
        return line.substring(0, e);
    }
}
