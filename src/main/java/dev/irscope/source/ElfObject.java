package dev.irscope.source;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the LLVM bitcode an ELF file carries: {@code .llvmbc} (clang {@code -fembed-bitcode},
 * rustc's default rlib members) and {@code .llvm.lto} (clang {@code -ffat-lto-objects}). Only the
 * section header table is read; 32 and 64 bit, either byte order, extended section numbering.
 *
 * <p>Every offset and count comes from the file, so each is checked against the buffer before use
 * and the section count is capped: a lying header gives a one-line error, never an exception.
 */
final class ElfObject {

    /** Most sections looked at; real objects stay far below (a -ffunction-sections kernel unit: ~10^4). */
    static final int MAX_SECTIONS = 1 << 20;
    static final List<String> BITCODE_SECTIONS = List.of(".llvmbc", ".llvm.lto");

    private static final int SHT_NOBITS = 8;
    private static final long SHF_COMPRESSED = 0x800;
    private static final int SHN_XINDEX = 0xFFFF;

    /** One section holding bitcode; {@code bytes} is a slice of the file's buffer, not a copy. */
    record Section(String name, ByteBuffer bytes) {}

    /**
     * @param kind "ELF object", "ELF shared object", ... for the "not part of LTO" list
     * @param bitcode the bitcode sections, in section order; empty for a plain object
     */
    record Contents(String kind, List<Section> bitcode) {}

    private final ByteBuffer elf;
    private final boolean wide;
    private final FileFields f;

    private ElfObject(ByteBuffer elf, String label, boolean wide) {
        this.elf = elf;
        this.wide = wide;
        this.f = new FileFields(elf, label, "ELF");
    }

    static Contents read(ByteBuffer bytes, String label) throws ReadFailure {
        ByteBuffer elf = bytes.slice();
        FileFields checked = new FileFields(elf, label, "ELF");
        if (elf.limit() < 16) throw checked.truncated("identification");
        int elfClass = elf.get(4), data = elf.get(5);
        if (elfClass != 1 && elfClass != 2) throw checked.corrupt("unknown ELF class " + elfClass);
        if (data != 1 && data != 2) throw checked.corrupt("unknown ELF data encoding " + data);
        elf.order(data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        ElfObject o = new ElfObject(elf, label, elfClass == 2);
        return new Contents(o.kind(), o.bitcodeSections());
    }

    private String kind() throws ReadFailure {
        return switch (f.u16(16)) {
            case 1 -> "ELF object";
            case 2 -> "ELF executable";
            case 3 -> "ELF shared object";
            case 4 -> "ELF core file";
            default -> "ELF file";
        };
    }

    private List<Section> bitcodeSections() throws ReadFailure {
        long shoff = wide ? f.u64(0x28) : f.u32(0x20);
        int entsize = f.u16(wide ? 0x3A : 0x2E);
        long count = f.u16(wide ? 0x3C : 0x30);
        int strndx = f.u16(wide ? 0x3E : 0x32);
        if (shoff == 0) return List.of(); // no section table: nothing can hold bitcode
        int minEntry = wide ? 64 : 40;
        if (entsize < minEntry) throw f.corrupt("section header size " + entsize + " is below " + minEntry);
        // Extended numbering: section 0 holds the real count and string-table index.
        if (count == 0) count = field(shoff, wide ? 32 : 20, true);
        if (strndx == SHN_XINDEX) strndx = (int) Math.min(Integer.MAX_VALUE, f.u32(shoff + (wide ? 40 : 24)));
        if (count == 0) return List.of();
        if (count > MAX_SECTIONS) {
            throw f.corrupt(count + " sections; more than " + MAX_SECTIONS + " are not read");
        }
        if (shoff + count * entsize > elf.limit() || shoff < 0) {
            throw f.truncated("section header table (" + count + " entries at offset " + shoff + ")");
        }
        if (strndx >= count) throw f.corrupt("section name table index " + strndx + " is out of range");
        long strOff = field(header(shoff, entsize, strndx), wide ? 24 : 16, true);
        long strSize = field(header(shoff, entsize, strndx), wide ? 32 : 20, true);
        f.checkRange(strOff, strSize, "section name table");
        List<Section> found = new ArrayList<>();
        for (long i = 1; i < count; i++) {
            long h = header(shoff, entsize, i);
            String name = name(strOff, strSize, f.u32(h));
            if (!BITCODE_SECTIONS.contains(name)) continue;
            long type = f.u32(h + 4);
            long flags = field(h, 8, false);
            long offset = field(h, wide ? 24 : 16, true);
            long size = field(h, wide ? 32 : 20, true);
            if (type == SHT_NOBITS) continue;
            if ((flags & SHF_COMPRESSED) != 0) throw f.corrupt(name + " is compressed; not supported");
            f.checkRange(offset, size, name + " section");
            found.add(new Section(name, elf.slice((int) offset, (int) size)));
        }
        return found;
    }

    private static long header(long shoff, int entsize, long index) {
        return shoff + index * entsize;
    }

    /** A word-sized field (4 bytes in ELF32, 8 in ELF64) at {@code at + offset}. */
    private long field(long at, int offset, boolean unsigned) throws ReadFailure {
        long v = wide ? f.u64(at + offset) : f.u32(at + offset);
        if (unsigned && v < 0) throw f.corrupt("offset or size beyond 2^63");
        return v;
    }

    private String name(long strOff, long strSize, long index) throws ReadFailure {
        if (index >= strSize) throw f.corrupt("section name offset " + index + " is out of range");
        int start = (int) (strOff + index);
        int end = start;
        int limit = (int) (strOff + strSize);
        while (end < limit && elf.get(end) != 0) end++;
        byte[] raw = new byte[Math.min(end - start, 64)];
        elf.get(start, raw);
        return new String(raw, StandardCharsets.ISO_8859_1);
    }
}
