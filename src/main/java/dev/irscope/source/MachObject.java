package dev.irscope.source;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bitcode a Mach-O file carries in its {@code __LLVM,__bitcode} section (clang
 * {@code -fembed-bitcode} for Darwin targets). Only the load commands are read: LC_SEGMENT and
 * LC_SEGMENT_64, 32 and 64 bit, either byte order. Every count and offset comes from the file
 * and is checked against the buffer first; the command count is capped.
 */
final class MachObject {

    static final int MAX_COMMANDS = 1 << 16;
    private static final int LC_SEGMENT = 0x1, LC_SEGMENT_64 = 0x19;

    private final ByteBuffer macho;
    private final boolean wide;
    private final FileFields f;

    private MachObject(ByteBuffer macho, String label, boolean wide) {
        this.macho = macho;
        this.wide = wide;
        this.f = new FileFields(macho, label, "Mach-O");
    }

    /** The bitcode sections (usually none or one) and what kind of file it is, as for ELF. */
    static ElfObject.Contents read(ByteBuffer bytes, String label) throws ReadFailure {
        ByteBuffer m = bytes.slice();
        if (m.limit() < 28) throw new FileFields(m, label, "Mach-O").truncated("header");
        // The magic read big-endian is FEEDFACx for big-endian files, CxFAEDFE for little-endian ones.
        int magic = m.getInt(0);
        boolean big = (magic & 0xFFFFFFF0) == 0xFEEDFAC0;
        m.order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        boolean wide = m.getInt(0) == 0xFEEDFACF;
        MachObject o = new MachObject(m, label, wide);
        String kind = switch (m.getInt(12)) {
            case 1 -> "Mach-O object";
            case 2 -> "Mach-O executable";
            case 6 -> "Mach-O dynamic library";
            default -> "Mach-O file";
        };
        return new ElfObject.Contents(kind, o.bitcodeSections());
    }

    private List<ElfObject.Section> bitcodeSections() throws ReadFailure {
        long commands = f.u32(16);
        long at = wide ? 32 : 28;
        if (commands > MAX_COMMANDS) {
            throw f.corrupt(commands + " load commands; more than "
                    + MAX_COMMANDS + " are not read");
        }
        List<ElfObject.Section> found = new ArrayList<>();
        for (long i = 0; i < commands; i++) {
            long cmd = f.u32(at), size = f.u32(at + 4);
            if (size < 8 || at + size > macho.limit()) throw f.truncated("load command " + i + " at offset " + at);
            if (cmd == LC_SEGMENT || cmd == LC_SEGMENT_64) segment(at, size, cmd == LC_SEGMENT_64, found);
            at += size;
        }
        return found;
    }

    private void segment(long at, long size, boolean seg64, List<ElfObject.Section> found) throws ReadFailure {
        int header = seg64 ? 72 : 56, entry = seg64 ? 80 : 68;
        if (size < header) throw f.truncated("segment command at offset " + at);
        long sections = f.u32(at + (seg64 ? 64 : 48));
        if (sections > (size - header) / entry) {
            throw f.corrupt(sections + " sections do not fit their segment command");
        }
        for (long s = 0; s < sections; s++) {
            long h = at + header + s * entry;
            if (!name(h).equals("__bitcode") || !name(h + 16).equals("__LLVM")) continue;
            long length = seg64 ? f.u64(h + 40) : f.u32(h + 36);
            long offset = f.u32(h + (seg64 ? 48 : 40));
            if (length < 0 || offset + length > macho.limit()) {
                throw f.truncated("__LLVM,__bitcode section (" + length + " bytes at offset " + offset + ")");
            }
            found.add(new ElfObject.Section("__LLVM,__bitcode", macho.slice((int) offset, (int) length)));
        }
    }

    private String name(long at) throws ReadFailure {
        f.checkRange(at, 16, "section name");
        byte[] raw = new byte[16];
        macho.get((int) at, raw);
        int end = 0;
        while (end < 16 && raw[end] != 0) end++;
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }
}
