package dev.irscope.read.text;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The bytes of one unit as the reader sees them: {@code get(i)}, a little-endian {@code getLong(i)}
 * and a limit, each index checked against that limit as {@link ByteBuffer} checks it (the same
 * {@link IndexOutOfBoundsException}). Why not the ByteBuffer itself: every access of a mapped
 * buffer also passes its memory-session and byte-order layers, which C2 mostly folds away but C1,
 * the only compiler {@code bin/irscope} runs for inputs under 1 GiB, does not; read through
 * {@code sun.misc.Unsafe} after our own bounds check, a C1 newline scan ran 2x faster
 * (docs/performance.md, perf5). Where that is not safe to use (no Unsafe, a big-endian or
 * alignment-strict machine, a JDK from 23 on, which deprecates its memory access for removal and
 * warns at run time), or when {@code -Dirscope.bytes=buffer} asks, every access goes to the buffer.
 * The buffer path is a subclass, not a flag tested in each access: C1 inlines a method of at most
 * 35 bytes of bytecode, which one path fits and both did not, and while no subclass is loaded it
 * binds calls to this class's methods directly (class hierarchy analysis; an abstract method it
 * would not bind).
 */
sealed class Bytes permits Bytes.Buffered {
    private static final sun.misc.Unsafe U = unsafe();
    private static final long ADDRESS = fieldOffset(U, Buffer.class, "address", long.class); // a direct buffer's index 0
    private static final long HEAP_ARRAY = fieldOffset(U, ByteBuffer.class, "hb", byte[].class); // a heap buffer's array
    private static final long HEAP_OFFSET = fieldOffset(U, ByteBuffer.class, "offset", int.class); // its index 0 in hb
    private static final long ARRAY_BASE = U == null ? 0 : sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET;

    /** Whether reads go through Unsafe. */
    static final boolean RAW = U != null && ADDRESS >= 0 && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
            && Runtime.version().feature() < 23 && unalignedOk(System.getProperty("os.arch", ""))
            && !"buffer".equals(System.getProperty("irscope.bytes"));

    final ByteBuffer buf; // little-endian; holding it keeps a mapped file mapped while this lives
    final int limit;
    private final Object base; // the array, or null for off-heap memory (and in Buffered)
    private final long offset; // of index 0: into the array, or the address

    private Bytes(ByteBuffer buf, Object base, long offset) {
        this.buf = buf;
        this.limit = buf.limit();
        this.base = base;
        this.offset = offset;
    }

    /** The bytes from index 0 to the limit of {@code b} (its position is ignored, as by absolute gets). */
    static Bytes of(ByteBuffer b) {
        if (!RAW) return buffered(b);
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (le.isDirect()) return new Bytes(le, null, U.getLong(le, ADDRESS));
        if (le.hasArray()) return new Bytes(le, le.array(), ARRAY_BASE + le.arrayOffset());
        if (HEAP_ARRAY >= 0 && HEAP_OFFSET >= 0 && U.getObject(le, HEAP_ARRAY) instanceof byte[] array) {
            // Read-only heap: every input SourceUnit hands over, stdin and decompressed ones included.
            // hasArray() hides the array to keep it unwritten; reading it is all this does.
            return new Bytes(le, array, ARRAY_BASE + U.getInt(le, HEAP_OFFSET));
        }
        byte[] copy = new byte[le.limit()]; // a JDK whose heap buffers keep their bytes elsewhere
        le.get(0, copy);
        return new Bytes(ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN), copy, ARRAY_BASE);
    }

    /** The buffer path, whatever {@link #RAW} says; tests use it too (loading it makes calls here virtual). */
    static Bytes buffered(ByteBuffer b) {
        return new Buffered(b.duplicate().order(ByteOrder.LITTLE_ENDIAN));
    }

    final int limit() {
        return limit;
    }

    /** The same bytes up to {@code newLimit} (at most this limit). */
    Bytes upTo(int newLimit) {
        Objects.checkFromToIndex(0, newLimit, limit);
        return new Bytes(buf.duplicate().limit(newLimit).order(ByteOrder.LITTLE_ENDIAN), base, offset);
    }

    /** The byte at {@code i}. */
    byte get(int i) {
        return U.getByte(base, offset + Objects.checkIndex(i, limit));
    }

    /** The eight bytes from {@code i}, the first in the lowest bits. */
    long getLong(int i) {
        return U.getLong(base, offset + Objects.checkIndex(i, limit - 7)); // i + 8 <= limit
    }

    /** Copies {@code [from, from + n)} into {@code dst} from index 0. */
    void get(int from, byte[] dst, int n) {
        Objects.checkFromIndexSize(from, n, limit);
        Objects.checkFromIndexSize(0, n, dst.length);
        U.copyMemory(base, offset + from, dst, ARRAY_BASE, n);
    }

    /** Through the buffer's own absolute gets. */
    static final class Buffered extends Bytes {
        private Buffered(ByteBuffer buf) {
            super(buf, null, 0);
        }

        @Override
        Bytes upTo(int newLimit) {
            Objects.checkFromToIndex(0, newLimit, limit);
            return new Buffered(buf.duplicate().limit(newLimit).order(ByteOrder.LITTLE_ENDIAN));
        }

        @Override
        byte get(int i) {
            return buf.get(i);
        }

        @Override
        long getLong(int i) {
            return buf.getLong(i);
        }

        @Override
        void get(int from, byte[] dst, int n) {
            buf.get(from, dst, 0, n);
        }
    }

    private static boolean unalignedOk(String arch) {
        return arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64");
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // a JDK without it, or one that refuses: the buffer path
        }
    }

    /** Where field {@code name} of {@code in} sits in an object, or -1 if it is missing or not a {@code type}. */
    @SuppressWarnings("deprecation") // objectFieldOffset: supported for fields of ordinary classes
    private static long fieldOffset(sun.misc.Unsafe u, Class<?> in, String name, Class<?> type) {
        if (u == null) return -1;
        try {
            Field f = in.getDeclaredField(name);
            return f.getType() == type ? u.objectFieldOffset(f) : -1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
