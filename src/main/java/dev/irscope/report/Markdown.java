package dev.irscope.report;

/** Markdown escaping for table cells. */
final class Markdown {
    private Markdown() {}

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
