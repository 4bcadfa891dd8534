package dev.irscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The bug report as a tree of blocks, built once and rendered twice (Markdown, 72-column text),
 * so the two forms cannot drift apart in content.
 */
public record ReportDoc(List<Block> blocks) {
    public ReportDoc {
        blocks = List.copyOf(blocks);
    }

    /** A run of text; {@code code} is shown literally (backticks in Markdown, as is in text). */
    public record Span(String text, boolean code) {
        public static Span plain(String s) { return new Span(s, false); }
        public static Span code(String s) { return new Span(s, true); }
    }

    /** A line of spans. */
    public record Text(List<Span> spans) {
        public Text {
            spans = List.copyOf(spans);
        }

        public static Text of(Object... parts) {
            List<Span> out = new ArrayList<>();
            for (Object p : parts) out.add(p instanceof Span s ? s : Span.plain(String.valueOf(p)));
            return new Text(out);
        }

        /** The text without markup. */
        public String plain() {
            StringBuilder b = new StringBuilder();
            for (Span s : spans) b.append(s.text());
            return b.toString();
        }
    }

    public sealed interface Block permits Heading, Para, Items, Table, Details {}

    /**
     * A part a reader opens when needed: Markdown folds it ({@code <details>}), text shows it under
     * its summary line, indented by nothing (mailing lists have no folding).
     */
    public record Details(Text summary, List<Block> body) implements Block {
        public Details {
            body = List.copyOf(body);
        }
    }

    public record Heading(int level, Text text) implements Block {}

    public record Para(Text text) implements Block {}

    /** A bullet list. */
    public record Items(List<Text> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * A table. In text form each row becomes a small record headed by its first cell, because 72
     * columns cannot hold a table of attribute values. When {@code mark} is not empty, a first
     * column of that name shows {@code *} on {@code marked} rows (text form: a leading {@code *}).
     */
    public record Table(String mark, List<String> headers, List<Row> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public record Row(boolean marked, List<Text> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
