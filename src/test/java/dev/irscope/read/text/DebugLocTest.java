package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.CallSite;
import dev.irscope.ir.DebugLoc;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Calls' {@code !dbg} locations, on units clang-19 and rustc compiled with {@code -g}
 * ({@code src/test/resources/debugloc/generate.sh}); the expected places are the ones opt-19
 * printed for the same calls in {@code remarks.yaml}.
 */
final class DebugLocTest {
    private static final Path DIR = Path.of("src/test/resources/debugloc");

    private static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(DIR.resolve(name));
    }

    private static List<CallSite> callsTo(Module m, String caller, String callee) {
        return m.function(caller).orElseThrow().body().calls().stream().filter(c -> c.callee().equals(callee)).toList();
    }

    @Test
    void clangCallsCarryTheirLineColumnAndFileAsOptRecordsThem() throws Exception {
        Module m = IrReader.read("caller.ll", ByteBuffer.wrap(bytes("caller.ll")));
        List<CallSite> calls = callsTo(m, "caller", "helper");
        // remarks.yaml: DebugLoc { File: caller.c, Line: 7, Column: 10 } (inside a lexical block) and Line: 9
        assertEquals(List.of(Optional.of(new DebugLoc("caller.c", "/src", 7, 10)), Optional.of(new DebugLoc("caller.c", "/src", 9, 10))),
                calls.stream().map(CallSite::debugLoc).toList());
        assertEquals("/src/caller.c", calls.get(0).debugLoc().orElseThrow().path());
        String yaml = Files.readString(DIR.resolve("remarks.yaml"));
        assertTrue(yaml.contains("DebugLoc:        { File: caller.c, Line: 7, Column: 10 }"), "the recorded remark moved: regenerate");
    }

    @Test
    void anInvokeOverTwoLinesTakesTheLocationFromItsSecondLine() throws Exception {
        Module m = IrReader.read("rcaller.ll", ByteBuffer.wrap(bytes("rcaller.ll")));
        CallSite c = callsTo(m, "rust_caller", "helper").get(0);
        assertEquals(dev.irscope.ir.CallKind.INVOKE, c.kind());
        assertEquals(Optional.of(new DebugLoc("rcaller.rs", "/src", 15, 14)), c.debugLoc());
    }

    @Test
    void callsWithoutDebugInfoHaveNoLocation() throws Exception {
        Module m = IrReader.read("t.ll", "define void @f() {\n  call void @g(), !tbaa !0\n  ret void\n}\ndeclare void @g()\n");
        assertEquals(Optional.empty(), m.function("f").orElseThrow().body().calls().get(0).debugLoc());
    }

    @Test
    void handWrittenNodesOutOfOrderAreFoundThroughTheIndex() throws Exception {
        String ir = """
                define void @f() {
                  call void @g(), !dbg !9
                  ret void
                }
                declare void @g()
                !9 = !DILocation(line: 4, scope: !3)
                !2 = !DIFile(filename: "a\\22b.c", directory: "")
                !3 = distinct !DILexicalBlock(scope: !5, file: !2, line: 3, column: 1)
                """;
        CallSite c = IrReader.read("t.ll", ir).function("f").orElseThrow().body().calls().get(0);
        assertEquals(Optional.of(new DebugLoc("a\"b.c", "", 4, 0)), c.debugLoc());
    }

    @Test
    void aLocationWhoseScopeHasNoFileIsLeftOut() throws Exception {
        String ir = "define void @f() {\n  call void @g(), !dbg !1\n  ret void\n}\ndeclare void @g()\n"
                + "!0 = distinct !DISubprogram(name: \"f\")\n!1 = !DILocation(line: 2, column: 3, scope: !0)\n";
        assertEquals(Optional.empty(), IrReader.read("t.ll", ir).function("f").orElseThrow().body().calls().get(0).debugLoc());
    }

    @Test
    void everyWayOfReadingFindsTheSameLocations() throws Exception {
        for (String name : List.of("caller.ll", "rcaller.ll")) {
            byte[] b = bytes(name);
            String whole = ModuleDump.of(IrReader.read(name, ByteBuffer.wrap(b)));
            assertTrue(whole.contains(" " + name.replace(".ll", ".")), name); // a dbg=!N printed with its place
            assertEquals(whole, ModuleDump.of(IrReader.readPlain(name, ByteBuffer.wrap(b), ReaderLimits.DEFAULTS)), name + " plain");
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i + 1 < b.length; i++) if (b[i] == '\n') starts.add(i + 1);
            for (int s : starts) {
                assertEquals(whole, ModuleDump.of(() -> IrReader.readPartsAt(name, ByteBuffer.wrap(b), new int[] {0, s})),
                        name + " in parts from " + s);
            }
        }
    }
}
