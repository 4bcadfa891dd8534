package dev.irscope.write;

/** Markdown escaping for table cells, for every Markdown renderer (reports and diffs). */
public final class Markdown {
    private Markdown() {}

    public static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
