package dev.irscope.read.bitcode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads LLVM's bitstream container (BitCodeFormat.rst; llvm/Bitstream/BitstreamReader.h): bits
 * least significant first from little-endian 32-bit words, fixed and VBR fields, abbreviation ids,
 * ENTER_SUBBLOCK / END_BLOCK / DEFINE_ABBREV / UNABBREV_RECORD, the BLOCKINFO block, blobs, and
 * whole blocks skipped by their length word. Reads the ByteBuffer in place (64 bits at a time)
 * and checks every length against the input and {@link BitcodeLimits} before it allocates or
 * loops, so garbage ends in a {@link BitcodeError} that names the bit where reading failed.
 */
final class BitstreamCursor {
    // Standard abbreviation ids (BitCodeEnums.h, FixedAbbrevIDs).
    static final int END_BLOCK = 0, ENTER_SUBBLOCK = 1, DEFINE_ABBREV = 2, UNABBREV_RECORD = 3;
    /** {@link #advance} results besides a record's abbreviation id (which is >= 3). */
    static final int ENTRY_END = -1, ENTRY_SUBBLOCK = -2;
    static final int BLOCKINFO_BLOCK_ID = 0;
    private static final Abbrev[] NO_ABBREVS = new Abbrev[0];

    private final String name;
    private final ByteBuffer buf;
    private final int base;  // byte offset of the stream start in buf: alignment is relative to it
    private final int limit; // byte offset of the stream end
    final BitcodeLimits limits;

    private int next;   // next byte of buf to load into word
    private long word;  // unread bits, least significant first
    private int bits;   // number of unread bits in word

    private int width = 2; // abbreviation id width of the current block
    private Abbrev[] inherited = NO_ABBREVS; // the current block's BLOCKINFO abbreviations
    private ArrayList<Abbrev> local;         // its own DEFINE_ABBREVs, made on the first
    private int depth;
    private int[] widths = new int[8];
    private Abbrev[][] inheritedStack = new Abbrev[8][];
    private Object[] localStack = new Object[8];
    private long[] ends = new long[8];
    private final Map<Integer, List<Abbrev>> blockInfo = new HashMap<>();
    private long records;

    /** Stream bit of the abbreviation id of the entry {@link #advance} returned last. */
    long entryAt;

    /** The id of the block an {@link #advance} returned {@link #ENTRY_SUBBLOCK} for. */
    int blockId;

    BitstreamCursor(String name, ByteBuffer bytes, int base, int limit, BitcodeLimits limits) {
        this.name = name;
        this.buf = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.base = base;
        this.limit = limit;
        this.limits = limits;
        this.next = base;
    }

    /** A cursor over the same stream with no block state, at {@code bit} (for lazy re-reads). */
    BitstreamCursor copyAt(long bit) throws BitcodeError {
        BitstreamCursor c = new BitstreamCursor(name, buf, base, limit, limits);
        c.blockInfo.putAll(blockInfo);
        c.jumpTo(bit);
        return c;
    }

    String name() { return name; }

    ByteBuffer buffer() { return buf; }

    // ------------------------------------------------------------------ positions

    /** Bit offset from the start of the stream. */
    long position() {
        return (long) (next - base) * 8 - bits;
    }

    /** Bit offset from the start of the whole input buffer, as errors report it. */
    long absolute(long streamBit) {
        return streamBit + (long) base * 8;
    }

    boolean atEnd() {
        return bits == 0 && next >= limit || position() >= (long) (limit - base) * 8;
    }

    long endBit() {
        return (long) (limit - base) * 8;
    }

    void jumpTo(long bit) throws BitcodeError {
        if (bit < 0 || bit > endBit()) throw error("jump to bit " + bit + " outside the stream", position());
        next = base + (int) (bit >>> 3);
        word = 0;
        bits = 0;
        int skip = (int) (bit & 7);
        if (skip > 0) read(skip);
    }

    BitcodeError error(String message) {
        return error(message, position());
    }

    BitcodeError error(String message, long streamBit) {
        return new BitcodeError(name, absolute(streamBit), message);
    }

    // ------------------------------------------------------------------ bits

    private void refill() throws BitcodeError {
        int left = limit - next;
        if (left <= 0) throw error("unexpected end of bitcode (truncated input)");
        if (left >= 8) {
            word = buf.getLong(next);
            next += 8;
            bits = 64;
        } else {
            long w = 0;
            for (int i = 0; i < left; i++) w |= (buf.get(next + i) & 0xffL) << (8 * i);
            next += left;
            word = w;
            bits = 8 * left;
        }
    }

    /** A fixed field of {@code n} bits, 0 <= n <= 64. */
    long read(int n) throws BitcodeError {
        if (n <= bits) {
            if (n == 0) return 0;
            long r = n == 64 ? word : word & ((1L << n) - 1);
            word = n == 64 ? 0 : word >>> n;
            bits -= n;
            return r;
        }
        long r = word;
        int have = bits;
        refill();
        int need = n - have;
        if (need > bits) throw error("unexpected end of bitcode (truncated input)");
        long part = need == 64 ? word : word & ((1L << need) - 1);
        word = need == 64 ? 0 : word >>> need;
        bits -= need;
        return r | (part << have);
    }

    int read32(int n) throws BitcodeError {
        return (int) read(n);
    }

    /** A VBR field of chunk width {@code n}: the high bit of each chunk says another follows. */
    long readVbr(int n) throws BitcodeError {
        long chunk = read(n);
        long hi = 1L << (n - 1);
        if ((chunk & hi) == 0) return chunk;
        long r = chunk & (hi - 1);
        int shift = n - 1;
        while (true) {
            chunk = read(n);
            if (shift >= 64) throw error("VBR value longer than 64 bits");
            r |= (chunk & (hi - 1)) << shift;
            if ((chunk & hi) == 0) return r;
            shift += n - 1;
        }
    }

    /** Skips to the next multiple of 32 bits from the stream start. */
    void align32() throws BitcodeError {
        int skip = (int) ((32 - (position() & 31)) & 31);
        if (skip > 0) read(skip);
    }

    // ------------------------------------------------------------------ blocks

    int depth() { return depth; }

    /**
     * The next entry of the current block: {@link #ENTRY_END} (the block is left),
     * {@link #ENTRY_SUBBLOCK} (the id is in {@link #blockId}; call {@link #enterBlock} or
     * {@link #skipBlock}), or a record's abbreviation id for {@link #readRecord}. DEFINE_ABBREV
     * is handled here; a BLOCKINFO block is read here when {@code readBlockInfo}.
     */
    int advance() throws BitcodeError {
        while (true) {
            if (depth > 0 && position() >= ends[depth - 1]) {
                throw error("block runs past its declared length");
            }
            entryAt = position();
            int id = (int) read(width);
            switch (id) {
                case END_BLOCK -> {
                    exitBlock();
                    return ENTRY_END;
                }
                case ENTER_SUBBLOCK -> {
                    long v = readVbr(8);
                    if (v > Integer.MAX_VALUE) throw error("block id " + v + " out of range");
                    blockId = (int) v;
                    if (blockId == BLOCKINFO_BLOCK_ID) {
                        readBlockInfoBlock();
                        continue;
                    }
                    return ENTRY_SUBBLOCK;
                }
                case DEFINE_ABBREV -> defineAbbrev(null);
                default -> {
                    if (++records > limits.maxRecords()) {
                        throw error("more than " + limits.maxRecords() + " records (BitcodeLimits.maxRecords)");
                    }
                    return id;
                }
            }
        }
    }

    /** After {@link #advance} returned {@link #ENTRY_SUBBLOCK}: enters it. */
    void enterBlock() throws BitcodeError {
        long at = position();
        int w = (int) readVbr(4);
        align32();
        long words = read(32);
        long end = position() + words * 32;
        if (w < 1 || w > 32) throw error("abbreviation width " + w + " out of range", at);
        if (end > endBit()) throw error("block " + blockId + " is longer (" + words + " words) than the input", at);
        if (depth > 0 && end > ends[depth - 1]) throw error("block " + blockId + " runs past its parent block", at);
        if (depth >= limits.maxDepth()) throw error("blocks nested deeper than " + limits.maxDepth() + " (BitcodeLimits.maxDepth)", at);
        push(end);
        width = w;
        List<Abbrev> info = blockInfo.get(blockId);
        inherited = info == null ? NO_ABBREVS : info.toArray(NO_ABBREVS);
        local = new ArrayList<>(); // made here, so a State taken now sees the block's later definitions

    }

    /** After {@link #advance} returned {@link #ENTRY_SUBBLOCK}: jumps over it by its length word. */
    void skipBlock() throws BitcodeError {
        long at = position();
        readVbr(4);
        align32();
        long words = read(32);
        long end = position() + words * 32;
        if (end > endBit() || depth > 0 && end > ends[depth - 1]) {
            throw error("block " + blockId + " is longer (" + words + " words) than what holds it", at);
        }
        jumpTo(end);
    }

    /** Where the block being read ends (stream bits); the input's end at top level. */
    long blockEnd() {
        return depth > 0 ? ends[depth - 1] : endBit();
    }

    private void push(long end) {
        if (depth == widths.length) {
            int n = depth * 2;
            widths = java.util.Arrays.copyOf(widths, n);
            inheritedStack = java.util.Arrays.copyOf(inheritedStack, n);
            localStack = java.util.Arrays.copyOf(localStack, n);
            ends = java.util.Arrays.copyOf(ends, n);
        }
        widths[depth] = width;
        inheritedStack[depth] = inherited;
        localStack[depth] = local;
        ends[depth] = end;
        depth++;
    }

    @SuppressWarnings("unchecked")
    private void exitBlock() throws BitcodeError {
        if (depth == 0) throw error("END_BLOCK outside any block");
        align32();
        depth--;
        width = widths[depth];
        inherited = inheritedStack[depth];
        local = (ArrayList<Abbrev>) localStack[depth];
        inheritedStack[depth] = null;
        localStack[depth] = null;
    }

    /** The BLOCKINFO block (SETBID, then DEFINE_ABBREVs for that block id); names are ignored. */
    private void readBlockInfoBlock() throws BitcodeError {
        enterBlock();
        int target = -1;
        Rec r = new Rec(this);
        while (true) {
            if (position() >= ends[depth - 1]) throw error("BLOCKINFO block runs past its declared length");
            int id = (int) read(width);
            switch (id) {
                case END_BLOCK -> {
                    exitBlock();
                    return;
                }
                case ENTER_SUBBLOCK -> {
                    readVbr(8);
                    skipBlock();
                }
                case DEFINE_ABBREV -> {
                    if (target < 0) throw error("DEFINE_ABBREV in BLOCKINFO before SETBID");
                    defineAbbrev(blockInfo.computeIfAbsent(target, k -> new ArrayList<>()));
                }
                default -> {
                    int code = readRecord(id, r);
                    if (code == 1) { // SETBID
                        long b = r.get(0);
                        if (b < 0 || b > Integer.MAX_VALUE) throw error("SETBID block id out of range");
                        target = (int) b;
                    }
                }
            }
        }
    }

    private void defineAbbrev(List<Abbrev> into) throws BitcodeError {
        long at = position();
        int n = (int) Math.min(readVbr(5), Integer.MAX_VALUE);
        if (n > limits.maxRecordOperands()) throw error("abbreviation with " + n + " operands", at);
        byte[] kinds = new byte[n];
        long[] values = new long[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean literal = read(1) == 1;
            if (literal) {
                kinds[k] = Abbrev.LITERAL;
                values[k++] = readVbr(8);
                continue;
            }
            int e = (int) read(3);
            switch (e) {
                case 1, 2 -> {
                    long v = readVbr(5);
                    if (v > 64 || e == 2 && v == 1) throw error("abbreviation operand width " + v + " out of range", at);
                    if (v == 0) { // LLVM reads a zero-width field as the literal 0
                        kinds[k] = Abbrev.LITERAL;
                        values[k++] = 0;
                    } else {
                        kinds[k] = e == 1 ? Abbrev.FIXED : Abbrev.VBR;
                        values[k++] = v;
                    }
                }
                case 3 -> {
                    if (i != n - 2) throw error("abbreviation array not second to last", at);
                    kinds[k++] = Abbrev.ARRAY;
                }
                case 4 -> kinds[k++] = Abbrev.CHAR6;
                case 5 -> {
                    if (i != n - 1) throw error("abbreviation blob not last", at);
                    kinds[k++] = Abbrev.BLOB;
                }
                default -> throw error("abbreviation operand encoding " + e + " unknown", at);
            }
        }
        if (n == 0) throw error("abbreviation without operands", at);
        if (kinds[k - 1] == Abbrev.ARRAY) throw error("abbreviation array without element encoding", at);
        if (k >= 2 && kinds[k - 2] == Abbrev.ARRAY && (kinds[k - 1] == Abbrev.ARRAY || kinds[k - 1] == Abbrev.BLOB)) {
            throw error("abbreviation array of arrays or blobs", at);
        }
        Abbrev a = new Abbrev(kinds, values);
        if (into != null) {
            if (into.size() >= limits.maxAbbrevsPerBlock()) throw error("more than " + limits.maxAbbrevsPerBlock()
                    + " abbreviations for one block (BitcodeLimits.maxAbbrevsPerBlock)", at);
            into.add(a);
            return;
        }
        if (depth == 0) throw error("DEFINE_ABBREV outside any block", at);
        if (local == null) local = new ArrayList<>();
        if (inherited.length + local.size() >= limits.maxAbbrevsPerBlock()) throw error("more than "
                + limits.maxAbbrevsPerBlock() + " abbreviations in one block (BitcodeLimits.maxAbbrevsPerBlock)", at);
        local.add(a);
    }

    private Abbrev abbrev(int id) throws BitcodeError {
        int i = id - 4;
        if (i < inherited.length) return inherited[i];
        i -= inherited.length;
        if (local == null || i >= local.size()) throw error("abbreviation id " + id + " is not defined");
        return local.get(i);
    }

    /**
     * The abbreviations of the current block, to read one of its records again later. The list
     * of the block's own definitions is shared, not copied: it only grows, and an id names the
     * same abbreviation before and after a later definition.
     */
    record State(int width, Abbrev[] inherited, ArrayList<Abbrev> local) {}

    State state() {
        if (local == null) local = new ArrayList<>();
        return new State(width, inherited, local);
    }

    /**
     * Reads the record at stream bit {@code bit} with the abbreviations of {@code s}, then puts the
     * cursor back where it was: how metadata nodes are read through the metadata index.
     */
    int readRecordAt(long bit, State s, Rec r) throws BitcodeError {
        int sNext = next, sBits = bits, sWidth = width;
        long sWord = word;
        Abbrev[] sInherited = inherited;
        ArrayList<Abbrev> sLocal = local;
        try {
            jumpTo(bit);
            width = s.width();
            inherited = s.inherited();
            local = s.local();
            int id = (int) read(width);
            if (id < UNABBREV_RECORD) throw error("no record at the position an index gives");
            return readRecord(id, r);
        } finally {
            next = sNext;
            bits = sBits;
            word = sWord;
            width = sWidth;
            inherited = sInherited;
            local = sLocal;
        }
    }

    // ------------------------------------------------------------------ records

    /**
     * The next record of the current block into {@code r}, skipping nested blocks whole, or -1 at
     * the block's end: the loop every reader of a flat block runs.
     */
    int nextRecord(Rec r) throws BitcodeError {
        while (true) {
            int e = advance();
            if (e == ENTRY_END) return -1;
            if (e == ENTRY_SUBBLOCK) {
                skipBlock();
                continue;
            }
            int code = readRecord(e, r);
            return code < 0 ? Integer.MAX_VALUE : code; // a hostile code must not end the block early
        }
    }

    /** Reads the record of abbreviation id {@code id} into {@code r}; returns its code. */
    int readRecord(int id, Rec r) throws BitcodeError {
        r.start = position();
        r.n = 0;
        r.blobAt = -1;
        r.blobLength = 0;
        if (id == UNABBREV_RECORD) {
            long code = readVbr(6);
            long n = readVbr(6);
            if (n > limits.maxRecordOperands()) throw error("record with " + n + " operands (BitcodeLimits.maxRecordOperands)");
            if (n * 4 > endBit() - position() + 64) throw error("record of " + n + " operands is longer than the input");
            r.ensure((int) n);
            long[] ops = r.ops;
            for (int i = 0; i < n; i++) ops[i] = readVbr(6);
            r.n = (int) n;
            r.code = code > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) code;
            return r.code;
        }
        Abbrev a = abbrev(id);
        byte[] kinds = a.kinds();
        long[] values = a.values();
        long code = scalar(kinds[0], values[0]);
        if (kinds[0] == Abbrev.ARRAY || kinds[0] == Abbrev.BLOB) throw error("abbreviation starts with an array or a blob");
        for (int i = 1; i < kinds.length; i++) {
            byte k = kinds[i];
            if (k == Abbrev.ARRAY) {
                long n = readVbr(6);
                if (n + r.n > limits.maxRecordOperands()) throw error("record array of " + n + " elements (BitcodeLimits.maxRecordOperands)");
                if (n > endBit() - position() + 64) throw error("record array of " + n + " elements is longer than the input");
                byte ek = kinds[i + 1];
                long ev = values[i + 1];
                r.ensure(r.n + (int) n);
                long[] ops = r.ops;
                int at = r.n;
                if (ek == Abbrev.FIXED) {
                    int w = (int) ev;
                    for (int j = 0; j < n; j++) ops[at + j] = read(w);
                } else if (ek == Abbrev.CHAR6) {
                    for (int j = 0; j < n; j++) ops[at + j] = char6((int) read(6));
                } else {
                    for (int j = 0; j < n; j++) ops[at + j] = scalar(ek, ev);
                }
                r.n = at + (int) n;
                i++;
            } else if (k == Abbrev.BLOB) {
                long n = readVbr(6);
                if (n > limits.maxBlobBytes()) throw error("blob of " + n + " bytes (BitcodeLimits.maxBlobBytes)");
                align32();
                long from = position();
                if (from + n * 8 > endBit()) throw error("blob of " + n + " bytes runs past the end of the input");
                r.blobAt = base + (int) (from >>> 3);
                r.blobLength = (int) n;
                jumpTo(from + n * 8);
                align32();
            } else {
                r.add(scalar(k, values[i]));
            }
        }
        r.code = code > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) code;
        return r.code;
    }

    private long scalar(byte kind, long value) throws BitcodeError {
        return switch (kind) {
            case Abbrev.LITERAL -> value;
            case Abbrev.FIXED -> read((int) value);
            case Abbrev.VBR -> readVbr((int) value);
            case Abbrev.CHAR6 -> char6((int) read(6));
            default -> throw error("array or blob where a scalar was expected");
        };
    }

    private static long char6(int v) {
        if (v < 26) return 'a' + v;
        if (v < 52) return 'A' + v - 26;
        if (v < 62) return '0' + v - 52;
        return v == 62 ? '.' : '_';
    }

    /** {@code n} bytes of the input from byte {@code at} as UTF-8 text. */
    String text(int at, int n) {
        byte[] b = new byte[n];
        buf.get(at, b, 0, n);
        return new String(b, StandardCharsets.UTF_8);
    }

    byte byteAt(int at) {
        return buf.get(at);
    }
}
