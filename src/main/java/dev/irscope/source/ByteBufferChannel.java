package dev.irscope.source;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only seekable view of a buffer, so zip's random access works on in-memory bytes. */
final class ByteBufferChannel implements SeekableByteChannel {

    private final ByteBuffer bytes;
    private long position;
    private boolean open = true;

    ByteBufferChannel(ByteBuffer bytes) {
        this.bytes = bytes.duplicate();
    }

    @Override
    public int read(ByteBuffer dst) {
        int remaining = (int) Math.max(0, bytes.limit() - position);
        if (remaining == 0) return dst.hasRemaining() ? -1 : 0;
        int n = Math.min(remaining, dst.remaining());
        ByteBuffer src = bytes.duplicate();
        src.position((int) position).limit((int) position + n);
        dst.put(src);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) throw new IllegalArgumentException("negative position");
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return bytes.limit();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
