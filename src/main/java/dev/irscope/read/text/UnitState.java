package dev.irscope.read.text;

import dev.irscope.ir.Alias;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.Note;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one reader (of a whole unit, or of one part of a split read) has collected: the
 * input and its lexer, the header fields, the metadata the reader keeps, functions, aliases,
 * attribute groups and the rest. The phases ({@link Syntax}, {@link MetadataReader},
 * {@link FunctionHeaders}, {@link BodyScanner}) fill it; {@link ModuleBuilder} reads it; a split
 * read joins the parts' states (see IrReader.joinParts). Fields, not accessors: the phases run
 * over gigabytes and C1 compiles most reads (docs/performance.md).
 */
final class UnitState {
    final String file;
    final Bytes buf;
    final Lexer lx;
    final ReaderLimits limits;
    final Names names;

    String moduleId;
    String sourceFilename;
    String datalayout;
    String triple;
    boolean moduleAsm;
    final List<Integer> flagRefs = new ArrayList<>();
    final List<Integer> identRefs = new ArrayList<>();
    final Set<Integer> wanted = new HashSet<>();
    /** Where each wanted node is first referenced (a byte offset), for the error if it is never defined. */
    final Map<Integer, Integer> wantedAt = new HashMap<>();
    final BitSet wantedBits = new BitSet(); // the same ids, tested without boxing per line
    final Map<Integer, String> nodes = new HashMap<>();
    int firstNumberedMeta = -1;
    int firstNumberedMetaLine;

    final List<PendingFunction> functions = new ArrayList<>();
    final List<Alias> aliases = new ArrayList<>();
    final List<String> globalNames = new ArrayList<>(); // global variables', for summary gv entries
    final SummaryEntries summary;
    final Map<Integer, List<Attribute>> rawGroups = new HashMap<>();
    final List<String> comdats = new ArrayList<>();
    final Map<String, Note> unknown = new LinkedHashMap<>();
    /** Functions named by a {@code blockaddress(@f, ...)} outside metadata and callbr: their blocks have their address taken. */
    final Set<String> blockTargets = new HashSet<>();
    final Set<String> globalRefs = new HashSet<>(); // @names in global variables' initializers
    /** Off only in IrReader.readPlain: the shortcuts that must give what the token-by-token path gives. */
    boolean fastPaths = true;
    /** Whether a call has a {@code !dbg}: only then does the module keep a {@link DebugLocs} (and the bytes). */
    boolean sawDbg;

    /** {@code names} must be of the whole input {@code buf} is a part of, and used by this thread alone. */
    UnitState(String file, Bytes buf, ReaderLimits limits, Names names) {
        this.file = file;
        this.buf = buf;
        this.limits = limits;
        this.names = names;
        this.lx = new Lexer(file, buf);
        lx.maxLineBytes = limits.maxLineBytes();
        this.summary = new SummaryEntries(lx, limits.maxDepth());
    }
}
