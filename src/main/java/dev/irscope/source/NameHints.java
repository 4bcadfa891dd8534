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
    /** What an LTO build leaves: bitcode, objects (with or without bitcode), static libraries, rlibs. */
    private static final List<String> BUILD_SUFFIXES = List.of(".bc", ".o", ".obj", ".a", ".rlib");
    /** The names a folder walk reads, for messages. */
    static final String INPUT_NAMES = ".ll, .bc, .o, .a or .rlib";

    private NameHints() {}

    /** {@code x.ll}, or a compressed one such as {@code x.ll.gz}. */
    static boolean isIr(String name) {
        String n = lower(name);
        if (n.endsWith(".ll")) return true;
        return CODEC_SUFFIXES.stream().anyMatch(s -> n.endsWith(".ll" + s));
    }

    /**
     * A file a folder walk reads: IR ({@code .ll}, compressed too), bitcode ({@code .bc}, also
     * compressed), objects, static libraries and rlibs. What each really is, content decides.
     */
    static boolean isInput(String name) {
        if (isIr(name)) return true;
        String n = lower(name);
        if (CODEC_SUFFIXES.stream().anyMatch(s -> n.endsWith(".bc" + s))) return true;
        return BUILD_SUFFIXES.stream().anyMatch(n::endsWith);
    }

    /** Archives: tar and zip in any compression, and ar ({@code .a}, {@code .rlib}). */
    static boolean isArchive(String name) {
        String n = lower(name);
        return ARCHIVE_SUFFIXES.stream().anyMatch(n::endsWith) || n.endsWith(".a") || n.endsWith(".rlib");
    }

    /** Archive entries worth opening: IR, bitcode, objects, compressed forms, and archives. */
    static boolean isWantedEntry(String name) {
        return isInput(name) || isArchive(name);
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
