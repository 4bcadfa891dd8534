package dev.irscope.source;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Builds every fixture in memory at test time, so no binary fixtures are committed. */
final class Fixtures {

    private Fixtures() {}

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(SourceUnit unit) {
        ByteBuffer bytes = unit.bytes();
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return new String(out, StandardCharsets.UTF_8);
    }

    static String ir(String name) {
        return "; ModuleID = '" + name + "'\ndefine void @" + name.replaceAll("\\W", "_") + "() {\n  ret void\n}\n";
    }

    interface Wrap {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    static byte[] encode(Wrap wrap, byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = wrap.wrap(bytes)) {
                out.write(data);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        return encode(GZIPOutputStream::new, data);
    }

    static byte[] xz(byte[] data) {
        return encode(out -> new XZOutputStream(out, new LZMA2Options()), data);
    }

    static byte[] bzip2(byte[] data) {
        return encode(BZip2CompressorOutputStream::new, data);
    }

    static byte[] zstd(byte[] data) {
        return encode(ZstdOutputStream::new, data);
    }

    /** By codec suffix: "gz", "xz", "bz2", "zst". */
    static byte[] compress(String suffix, byte[] data) {
        return switch (suffix) {
            case "gz" -> gzip(data);
            case "xz" -> xz(data);
            case "bz2" -> bzip2(data);
            case "zst" -> zstd(data);
            default -> throw new IllegalArgumentException(suffix);
        };
    }

    static Path write(Path dir, String name, byte[] data) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap bytes this thread has allocated so far: lets a test prove it did not hold a bomb. */
    static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /** Every path under {@code dir}, for "nothing was written" checks. */
    static List<String> tree(Path dir) {
        try (var paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tar written with commons-compress; entries kept in the order added. */
    static final class Tar {
        private final List<TarArchiveEntry> entries = new ArrayList<>();
        private final List<byte[]> data = new ArrayList<>();

        Tar file(String name, byte[] content) {
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setSize(content.length);
            entries.add(e);
            data.add(content);
            return this;
        }

        Tar file(String name, String content) {
            return file(name, utf8(content));
        }

        Tar special(String name, byte type, String linkName) {
            TarArchiveEntry e = new TarArchiveEntry(name, type, true);
            if (linkName != null) e.setLinkName(linkName);
            entries.add(e);
            data.add(new byte[0]);
            return this;
        }

        Tar symlink(String name, String target) {
            return special(name, TarConstants.LF_SYMLINK, target);
        }

        Tar hardlink(String name, String target) {
            return special(name, TarConstants.LF_LINK, target);
        }

        Tar fifo(String name) {
            return special(name, TarConstants.LF_FIFO, null);
        }

        Tar device(String name) {
            return special(name, TarConstants.LF_CHR, null);
        }

        Tar dir(String name) {
            entries.add(new TarArchiveEntry(name.endsWith("/") ? name : name + "/", true));
            data.add(new byte[0]);
            return this;
        }

        byte[] bytes() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
                    out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                    for (int i = 0; i < entries.size(); i++) {
                        out.putArchiveEntry(entries.get(i));
                        out.write(data.get(i));
                        out.closeArchiveEntry();
                    }
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A zip written with commons-compress; entries kept in the order added. */
    static final class Zip {
        private final List<ZipArchiveEntry> entries = new ArrayList<>();
        private final List<byte[]> data = new ArrayList<>();

        Zip file(String name, byte[] content) {
            entries.add(new ZipArchiveEntry(name));
            data.add(content);
            return this;
        }

        Zip file(String name, String content) {
            return file(name, utf8(content));
        }

        Zip stored(String name, byte[] content) {
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setMethod(ZipArchiveEntry.STORED);
            e.setSize(content.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            e.setCrc(crc.getValue());
            entries.add(e);
            data.add(content);
            return this;
        }

        Zip symlink(String name, String target) {
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setUnixMode(UnixStat.LINK_FLAG | 0777);
            entries.add(e);
            data.add(utf8(target));
            return this;
        }

        byte[] bytes() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
                    for (int i = 0; i < entries.size(); i++) {
                        out.putArchiveEntry(entries.get(i));
                        out.write(data.get(i));
                        out.closeArchiveEntry();
                    }
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
