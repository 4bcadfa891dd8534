package dev.irscope.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Turns one thing (file, stream, archive entry) into units by what its content turns out to be:
 * text and bitcode become units, an ELF object's bitcode sections become units (an object without
 * any is listed as not part of LTO), compressed data is decompressed and looked at again, archives
 * (tar, zip, ar) are walked.
 *
 * <p>Depth counts enclosing archives: a top-level input is 0, its entries 1. Archives are opened
 * at depth 0 and 1 only, so {@code outer.zip!/inner.tgz} and {@code build.tgz!/libfoo.a} open and
 * anything deeper is skipped. Compression does not add depth, nor does an object's section, but
 * data compressed twice over is not opened.
 */
final class Expander {

    static final int MAX_ARCHIVE_DEPTH = 1;

    private final Budget budget;

    Expander(Budget budget) {
        this.budget = budget;
    }

    Budget budget() {
        return budget;
    }

    /**
     * Expands an input the user named (a file, stdin): text in it is always handed to the text
     * reader, so that a bad {@code .ll} gets a located error.
     *
     * @param label the unit name to use ({@code a.tgz!/x.ll})
     * @param hint the name to take hints from (the entry or file name)
     */
    void expand(Origin origin, String label, String hint, int depth, Sink sink) throws IOException {
        expand(origin, label, hint, depth, depth == 0, sink);
    }

    /**
     * Expands something found inside an input (a folder's file, an archive's member): text counts
     * as IR only when its name says {@code .ll}; a {@code .o} that turns out to be text is
     * another file, not a unit to fail on.
     */
    void expandEntry(Origin origin, String label, String hint, int depth, Sink sink) throws IOException {
        expand(origin, label, hint, depth, false, sink);
    }

    private void expand(Origin origin, String label, String hint, int depth, boolean named, Sink sink)
            throws IOException {
        ByteBuffer head = origin.head();
        if (!head.hasRemaining()) {
            sink.skipped(label, "empty; nothing to read");
            return;
        }
        ContentKind format = decide(head, hint, label);
        switch (format) {
            case PLAIN -> {
                if (named || NameHints.isIr(hint)) sink.unit(new SourceUnit(label, bytesOf(origin, label)));
                else sink.other();
            }
            case BITCODE -> sink.unit(new SourceUnit(label, bytesOf(origin, label), SourceUnit.Format.BITCODE));
            case ELF -> object(ElfObject.read(bytesOf(origin, label), label), label, sink);
            case MACHO -> object(MachObject.read(bytesOf(origin, label), label), label, sink);
            case COFF -> sink.nativeObject(label, format.label());
            case GZIP, XZ, BZIP2, ZSTD -> decompress(origin, format, label, hint, depth, named, sink);
            case TAR -> {
                if (mayOpenArchive(depth, label, sink)) new TarWalker(this).walk(origin, label, depth, sink);
            }
            case ZIP -> {
                if (mayOpenArchive(depth, label, sink)) new ZipWalker(this).walk(origin, label, depth, sink);
            }
            case AR, AR_THIN -> {
                if (mayOpenArchive(depth, label, sink)) {
                    new ArWalker(this).walk(origin, bytesOf(origin, label), format == ContentKind.AR_THIN, label,
                            depth, sink);
                }
            }
        }
    }

    /**
     * An object's bitcode sections become units: one named as the file, or, when it has several
     * ({@code .llvmbc} and {@code .llvm.lto}), {@code file!/.llvmbc} and so on. Without any, the
     * object is listed as not part of LTO.
     */
    private static void object(ElfObject.Contents elf, String label, Sink sink) {
        if (elf.bitcode().isEmpty()) {
            sink.nativeObject(label, elf.kind());
            return;
        }
        for (ElfObject.Section s : elf.bitcode()) {
            String name = elf.bitcode().size() == 1 ? label : Labels.child(label, s.name());
            if (Sniffer.sniff(s.bytes()) != ContentKind.BITCODE) {
                sink.error(name, "the " + s.name() + " section does not hold LLVM bitcode");
            } else {
                sink.unit(new SourceUnit(name, s.bytes(), SourceUnit.Format.BITCODE));
            }
        }
    }

    /** Magic bytes first; the name only matters when there is no magic. */
    private static ContentKind decide(ByteBuffer head, String hint, String label) throws ReadFailure {
        ContentKind sniffed = Sniffer.sniff(head);
        if (sniffed != ContentKind.PLAIN) return sniffed;
        Optional<ContentKind> claimed = NameHints.claimed(hint);
        if (claimed.isEmpty() || !Sniffer.looksBinary(head)) return ContentKind.PLAIN;
        // Pre-POSIX tars have no magic; binary data named .tar is worth trying as one.
        if (claimed.get() == ContentKind.TAR) return ContentKind.TAR;
        throw new ReadFailure(label, "binary data that is not " + claimed.get().label()
                + ", though the name says it is");
    }

    private void decompress(Origin origin, ContentKind format, String label, String hint, int depth, boolean named,
                            Sink sink)
            throws IOException {
        try (InputStream raw = origin.openRaw()) {
            CountingInputStream compressed = new CountingInputStream(raw);
            InputStream decoded = new RatioGuard(Codecs.open(format, compressed, label), compressed::count,
                    budget, label);
            try (BufferedInputStream buffered = new BufferedInputStream(decoded, 8192)) {
                Origin.Streamed inner = new Origin.Streamed(buffered, -1, true);
                ByteBuffer head = inner.head();
                if (!head.hasRemaining()) {
                    sink.skipped(label, format.label() + " data that decompresses to nothing");
                    return;
                }
                ContentKind innerFormat = Sniffer.sniff(head);
                if (innerFormat.isCompression()) {
                    sink.skipped(label, innerFormat.label() + " data inside " + format.label()
                            + "; data compressed twice over is not opened");
                    return;
                }
                expand(inner, label, NameHints.decompressedName(hint), depth, named, sink);
            }
        }
    }

    private static boolean mayOpenArchive(int depth, String label, Sink sink) {
        if (depth <= MAX_ARCHIVE_DEPTH) return true;
        sink.skipped(label, "archive nested more than one level deep; not opened");
        return false;
    }

    /**
     * Whether an archive's entry named {@code name}, at {@code depth}, may be read: not if it is
     * named like an archive nested too deep, which is then reported as skipped (before the entry's
     * data is touched, as for an archive found by its content in {@link #expand}).
     */
    static boolean mayOpenEntry(String name, int depth, String entryLabel, Sink slot) {
        return !NameHints.isArchive(name) || mayOpenArchive(depth, entryLabel, slot);
    }

    private ByteBuffer bytesOf(Origin origin, String label) throws IOException {
        // Java 17 has no pattern switch; Origin is sealed to these three.
        if (origin instanceof Origin.OnDisk disk) return map(disk, label);
        if (origin instanceof Origin.InMemory held) return held.bytes();
        Origin.Streamed stream = (Origin.Streamed) origin;
        return BoundedRead.readAll(stream.in(), stream.sizeHint(), budget, label,
                stream.decompressed() ? "decompressed size" : "size");
    }

    /** Files are mapped, never copied: a 1 GB module must fit a 512 MB heap. */
    private ByteBuffer map(Origin.OnDisk disk, String label) throws IOException {
        try (FileChannel channel = FileChannel.open(disk.path(), StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new ReadFailure(label, "file is " + Sizes.format(size)
                        + "; files of 2 GiB or more cannot be read");
            }
            if (size > budget.limits().maxEntryBytes()) {
                throw new ReadFailure(label, "size " + Sizes.format(size) + " exceeds " + budget.entryLimitText());
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
    }
}
