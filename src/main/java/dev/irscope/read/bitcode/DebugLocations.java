package dev.irscope.read.bitcode;

import dev.irscope.ir.DebugLoc;
import dev.irscope.ir.DebugRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the calls' FUNC_CODE_DEBUG_LOC records ([line, column, scope + 1, inlinedAt + 1, ...])
 * to file, directory, line and column only when asked, as the text reader's DebugLocs does for
 * {@code !dbg}: the scope (DISubprogram, DILexicalBlock, DILexicalBlockFile) names a DIFile whose
 * filename and directory are metadata strings. Nodes are read through the module metadata
 * reader, lazily, so a {@code -g} module pays only for the locations someone asks about.
 */
final class DebugLocations implements DebugRef.Resolver {
    private long[] records = new long[48]; // line, column, scope id + 1 per location
    private int size;
    private final java.util.List<MetadataReader> readers = new java.util.ArrayList<>(); // per location
    private final Map<MetadataReader, Map<Long, Optional<String[]>>> files = new HashMap<>();

    /** Keeps a location and the metadata (its function's, else the module's) its scope is in; its id for {@link DebugRef#of}. */
    int add(long line, long column, long scope, MetadataReader md) {
        readers.add(md);
        if (size * 3 + 3 > records.length) records = java.util.Arrays.copyOf(records, records.length * 2);
        records[size * 3] = line;
        records[size * 3 + 1] = column;
        records[size * 3 + 2] = scope;
        return size++;
    }

    @Override
    public synchronized Optional<DebugLoc> location(int id) {
        if (id < 0 || id >= size || readers.get(id) == null) return Optional.empty();
        MetadataReader md = readers.get(id);
        long scope = records[id * 3 + 2];
        Optional<String[]> f = scope > 0
                ? files.computeIfAbsent(md, k -> new HashMap<>()).computeIfAbsent(scope - 1, s -> file(md, s))
                : Optional.empty();
        return f.map(x -> new DebugLoc(x[0], x[1], (int) records[id * 3], (int) records[id * 3 + 1]));
    }

    /** The {filename, directory} of a scope's DIFile (METADATA_SUBPROGRAM file at 4, LEXICAL_BLOCK(_FILE) at 2). */
    private static Optional<String[]> file(MetadataReader md, long scope) {
        try {
            long[] n = md.node(scope);
            if (n == null) return Optional.empty();
            int at = switch ((int) n[0]) {
                case 21 -> 5;      // SUBPROGRAM: [flags, scope, name, linkageName, file, ...] (+1 for the code)
                case 22, 23 -> 3;  // LEXICAL_BLOCK: [distinct, scope, file, ...]; LEXICAL_BLOCK_FILE likewise
                case 16 -> -1;     // a DIFile itself
                default -> 0;
            };
            if (at == 0 || at > 0 && (n.length <= at || n[at] == 0)) return Optional.empty();
            long[] f = at < 0 ? n : md.node(n[at] - 1);
            if (f == null || f[0] != 16 || f.length < 4) return Optional.empty();
            String name = f[2] > 0 && md.isString(f[2] - 1) ? md.string(f[2] - 1) : "";
            String dir = f[3] > 0 && md.isString(f[3] - 1) ? md.string(f[3] - 1) : "";
            return Optional.of(new String[] {name, dir});
        } catch (BitcodeError e) {
            return Optional.empty(); // a location is a nicety: a broken node only loses it
        }
    }
}
