package dev.irscope.read.bitcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module-level METADATA_BLOCK, read only as far as the model needs it: the named nodes
 * {@code !llvm.module.flags} and {@code !llvm.ident}, the nodes they reach, and the attachments of
 * function declarations (METADATA_GLOBAL_DECL_ATTACHMENT). Debug info is most of a {@code -g}
 * module's bytes: when the writer put an index in the block (METADATA_INDEX_OFFSET, written for
 * blocks of more than a few nodes), the reader jumps over every node to the index and the named
 * nodes after it, and later reads just the nodes it wants at the positions the index gives, as
 * LLVM's lazy metadata loader does (MetadataLoader::lazyLoadModuleMetadataBlock). Without an index
 * it reads the block record by record, keeping only generic nodes and values.
 */
final class MetadataReader {
    /** Codes that do not define a metadata id (MetadataCodes in LLVMBitCodes.h). */
    private static boolean definesNoId(int code) {
        return code == 4 || code == 6 || code == 10 || code == 11 || code == 35 || code == 36 || code == 38
                || code == 39;
    }

    private int stringCount;
    private int stringsBlob = -1;  // byte offset of the strings' length stream
    private int stringsChars;      // byte offset of the characters
    private int[] stringOffsets;   // decoded on first use
    private final List<String> oldStrings = new ArrayList<>(); // METADATA_STRING_OLD, by id order
    private final Map<Integer, Integer> oldStringIds = new HashMap<>();
    /** Kept records of the nodes read in order: id -> {code, ops...}. */
    private final Map<Integer, long[]> nodes = new HashMap<>();
    private long[] index;          // stream bit of node (strings + i), from METADATA_INDEX
    private BitstreamCursor.State indexState;
    private long[] positions = new long[64]; // without an index: stream bit of every node record, by id
    private int count;             // metadata ids the block defines (strings included)
    final Map<String, long[]> named = new HashMap<>();
    /** Declaration attachments: value id -> [kind, node, kind, node, ...]. */
    final Map<Long, long[]> declAttachments = new HashMap<>();
    private final BitstreamCursor c;
    private final int base;               // first id of this block: 0, or after the module's for a function's
    private final MetadataReader parent;  // the module's, for a function's block
    private int stringBase;
    /** Function blocks: ids (from {@link #base}) of LocalAsMetadata (a VALUE naming an argument or instruction). */
    private final java.util.BitSet locals = new java.util.BitSet();
    private final ValueTable values;

    MetadataReader(BitstreamCursor c) {
        this(c, null, null);
    }

    /**
     * A function's METADATA_BLOCK: LLVM's writer puts there the strings and nodes only that
     * function reaches (distinct DISubprograms, their scopes, MDString operands of its calls),
     * numbered after the module's, and the LocalAsMetadata of its values.
     */
    MetadataReader(BitstreamCursor c, MetadataReader parent, ValueTable values) {
        this.c = c;
        this.parent = parent;
        this.base = parent == null ? 0 : parent.count();
        this.values = values;
    }

    /** Reads the block (the cursor is just inside it) to its end. */
    void read() throws BitcodeError {
        Rec r = new Rec(c);
        int next = base;
        String pendingName = null;
        indexState = c.state();
        while (true) {
            count = next;
            int e = c.advance();
            long at = c.entryAt;
            if (e == BitstreamCursor.ENTRY_END) return;
            if (e == BitstreamCursor.ENTRY_SUBBLOCK) {
                c.skipBlock();
                continue;
            }
            int code = c.readRecord(e, r);
            switch (code) {
                case 35 -> { // STRINGS: [count, offset] blob: vbr6 lengths, then the characters
                    int n = r.index(0);
                    int off = r.index(1);
                    if (r.blobAt < 0 || off > r.blobLength) throw r.error("METADATA_STRINGS without its blob");
                    if (n > r.blobLength * 8L) throw r.error("METADATA_STRINGS count " + n + " larger than its blob");
                    stringCount = n;
                    stringBase = next;
                    stringsBlob = r.blobAt;
                    stringsChars = r.blobAt + off;
                    stringLimit = r.blobAt + r.blobLength;
                    next += n;
                }
                case 1 -> { // STRING_OLD: one string per record
                    oldStringIds.put(next, oldStrings.size());
                    oldStrings.add(r.string(0));
                    next++;
                }
                case 38 -> { // INDEX_OFFSET: [lo32, hi32] from here to the INDEX record
                    if (r.size() != 2) throw r.error("METADATA_INDEX_OFFSET must have 2 operands");
                    if (base != 0) break; // only the module block's index is used
                    long begin = c.position();
                    long target = begin + (r.get(0) | (r.get(1) << 32));
                    if (target <= begin || target > c.blockEnd()) throw r.error("METADATA_INDEX_OFFSET points outside its block");
                    c.jumpTo(target);
                    int ie = c.advance();
                    if (ie < BitstreamCursor.UNABBREV_RECORD || c.readRecord(ie, r) != 39) {
                        throw r.error("METADATA_INDEX_OFFSET does not point at METADATA_INDEX");
                    }
                    index = new long[r.size()];
                    long pos = begin;
                    for (int i = 0; i < r.size(); i++) {
                        pos += r.ops[i];
                        index[i] = pos;
                    }
                    next += r.size();
                }
                case 4 -> pendingName = r.string(0); // NAME, then NAMED_NODE
                case 10 -> {
                    if (pendingName != null) named.put(pendingName, java.util.Arrays.copyOf(r.ops, r.size()));
                    pendingName = null;
                }
                case 36 -> { // GLOBAL_DECL_ATTACHMENT: [valueid, n x [kind, node]]
                    if (r.size() % 2 == 1) declAttachments.put(r.get(0), java.util.Arrays.copyOfRange(r.ops, 1, r.size()));
                }
                default -> {
                    if (definesNoId(code)) break;
                    if (code == 2 && values != null && r.size() >= 2 && values.valid(r.get(1))) {
                        byte k = values.kind((int) r.get(1));
                        if (k == ValueTable.ARG || k == ValueTable.INST) locals.set(next - base);
                    }
                    if (code == 46) locals.set(next - base); // ARG_LIST: a DIArgList of local values
                    if (code == 2 || code == 3 || code == 5) { // VALUE, NODE, DISTINCT_NODE: small, kept
                        long[] k = new long[r.size() + 1];
                        k[0] = code;
                        System.arraycopy(r.ops, 0, k, 1, r.size());
                        nodes.put(next, k);
                    }
                    if (index == null) {
                        int i = next - base;
                        if (i >= positions.length) positions = java.util.Arrays.copyOf(positions, Math.max(i + 1, positions.length * 2));
                        positions[i] = at;
                    }
                    next++;
                }
            }
        }
    }

    private int stringLimit;

    /** Metadata {@code id} as {code, ops...}: a kept node, one read through the index, or null. */
    long[] node(long id) throws BitcodeError {
        if (id < 0 || id > Integer.MAX_VALUE) return null;
        if (id < base) return parent.node(id);
        long[] k = nodes.get((int) id);
        if (k != null) return k;
        long at;
        if (index != null) {
            long i = id - stringCount;
            if (i < 0 || i >= index.length) return null;
            at = index[(int) i];
        } else {
            int i = (int) id - base;
            if (id >= count || isString(id) || i >= positions.length || positions[i] == 0) return null;
            at = positions[i];
        }
        Rec r = new Rec(c);
        int code = c.readRecordAt(at, indexState, r);
        k = new long[r.size() + 1];
        k[0] = code;
        System.arraycopy(r.ops, 0, k, 1, r.size());
        nodes.put((int) id, k);
        return k;
    }

    /** Whether metadata {@code id} wraps one of the function's own values (LocalAsMetadata, DIArgList). */
    boolean isLocal(long id) {
        return id >= base && id - base < Integer.MAX_VALUE && locals.get((int) (id - base));
    }

    /** Metadata ids of the module block: function-local metadata are numbered from here. */
    int count() {
        return count;
    }

    boolean isString(long id) {
        if (id < base) return parent.isString(id);
        return id >= stringBase && id < stringBase + stringCount
                || oldStringIds.containsKey((int) Math.min(id, Integer.MAX_VALUE));
    }

    String string(long id) throws BitcodeError {
        if (id < base) return parent.string(id);
        Integer old = oldStringIds.get((int) Math.min(id, Integer.MAX_VALUE));
        if (old != null) return oldStrings.get(old);
        if (stringOffsets == null) decodeLengths();
        int i = (int) (id - stringBase);
        if (i < 0 || i >= stringCount) throw c.error("metadata " + id + " is not a string");
        int from = stringOffsets[i], to = stringOffsets[i + 1];
        if (stringsChars + (long) to > stringLimit) throw c.error("metadata string " + id + " runs past its blob");
        return c.text(stringsChars + from, to - from);
    }

    private void decodeLengths() throws BitcodeError {
        BitstreamCursor lengths = new BitstreamCursor(c.name(), c.buffer(), stringsBlob, stringsChars, c.limits);
        int[] offs = new int[stringCount + 1];
        long total = 0;
        for (int i = 0; i < stringCount; i++) {
            total += lengths.readVbr(6);
            if (total > Integer.MAX_VALUE) throw c.error("metadata strings longer than 2 GiB");
            offs[i + 1] = (int) total;
        }
        stringOffsets = offs;
    }
}
