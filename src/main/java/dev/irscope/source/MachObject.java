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
    private final String label;
    private final boolean wide;

    private MachObject(ByteBuffer macho, String label, boolean wide) {
        this.macho = macho;
        this.label = label;
        this.wide = wide;
    }

    /** The bitcode sections (usually none or one) and what kind of file it is, as for ELF. */
    static ElfObject.Contents read(ByteBuffer bytes, String label) throws ReadFailure {
        ByteBuffer m = bytes.slice();
        if (m.limit() < 28) throw truncated(label, "Mach-O header");
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
        long commands = u32(16);
        long at = wide ? 32 : 28;
        if (commands > MAX_COMMANDS) {
            throw new ReadFailure(label, "corrupt Mach-O file: " + commands + " load commands; more than "
                    + MAX_COMMANDS + " are not read");
        }
        List<ElfObject.Section> found = new ArrayList<>();
        for (long i = 0; i < commands; i++) {
            long cmd = u32(at), size = u32(at + 4);
            if (size < 8 || at + size > macho.limit()) throw truncated(label, "load command " + i + " at offset " + at);
            if (cmd == LC_SEGMENT || cmd == LC_SEGMENT_64) segment(at, size, cmd == LC_SEGMENT_64, found);
            at += size;
        }
        return found;
    }

    private void segment(long at, long size, boolean seg64, List<ElfObject.Section> found) throws ReadFailure {
        int header = seg64 ? 72 : 56, entry = seg64 ? 80 : 68;
        if (size < header) throw truncated(label, "segment command at offset " + at);
        long sections = u32(at + (seg64 ? 64 : 48));
        if (sections > (size - header) / entry) {
            throw new ReadFailure(label, "corrupt Mach-O file: " + sections + " sections do not fit their segment command");
        }
        for (long s = 0; s < sections; s++) {
            long h = at + header + s * entry;
            if (!name(h).equals("__bitcode") || !name(h + 16).equals("__LLVM")) continue;
            long length = seg64 ? u64(h + 40) : u32(h + 36);
            long offset = u32(h + (seg64 ? 48 : 40));
            if (length < 0 || offset + length > macho.limit()) {
                throw truncated(label, "__LLVM,__bitcode section (" + length + " bytes at offset " + offset + ")");
            }
            found.add(new ElfObject.Section("__LLVM,__bitcode", macho.slice((int) offset, (int) length)));
        }
    }

    private String name(long at) throws ReadFailure {
        need(at, 16);
        byte[] raw = new byte[16];
        macho.get((int) at, raw);
        int end = 0;
        while (end < 16 && raw[end] != 0) end++;
        return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    }

    private long u32(long at) throws ReadFailure {
        need(at, 4);
        return macho.getInt((int) at) & 0xFFFFFFFFL;
    }

    private long u64(long at) throws ReadFailure {
        need(at, 8);
        return macho.getLong((int) at);
    }

    private void need(long at, int n) throws ReadFailure {
        if (at < 0 || at + n > macho.limit()) throw truncated(label, "header field at offset " + at);
    }

    private static ReadFailure truncated(String label, String what) {
        return new ReadFailure(label, "truncated Mach-O file: " + what + " lies past its end");
    }
}
