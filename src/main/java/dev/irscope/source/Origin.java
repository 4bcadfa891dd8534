package dev.irscope.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the bytes of one thing come from. A regular file can be mapped and re-opened; a member of
 * an ar archive or an object's section is a slice of bytes already in memory (or mapped); anything
 * else (stdin, a tar or zip entry, a decompressed stream) is a stream read once, front to back.
 */
sealed interface Origin {

    /** The first {@link Sniffer#HEAD} bytes (fewer if it is shorter), without consuming them. */
    ByteBuffer head() throws IOException;

    /** The raw bytes from the start. Closing it never closes a stream this origin does not own. */
    InputStream openRaw() throws IOException;

    /** Whether the bytes already came through a decompressor; only changes message wording. */
    boolean decompressed();

    /**
     * A regular file on disk: mapped for plain IR, bitcode, objects and ar archives, streamed for
     * compressed data, tar and zip.
     *
     * @param root the input the user named (a folder, or a named file's folder): the thin archive
     *     members read from disk must lie inside it; absolute and normalized
     * @param walked the files a folder walk reads itself (absolute, normalized), so thin archive
     *     members that are among them are not read twice; empty for a named file
     */
    record OnDisk(Path path, Path root, java.util.Set<Path> walked) implements Origin {

        public OnDisk {
            root = root.toAbsolutePath().normalize();
            walked = java.util.Set.copyOf(walked);
        }

        /** A file named by the user: its own folder is the root. */
        static OnDisk named(Path path) {
            Path parent = path.toAbsolutePath().normalize().getParent();
            return new OnDisk(path, parent == null ? path.toAbsolutePath() : parent, java.util.Set.of());
        }

        @Override
        public ByteBuffer head() throws IOException {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                ByteBuffer head = ByteBuffer.allocate(Sniffer.HEAD);
                while (head.hasRemaining() && channel.read(head) >= 0) {
                    // keep reading: a channel may return short counts
                }
                return head.flip();
            }
        }

        @Override
        public InputStream openRaw() throws IOException {
            return new BufferedInputStream(Files.newInputStream(path), 8192);
        }

        @Override
        public boolean decompressed() {
            return false;
        }
    }

    /**
     * A stream read once. {@code in} must support mark/reset for {@link #head()}.
     *
     * @param sizeHint declared size if known, else -1; sizes buffers, is never trusted
     */
    record Streamed(BufferedInputStream in, long sizeHint, boolean decompressed) implements Origin {

        /** Buffers {@code source} without taking ownership of it. */
        static Streamed of(InputStream source, long sizeHint, boolean decompressed) {
            return new Streamed(new BufferedInputStream(new CountingInputStream(source), 8192),
                    sizeHint, decompressed);
        }

        @Override
        public ByteBuffer head() throws IOException {
            in.mark(Sniffer.HEAD);
            byte[] head = in.readNBytes(Sniffer.HEAD);
            in.reset();
            return ByteBuffer.wrap(head);
        }

        @Override
        public InputStream openRaw() {
            return new CountingInputStream(in);
        }
    }

    /**
     * Bytes already held: a slice of a mapped file or of a buffer read with the caps. Reading it
     * copies nothing and costs no budget (its bytes were charged when they were read).
     */
    record InMemory(ByteBuffer bytes) implements Origin {

        public InMemory {
            bytes = bytes.slice().asReadOnlyBuffer();
        }

        @Override
        public ByteBuffer head() {
            return bytes.slice(0, Math.min(Sniffer.HEAD, bytes.limit()));
        }

        @Override
        public InputStream openRaw() {
            return java.nio.channels.Channels.newInputStream(new ByteBufferChannel(bytes));
        }

        @Override
        public boolean decompressed() {
            return false;
        }
    }
}
