package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.LtoKind;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the textual IR of LTO bitcode ({@code llvm-dis} of what clang -flto=thin, clang -flto,
 * rustc -Clinker-plugin-lto and lld's distributed ThinLTO index write; see thinlto/generate.sh)
 * holds summary entries. They are read, they set the unit's LTO partition, they change nothing
 * else, and a malformed one is the located error llvm-as-22 gives for it.
 */
final class SummaryEntriesTest {
    private static final Path DIR = Path.of("src/test/resources/dev/irscope/read/text/thinlto");

    /**
     * The partition each sample's bitcode goes to. Checked against llvm-bcanalyzer-22 when the
     * samples were made: the thin ones and cxx_split22 hold GLOBALVAL_SUMMARY_BLOCK, the full ones
     * FULL_LTO_GLOBALVAL_SUMMARY_BLOCK, and cxx_split22's second module is its regular-LTO half.
     */
    private static final Map<String, LtoKind> KINDS = Map.of(
            "c_thin19.ll", LtoKind.THIN, "c_thin22.ll", LtoKind.THIN,
            "c_full19.ll", LtoKind.FULL, "c_full22.ll", LtoKind.FULL,
            "cxx_split22_0.ll", LtoKind.THIN, "cxx_split22_1.ll", LtoKind.FULL,
            "cxx_vtables22.ll", LtoKind.THIN, "cxx_index22.ll", LtoKind.THIN,
            "rust_thin.ll", LtoKind.THIN);

    @Test
    void samplesReadWithTheirPartition() throws IOException, ParseError {
        List<String> files;
        try (var s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ll")).sorted().toList();
        }
        assertEquals(KINDS.keySet().stream().sorted().toList(), files, "every sample has its expected kind");
        for (String name : files) {
            String text = Files.readString(DIR.resolve(name));
            Module m = IrReader.read(name, text);
            assertEquals(KINDS.get(name), m.header().lto(), name);
            assertTrue(text.contains("\n^0 = module: (path: "), name);
            // Without its summary lines the unit reads the same but for the partition.
            String without = text.lines().filter(l -> !l.startsWith("^")).map(l -> l + "\n").collect(Collectors.joining());
            Module plain = IrReader.read(name, without);
            assertEquals(LtoKind.UNKNOWN, plain.header().lto(), name);
            assertEquals(plain.functions(), m.functions(), name);
            assertEquals(plain.flags(), m.flags(), name);
            assertEquals(plain.notes(), m.notes(), name);
        }
        assertTrue(IrReader.read("x", Files.readString(DIR.resolve("c_thin22.ll"))).functions().size() >= 3);
    }

    @Test
    void everyEntryKindIsInTheSamples() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : KINDS.keySet()) all.append(Files.readString(DIR.resolve(name)));
        for (String kind : List.of("module", "gv", "typeid", "typeidCompatibleVTable", "flags", "blockcount")) {
            assertTrue(all.indexOf(" = " + kind + ": ") >= 0, kind);
        }
    }

    @Test
    void aSummaryReadInPartsJoinsAsOneRead() throws IOException, ParseError {
        byte[] bytes = Files.readAllBytes(DIR.resolve("cxx_vtables22.ll"));
        String plain = ModuleDump.of(IrReader.readPlain("v.ll", ByteBuffer.wrap(bytes), ReaderLimits.DEFAULTS));
        assertTrue(plain.contains("lto=THIN"), plain);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < bytes.length; i++) if (bytes[i] == '\n') starts.add(i + 1);
        for (int s : starts) {
            assertEquals(plain, ModuleDump.of(() -> IrReader.readPartsAt("v.ll", ByteBuffer.wrap(bytes), new int[] {0, s})),
                    "cut at " + s);
        }
        int[] own = IrReader.partStartsOf(ByteBuffer.wrap(bytes));
        assertEquals(plain, ModuleDump.of(() -> IrReader.readPartsAt("v.ll", ByteBuffer.wrap(bytes), own)));
    }

    private static final String HEAD = "define void @foo() {\n  ret void\n}\n\n";

    /** llvm-as-22's message and place for each malformed entry, found by running it on the same text. */
    @Test
    void malformedEntriesAreLocatedAsLlvmAsLocatesThem() {
        refused("^0 = ()", 5, 6, "unexpected summary kind");
        refused("^0 = foo: (path: \"x\")", 5, 6, "unexpected summary kind");
        refused("^0 = gv: )(", 5, 10, "expected '(' here");
        refused("^0 module: (path: \"x\", hash: (1, 2, 3, 4, 5))", 5, 4, "expected '=' here");
        refused("^0 = module (path: \"x\", hash: (1, 2, 3, 4, 5))", 5, 13, "expected ':' here");
        refused("^0 = flags 3", 5, 12, "expected ':' here");
        refused("^0 = flags: x", 5, 13, "expected integer");
        refused("^0 = blockcount: -1", 5, 18, "expected integer");
        refused("^0 = module: (path: \"x\", hash: (1, 2, 3, 4, 5)", 6, 1, "expected ')' here");
        refused("^0 = module: (path: \"x\", hash: (1, 2, 3, 4, 5)) junk", 5, 49, "expected top-level entity");
        refused("^99999999999 = gv: (name: \"foo\")", 5, 1, "invalid value number (too large)");
        refused("^0 = gv: (name: \"x\")", 5, 11, "Reference to undefined global \"x\"");
        refused("^0 = module: (path: \"x\", hash: (1, 2, 3, 4, 5))\n"
                + "^1 = gv: (name: \"foo\", summaries: (function: (module: ^0, flags: (linkage: external), insts: 4,"
                + " calls: ((callee: ^9, tail: 1), (callee: ^7, tail: 1)))))", 6, 137, "use of undefined summary '^7'");
    }

    private static void refused(String entries, int line, int col, String message) {
        ParseError e = assertThrows(ParseError.class, () -> IrReader.read("bad.ll", HEAD + entries + "\n"), entries);
        assertEquals("bad.ll:" + line + ":" + col + ": error: " + message, e.format().lines().findFirst().get(), entries);
    }

    @Test
    void entriesMaySpanLinesAndComeInAnyOrder() throws ParseError {
        Module m = IrReader.read("ok.ll", HEAD + "^1 = gv: (name: \"foo\", summaries: (function: (module: ^0,\n"
                + "    insts: 1))) ; guid = 1\n^0 = module: (path: \"x\",\n  hash: (0, 0, 0, 0, 0))\n^2 = flags: 8\n"
                + "^3 = blockcount: 0\n");
        assertEquals(LtoKind.THIN, m.header().lto());
        assertEquals(1, m.functions().size());
        assertEquals(11, m.lines());
    }

    @Test
    void theThinLtoModuleFlagDecidesTheSummaryBlock() throws ParseError {
        String flags = "!llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"ThinLTO\", i32 %s}\n";
        String summary = "^0 = module: (path: \"x\", hash: (0, 0, 0, 0, 0))\n";
        assertEquals(LtoKind.FULL, IrReader.read("f.ll", HEAD + flags.formatted("0") + summary).header().lto());
        assertEquals(LtoKind.THIN, IrReader.read("t.ll", HEAD + flags.formatted("1") + summary).header().lto());
        assertEquals(LtoKind.UNKNOWN, IrReader.read("u.ll", HEAD + flags.formatted("0")).header().lto());
    }

    @Test
    void aCaretIsNoOtherToken() {
        ParseError e = assertThrows(ParseError.class, () -> IrReader.read("bad.ll", HEAD + "^ = blockcount: 0\n"));
        assertEquals("bad.ll:5:1: error: expected a summary id after '^'", e.format().lines().findFirst().get());
        ParseError h = assertThrows(ParseError.class, () -> IrReader.read("bad.ll", "define void @f() ^3 {\n  ret void\n}\n"));
        assertTrue(h.getMessage().contains("'^3'"), h.format());
    }

    @Test
    void aCrLfSampleReadsAsItsLfSelf() throws IOException, ParseError {
        String text = Files.readString(DIR.resolve("c_thin22.ll"));
        Module lf = IrReader.read("c.ll", text);
        Module crlf = IrReader.read("c.ll", text.replace("\n", "\r\n"));
        assertEquals(ModuleDump.of(lf).replace("bytes " + lf.bytes(), ""), ModuleDump.of(crlf).replace("bytes " + crlf.bytes(), ""));
        assertEquals(StandardCharsets.UTF_8.encode(text.replace("\n", "\r\n")).remaining(), crlf.bytes());
    }
}
