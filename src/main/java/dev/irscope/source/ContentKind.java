package dev.irscope.source;

/** What a run of bytes turned out to be; decides how it is opened. */
enum ContentKind {
    PLAIN("text"),
    GZIP("gzip"),
    XZ("xz"),
    BZIP2("bzip2"),
    ZSTD("zstd"),
    TAR("tar"),
    ZIP("zip"),
    BITCODE("LLVM bitcode"),
    ELF("ELF object"),
    AR("ar archive"),
    AR_THIN("thin ar archive"),
    MACHO("Mach-O object"),
    COFF("COFF object");

    private final String label;

    ContentKind(String label) {
        this.label = label;
    }

    /** The human name used in messages ("gzip", "tar"). */
    String label() {
        return label;
    }

    boolean isCompression() {
        return switch (this) {
            case GZIP, XZ, BZIP2, ZSTD -> true;
            case PLAIN, TAR, ZIP, BITCODE, ELF, AR, AR_THIN, MACHO, COFF -> false;
        };
    }

    /** Formats holding other files, whose opening counts as one level of nesting. */
    boolean isArchive() {
        return this == TAR || this == ZIP || this == AR || this == AR_THIN;
    }
}
