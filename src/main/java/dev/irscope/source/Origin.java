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
 * Where the bytes of one thing come from. A regular file can be mapped and re-opened; anything
 * else (stdin, an archive entry, a decompressed stream) is a stream read once, front to back.
 */
sealed interface Origin {

    /** The first {@link Sniffer#HEAD} bytes (fewer if it is shorter), without consuming them. */
    ByteBuffer head() throws IOException;

    /** The raw bytes from the start. Closing it never closes a stream this origin does not own. */
    InputStream openRaw() throws IOException;

    /** Whether the bytes already came through a decompressor; only changes message wording. */
    boolean decompressed();

    /** A regular file on disk: mapped for plain IR, streamed for compressed data and archives. */
    record OnDisk(Path path) implements Origin {

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
}
