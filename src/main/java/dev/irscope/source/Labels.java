package dev.irscope.source;

/**
 * Builds unit names. Entry names are labels only, never paths: {@code ../../etc/passwd} stays
 * as it is, apart from '\' becoming '/' so Windows-made zips read like the rest.
 */
final class Labels {

    private Labels() {}

    static String entryName(String raw) {
        return raw.replace('\\', '/');
    }

    /** {@code outer.zip} + {@code a.ll} = {@code outer.zip!/a.ll}. */
    static String child(String parent, String entryName) {
        return parent + "!/" + entryName;
    }
}
