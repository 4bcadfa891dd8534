package dev.irscope.source;

import java.nio.ByteBuffer;

/**
 * Decides a {@link ContentKind} from the first bytes, because names lie: a gzip file saved as
 * {@code x.ll} is still gzip, and a build's {@code .o} may be bitcode, an ELF object with bitcode
 * inside, or plain machine code.
 */
final class Sniffer {

    /** Bytes to look at: covers the tar magic at 257 and a fair sample for the text check. */
    static final int HEAD = 512;

    private static final byte[] GZIP = {0x1f, (byte) 0x8b};
    private static final byte[] XZ = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0x00};
    private static final byte[] BZIP2 = {'B', 'Z', 'h'};
    private static final byte[] ZSTD = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] USTAR = {'u', 's', 't', 'a', 'r'};
    private static final int USTAR_OFFSET = 257;
    private static final byte[] BITCODE = {'B', 'C', (byte) 0xC0, (byte) 0xDE};
    private static final byte[] BITCODE_WRAPPER = {(byte) 0xDE, (byte) 0xC0, 0x17, 0x0B};
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F'};
    private static final byte[] AR = {'!', '<', 'a', 'r', 'c', 'h', '>', '\n'};
    private static final byte[] AR_THIN = {'!', '<', 't', 'h', 'i', 'n', '>', '\n'};
    // Mach-O, 32 and 64 bit, either byte order (llvm/BinaryFormat/Magic.cpp).
    private static final byte[][] MACHO = {
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
        {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}};
    // COFF object machine types: i386, x86-64, ARMv7 Thumb, ARM64 (IMAGE_FILE_MACHINE_*).
    private static final int[] COFF_MACHINES = {0x14c, 0x8664, 0x1c4, 0xaa64};

    private Sniffer() {}

    /** The format the magic bytes announce, or {@link ContentKind#PLAIN} if none does. */
    static ContentKind sniff(ByteBuffer head) {
        if (startsWith(head, 0, GZIP)) return ContentKind.GZIP;
        if (startsWith(head, 0, XZ)) return ContentKind.XZ;
        if (startsWith(head, 0, ZSTD)) return ContentKind.ZSTD;
        if (startsWith(head, 0, ZIP) || startsWith(head, 0, ZIP_EMPTY)) return ContentKind.ZIP;
        if (startsWith(head, USTAR_OFFSET, USTAR)) return ContentKind.TAR;
        if (startsWith(head, 0, BITCODE) || startsWith(head, 0, BITCODE_WRAPPER)) return ContentKind.BITCODE;
        if (startsWith(head, 0, ELF)) return ContentKind.ELF;
        if (startsWith(head, 0, AR)) return ContentKind.AR;
        if (startsWith(head, 0, AR_THIN)) return ContentKind.AR_THIN;
        for (byte[] magic : MACHO) if (startsWith(head, 0, magic)) return ContentKind.MACHO;
        if (isCoffObject(head)) return ContentKind.COFF;
        // "BZh" alone is plausible text, so also require the block-size digit 1-9.
        if (startsWith(head, 0, BZIP2) && head.remaining() > 3) {
            byte level = head.get(head.position() + 3);
            if (level >= '1' && level <= '9') return ContentKind.BZIP2;
        }
        return ContentKind.PLAIN;
    }

    /** Text has no NUL bytes; every binary format we care about does, early on. */
    static boolean looksBinary(ByteBuffer head) {
        for (int i = head.position(); i < head.limit(); i++) {
            if (head.get(i) == 0) return true;
        }
        return false;
    }

    /**
     * A COFF object has no magic, only a machine type; so also ask for what an object's file
     * header always has: a sane section count, no optional header, and NUL bytes (binary).
     */
    private static boolean isCoffObject(ByteBuffer head) {
        int base = head.position();
        if (head.limit() - base < 20) return false;
        int machine = u16le(head, base);
        boolean known = false;
        for (int m : COFF_MACHINES) known |= m == machine;
        if (!known) return false;
        int sections = u16le(head, base + 2);
        int optionalHeader = u16le(head, base + 16);
        return sections > 0 && sections < 0xFF00 && optionalHeader == 0 && looksBinary(head);
    }

    private static int u16le(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8;
    }

    private static boolean startsWith(ByteBuffer head, int offset, byte[] magic) {
        int base = head.position() + offset;
        if (head.limit() - base < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (head.get(base + i) != magic[i]) return false;
        }
        return true;
    }
}
