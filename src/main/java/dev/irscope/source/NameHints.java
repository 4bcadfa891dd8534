package dev.irscope.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a name suggests. Used to pick archive entries and folder files worth reading, and as a
 * fallback when content has no magic (old tars); content always wins when it has magic.
 */
final class NameHints {

    private static final List<String> CODEC_SUFFIXES = List.of(".gz", ".xz", ".bz2", ".zst");
    private static final List<String> ARCHIVE_SUFFIXES = List.of(
            ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".tbz",
            ".tar.zst", ".tzst", ".zip");

    private NameHints() {}

    /** {@code x.ll}, or a compressed one such as {@code x.ll.gz}. */
    static boolean isIr(String name) {
        String n = lower(name);
        if (n.endsWith(".ll")) return true;
        return CODEC_SUFFIXES.stream().anyMatch(s -> n.endsWith(".ll" + s));
    }

    static boolean isArchive(String name) {
        String n = lower(name);
        return ARCHIVE_SUFFIXES.stream().anyMatch(n::endsWith);
    }

    /** Archive entries worth opening: IR, compressed IR, and archives. */
    static boolean isWantedEntry(String name) {
        return isIr(name) || isArchive(name);
    }

    /** The format a name claims, if any. */
    static Optional<ContentKind> claimed(String name) {
        String n = lower(name);
        if (n.endsWith(".gz") || n.endsWith(".tgz")) return Optional.of(ContentKind.GZIP);
        if (n.endsWith(".xz") || n.endsWith(".txz")) return Optional.of(ContentKind.XZ);
        if (n.endsWith(".bz2") || n.endsWith(".tbz2") || n.endsWith(".tbz")) return Optional.of(ContentKind.BZIP2);
        if (n.endsWith(".zst") || n.endsWith(".tzst")) return Optional.of(ContentKind.ZSTD);
        if (n.endsWith(".tar")) return Optional.of(ContentKind.TAR);
        if (n.endsWith(".zip")) return Optional.of(ContentKind.ZIP);
        return Optional.empty();
    }

    /** The name of what is inside a compressed file: {@code a.tgz} holds {@code a.tar}. */
    static String decompressedName(String name) {
        String n = lower(name);
        for (String s : List.of(".tgz", ".txz", ".tbz2", ".tbz", ".tzst")) {
            if (n.endsWith(s)) return name.substring(0, name.length() - s.length()) + ".tar";
        }
        for (String s : CODEC_SUFFIXES) {
            if (n.endsWith(s)) return name.substring(0, name.length() - s.length());
        }
        return name;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
