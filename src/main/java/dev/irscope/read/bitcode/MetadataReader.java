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
    final Map<String, long[]> named = new HashMap<>();
    /** Declaration attachments: value id -> [kind, node, kind, node, ...]. */
    final Map<Long, long[]> declAttachments = new HashMap<>();
    private final BitstreamCursor c;

    MetadataReader(BitstreamCursor c) {
        this.c = c;
    }

    /** Reads the block (the cursor is just inside it) to its end. */
    void read() throws BitcodeError {
        Rec r = new Rec(c);
        int next = 0;
        String pendingName = null;
        while (true) {
            int e = c.advance();
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
                    indexState = c.state();
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
                    if (code == 2 || code == 3 || code == 5) { // VALUE, NODE, DISTINCT_NODE: small, kept
                        long[] k = new long[r.size() + 1];
                        k[0] = code;
                        System.arraycopy(r.ops, 0, k, 1, r.size());
                        nodes.put(next, k);
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
        long[] k = nodes.get((int) id);
        if (k != null || index == null) return k;
        long i = id - stringCount;
        if (i < 0 || i >= index.length) return null;
        Rec r = new Rec(c);
        int code = c.readRecordAt(index[(int) i], indexState, r);
        k = new long[r.size() + 1];
        k[0] = code;
        System.arraycopy(r.ops, 0, k, 1, r.size());
        nodes.put((int) id, k);
        return k;
    }

    boolean isString(long id) {
        return id >= 0 && id < stringCount || oldStringIds.containsKey((int) Math.min(id, Integer.MAX_VALUE));
    }

    String string(long id) throws BitcodeError {
        Integer old = oldStringIds.get((int) Math.min(id, Integer.MAX_VALUE));
        if (old != null) return oldStrings.get(old);
        if (stringOffsets == null) decodeLengths();
        int i = (int) id;
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
