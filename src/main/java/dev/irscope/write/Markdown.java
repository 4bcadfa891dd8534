package dev.irscope.write;

/** Markdown escaping for table cells, for every Markdown renderer (reports and diffs). */
public final class Markdown {
    private Markdown() {}

    /** One table cell: pipes escaped, control characters (newlines too) shown as {@code \0A}-style escapes. */
    public static String cell(String s) {
        return Printable.line(s.replace("|", "\\|").replace("\n", " "));
    }
}
