package dev.irscope.read.bitcode;

import dev.irscope.ir.Module;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads LLVM bitcode into the same {@link Module} the text reader makes of the {@code .ll} that
 * {@code llvm-dis} prints for it, with no LLVM needed: the input is a raw bitcode stream
 * ({@code BC 0xC0DE}) or one behind the bitcode wrapper header ({@code 0x0B17C0DE}, offset and
 * size fields). A stream may hold several modules ({@code llvm-cat -b}): the first is named
 * {@code name}, the later ones {@code name#2}, {@code name#3}, ... Bitcode of LLVM 3.8 to 22 is
 * read; anything newer is read as far as it is known and what was skipped is in the module notes.
 * Truncated, corrupt or hostile input is a {@link BitcodeError}, bounded by {@link BitcodeLimits}.
 */
public final class BitcodeReader {
    private BitcodeReader() {}

    private static final int WRAPPER_MAGIC = 0x0B17C0DE;
    private static final int MODULE_BLOCK = 8, IDENTIFICATION_BLOCK = 13, STRTAB_BLOCK = 23;

    /** True if the bytes from the buffer's position start with the bitcode magic or the wrapper magic. */
    public static boolean isBitcode(ByteBuffer bytes) {
        int p = bytes.position();
        if (bytes.limit() - p < 4) return false;
        if (bytes.get(p) == 'B' && bytes.get(p + 1) == 'C' && (bytes.get(p + 2) & 0xff) == 0xC0
                && (bytes.get(p + 3) & 0xff) == 0xDE) {
            return true;
        }
        return bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(p) == WRAPPER_MAGIC;
    }

    public static List<Module> read(String name, ByteBuffer bytes, BitcodeLimits limits) throws BitcodeError {
        List<Module> out = new ArrayList<>();
        for (BitcodeUnit u : readUnits(name, bytes, limits)) out.add(u.module());
        return out;
    }

    /** {@link #read} with what bitcode has beyond the model: producer, epoch and call locations. */
    public static List<BitcodeUnit> readUnits(String name, ByteBuffer bytes, BitcodeLimits limits) throws BitcodeError {
        ByteBuffer b = bytes.slice().order(ByteOrder.LITTLE_ENDIAN); // offsets and bits count from the position
        int start = 0, end = b.limit();
        if (end >= 4 && b.getInt(0) == WRAPPER_MAGIC) {
            // struct { magic, version, offset, size, cputype } as little-endian 32-bit words
            if (end < 20) throw new BitcodeError(name, 0, "bitcode wrapper header shorter than 20 bytes");
            long off = Integer.toUnsignedLong(b.getInt(8));
            long size = Integer.toUnsignedLong(b.getInt(12));
            if (off < 20 || off + size > end) {
                throw new BitcodeError(name, 64, "bitcode wrapper offset " + off + " and size " + size
                        + " lie outside the " + end + " bytes of input");
            }
            start = (int) off;
            end = (int) (off + size);
        }
        if (end - start < 4 || b.get(start) != 'B' || b.get(start + 1) != 'C' || (b.get(start + 2) & 0xff) != 0xC0
                || (b.get(start + 3) & 0xff) != 0xDE) {
            throw new BitcodeError(name, start * 8L, "not LLVM bitcode (no 'BC' 0xC0DE magic)");
        }
        BitstreamCursor top = new BitstreamCursor(name, b, start, end, limits);
        top.jumpTo(32);
        // First pass over the top level: modules, their identification blocks, and the string
        // table that follows them (one table serves every module before it).
        record Found(long at, String producer, long epoch) {}
        List<Found> modules = new ArrayList<>();
        List<ModuleReader.Strtab> tables = new ArrayList<>();
        int withTable = 0;
        String producer = "";
        long epoch = 0;
        Rec r = new Rec(top);
        while (top.endBit() - top.position() >= 32) {
            long at = top.position();
            int id = (int) top.read(2);
            if (id == BitstreamCursor.END_BLOCK) break; // zero padding after the last block
            if (id != BitstreamCursor.ENTER_SUBBLOCK) throw top.error("expected a block at the top level", at);
            long v = top.readVbr(8);
            top.blockId = (int) Math.min(v, Integer.MAX_VALUE);
            if (v == MODULE_BLOCK) {
                modules.add(new Found(top.position(), producer, epoch));
                producer = "";
                top.skipBlock();
            } else if (v == IDENTIFICATION_BLOCK) {
                top.enterBlock();
                while (true) {
                    int e = top.advance();
                    if (e == BitstreamCursor.ENTRY_END) break;
                    if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                        top.skipBlock();
                        continue;
                    }
                    int code = top.readRecord(e, r);
                    if (code == 1) producer = r.string(0);
                    else if (code == 2) epoch = r.get(0);
                }
            } else if (v == STRTAB_BLOCK) {
                top.enterBlock();
                ModuleReader.Strtab t = null;
                while (true) {
                    int e = top.advance();
                    if (e == BitstreamCursor.ENTRY_END) break;
                    if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                        top.skipBlock();
                        continue;
                    }
                    if (top.readRecord(e, r) == 1 && r.blobAt >= 0) t = new ModuleReader.Strtab(r.blobAt, r.blobLength);
                }
                while (withTable < modules.size()) {
                    tables.add(t);
                    withTable++;
                }
            } else {
                top.skipBlock(); // SYMTAB and anything newer
            }
        }
        if (modules.isEmpty()) throw top.error("no module in the bitcode", top.position());
        while (tables.size() < modules.size()) tables.add(null);
        List<BitcodeUnit> out = new ArrayList<>(modules.size());
        for (int i = 0; i < modules.size(); i++) {
            Found f = modules.get(i);
            String n = i == 0 ? name : name + "#" + (i + 1);
            BitstreamCursor c = new BitstreamCursor(name, b, start, end, limits);
            c.jumpTo(f.at());
            c.blockId = MODULE_BLOCK;
            try {
                Module m = new ModuleReader(n, c, tables.get(i)).read(end - start);
                out.add(new BitcodeUnit(m, f.producer(), f.epoch()));
            } catch (StackOverflowError | RuntimeException e) {
                // Every check is meant to be explicit; this is the net under a missed one.
                throw new BitcodeError(name, c.absolute(c.position()), "malformed bitcode (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            }
        }
        return out;
    }
}
