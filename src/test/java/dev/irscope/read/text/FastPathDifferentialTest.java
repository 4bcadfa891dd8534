package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.Samples;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts (a metadata run crossed a word at a time, the rest of a call argument
 * skipped without tokens) against {@link IrReader#readPlain}, the reading without them, on real
 * units edited one byte at a time where the shortcuts look: call lines and metadata lines get a
 * byte the lexer treats specially (brackets, quotes, sigils, a comment, a newline, a byte that
 * is an error). Both readings must give the same module or the same located error. Seeds are
 * fixed, so a failure names an input that can be rebuilt.
 */
final class FastPathDifferentialTest {
    private static final byte[] SPECIAL = "(),[]{}<>\"@%$#;+-.!*=:|\\^'`~/?&\n\t\r0aZ_ c".getBytes(StandardCharsets.US_ASCII);
    private static final ReaderLimits SMALL = new ReaderLimits(120, 3, 1000, 100);
    private static final ReaderLimits SHALLOW = new ReaderLimits(1 << 20, 1, 1000, 100);

    @Test
    void editedSamplesReadTheSameBothWays() throws IOException {
        List<Path> units;
        try (Stream<Path> s = Files.walk(Samples.ROOT)) {
            units = s.filter(p -> p.toString().endsWith(".ll")).sorted().toList();
        }
        int compared = 0;
        int errors = 0;
        for (Path unit : units) {
            byte[] bytes = Files.readAllBytes(unit);
            List<int[]> targets = targets(bytes);
            if (targets.isEmpty()) continue;
            Random r = new Random(unit.getFileName().toString().hashCode());
            for (int k = 0; k < 12; k++) {
                int[] line = targets.get(r.nextInt(targets.size()));
                byte[] edited = bytes.clone();
                int at = line[0] + r.nextInt(line[1] - line[0]);
                byte b = r.nextInt(8) == 0 ? (byte) (0x80 + r.nextInt(0x80)) : SPECIAL[r.nextInt(SPECIAL.length)];
                edited[at] = b;
                for (ReaderLimits limits : new ReaderLimits[] {ReaderLimits.DEFAULTS, SMALL, SHALLOW}) {
                    String plain = ModuleDump.of(() -> IrReader.readPlain("e.ll", ByteBuffer.wrap(edited), limits));
                    String fast = ModuleDump.of(() -> IrReader.read("e.ll", ByteBuffer.wrap(edited), limits));
                    assertEquals(plain, fast, unit + " with byte " + (b & 0xff) + " at offset " + at);
                    compared++;
                    if (plain.startsWith("error ")) errors++;
                }
            }
        }
        // Both kinds of outcome must be well represented, or the test proves little.
        assertTrue(compared > 1000, "compared " + compared);
        assertTrue(errors > compared / 10 && errors < compared * 9 / 10, errors + " errors of " + compared);
    }

    @Test
    void trickyArgumentsReadTheSameBothWays() {
        String[] args = {
            "i32 1, ptr byval({ [2 x { i8 }] }) %x", "i32 1, ptr elementtype(i32] %x), i32 2", "i32 1 ] , i32 2",
            "i32 1 +2", "double 1.0e+10, i32 2", "ptr @ , i32 1", "ptr @\"q\", i32 1", "i32 #x, i32 #1, i32 #dbg",
            "i32 1 ; comment", "i32 1 \u00e9", "i8 c\"a,b)\", i32 2", "ptr %\"a)b\", i32 2", "i32 1, ptr \"a\nb\", i32 1",
            "i32 1, <2 x i32> <i32 1, i32 2>, [1 x [1 x [1 x i8]]] zeroinitializer", "i32 1, ptr (i32 (i32 (i32", "i32 1, ptr \"open",
            "ptr nonnull align 8 dereferenceable(16) %x, i64 noundef 8", "i32 1 !, i32 2", "i32 1 ..., i32 2", "i32 1, i32 - 2",
            "i32 1, ptr blockaddress(@f, %bb)", "i32 1, {}", "i32 1, ptr @-, i32 $x, i32 $",
        };
        int errors = errorsReadingBothWays(args, a -> "define void @f() {\nbb:\n  %r = call i32 @g(" + a + ") #0, !dbg !1\n  ret void\n}\n"
                + "attributes #0 = { cold }\n");
        assertTrue(errors > 10 && errors < args.length * 3 - 10, errors + " errors");
    }

    @Test
    void trickyCallLinesReadTheSameBothWays() {
        String[] lines = {
            "%r = call %struct.S @g(i32 1)", "%r = call %struct.S* @g(i32 1)", "%r = call %struct.S  *  @g(i32 1)",
            "call void @g() #1234567890", "call void @g() #12abc", "call void @g() #", "call void @g() #3 #4, !dbg !1",
            "call $x void @g()", "call void $ @g()", "call @T(i32 7) @g(i32 1)", "call %T (i32) @g(i32 1)",
            "call void asm sideeffect \"nop\", \"\"()", "call void @g() [ \"deopt\"(i32 1) ]",
            "invoke void @g() to label %a unwind label %b", "invoke void @g() #2\n          to label %a unwind label %b",
            "call void @g() nounwind", "call void @g() 42", "call void @g() ; a comment", "call void @g()\r",
            "call { i32, i32 } @g()", "call <2 x i32> @g()", "call [2 x i8] @g()", "call {}* @g()", "call void @g({ i32 } %x)",
            "call void @g(%struct.S %x)", "call void @g(%struct.S* %x)", "call void @g(%\"q\" %x)", "call void @g(<2 x i8>* %x)",
            "call void @\"quoted name\"(i32 1)", "call void @\"a\\22b\"()", "call void @\"unterminated()",
            "call range(i32 0, 10) i32 @g()", "call noundef nonnull align 8 dereferenceable(16) ptr @g()",
            "call void bitcast (ptr @g to ptr)()", "call void @g(i32 1, ...)", "call cc 10 void @g()", "call fastcc void @g()",
            "call void @g(i32 +1)", "call void @g(c\"x\" 1)", "musttail call void @g()", "notail call void @g()",
            "tail call void %p(i32 1)", "call void @g(i32 1", "call void @g(i32 1) #1 @h", "call void @ g()", "call void @g (i32 1)",
            "call void @g(i32 1)) #1", "call ptr addrspace(1) @g()", "call void @g() #1,", "call void (i32, ...) @g(i32 1)",
            "call void @g(ptr byval({ [2 x { i8 }] }) %x)", "call [1 x [1 x [1 x i8]]] @g()", "call void @g(@h)", "call void @g(ptr @-)",
            "call \u00e9 void @g()", "call void asm @g()", "call void asm sideeffect @g()", "call void @g(i32 1) \u00e9", "call void @g#1()", "call void @g() !dbg !1",
        };
        int errors = errorsReadingBothWays(lines, l -> "define void @f() {\nbb:\n  " + l + "\n  ret void\n}\nattributes #1 = { cold }\n");
        assertTrue(errors > 10 && errors < lines.length * 3 - 30, errors + " errors");
    }

    /**
     * Reads each of {@code pieces}, put in a unit by {@code unit}, with and without the shortcuts
     * under three sets of limits, asserts the same outcome, and counts the outcomes that are errors.
     */
    private static int errorsReadingBothWays(String[] pieces, java.util.function.UnaryOperator<String> unit) {
        int errors = 0;
        for (String piece : pieces) {
            byte[] bytes = unit.apply(piece).getBytes(StandardCharsets.UTF_8);
            for (ReaderLimits limits : new ReaderLimits[] {ReaderLimits.DEFAULTS, SMALL, SHALLOW}) {
                String plain = ModuleDump.of(() -> IrReader.readPlain("t.ll", ByteBuffer.wrap(bytes), limits));
                assertEquals(plain, ModuleDump.of(() -> IrReader.read("t.ll", ByteBuffer.wrap(bytes), limits)), piece + " " + limits);
                if (plain.startsWith("error ")) errors++;
            }
        }
        return errors;
    }

    @Test
    void partsAndTheTwoThreadBuildReadTheSame() throws ParseError {
        // An undefined group is an error at its first use in file order, whichever half of the
        // two-thread build meets it.
        StringBuilder b = new StringBuilder("target triple = \"x86_64-unknown-linux-gnu\"\n");
        for (int i = 0; i < 12; i++) {
            String g = i % 4 == 0 ? " #7" : " #0";
            b.append("define void @f").append(i).append("()").append(g).append(" {\n")
                    .append("  call void @g(i32 ").append(i).append(")").append(i % 3 == 0 ? " #9" : " #1").append("\n")
                    .append("  call void @g(i32 1) nounwind #1\n")
                    .append(i == 2 ? "  store ptr blockaddress(@f9, %x), ptr null\n" : "") // a later part's function
                    .append("  ret void\n}\n");
        }
        // an earlier part's function, from the last part
        b.append("@t = constant ptr blockaddress(@f1, %x)\n");
        b.append("declare void @g(i32)\nattributes #0 = { nounwind }\nattributes #1 = { cold }\n");
        String clean = b.toString().replace("#7", "#0").replace("#9", "#1");
        String lateBad = clean.replace("call void @g(i32 11) #1", "call void @g(i32 11) #1 #5"); // the second half's
        for (String text : new String[] {b.toString(), clean, lateBad}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String plain = ModuleDump.of(() -> IrReader.readPlain("p.ll", ByteBuffer.wrap(bytes), ReaderLimits.DEFAULTS));
            List<Integer> defines = defineStarts(text);
            for (int k = 1; k < defines.size(); k++) {
                int[] starts = {0, defines.get(k)};
                assertEquals(plain, ModuleDump.of(() -> IrReader.readPartsAt("p.ll", ByteBuffer.wrap(bytes), starts)), "cut at " + starts[1]);
            }
            int[] all = new int[defines.size()];
            for (int k = 1; k < defines.size(); k++) all[k] = defines.get(k);
            assertEquals(plain, ModuleDump.of(() -> IrReader.readPartsAt("p.ll", ByteBuffer.wrap(bytes), all)), "cut at every define");
        }
        assertTrue(ModuleDump.of("p.ll", ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)))
                .startsWith("error p.ll:2:19: error: use of undefined attribute group '#7'"));
        String late = ModuleDump.of("p.ll", ByteBuffer.wrap(lateBad.getBytes(StandardCharsets.UTF_8)));
        assertTrue(late.startsWith("error p.ll:" + (lateBad.substring(0, lateBad.indexOf("#5")).split("\n", -1).length)
                + ":27: error: use of undefined attribute group '#5'"), late);
        Module m = IrReader.readPartsAt("p.ll", ByteBuffer.wrap(clean.getBytes(StandardCharsets.UTF_8)),
                new int[] {0, clean.indexOf("define void @f5")});
        List<String> taken = m.functions().stream().filter(f -> f.body().blockAddress()).map(Function::name).toList();
        assertEquals(List.of("f1", "f9"), taken);
    }

    /**
     * Everything the parts of a split read hold must join as one read would have it: header fields
     * set in middle parts (the last setting wins), aliases, comdats and notes with their lines, an
     * attribute group redefined by a later part, block addresses across parts.
     */
    @Test
    void everyKindOfStateJoinsAcrossParts() {
        String text = "; ModuleID = 'm'\nsource_filename = \"a.c\"\n"
                + "define void @f0() #0 {\n  call void @g() #1\n  ret void\n}\n"
                + "attributes #0 = { nounwind }\n$c1 = comdat any\n@a1 = alias void (), ptr @f0\n"
                + "define void @f1() #0 {\n  call void @g() wobbly\n  ret void\n}\n"
                + "target triple = \"x86_64-unknown-linux-gnu\"\nsource_filename = \"b.c\"\n"
                + "define void @f2() #2 {\n  store ptr blockaddress(@f0, %x), ptr null\n  ret void\n}\n"
                + "attributes #0 = { cold }\n@a2 = alias void (), ptr @f2\n$c2 = comdat any\n"
                + "define void @f3() #0 {\n  call void @g() wobbly sticky\n  ret void\n}\n"
                + "declare void @g()\nattributes #1 = { nounwind }\nattributes #2 = { sticky }\n"
                + "!llvm.ident = !{!0}\n!0 = !{!\"clang\"}\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String plain = ModuleDump.of(() -> IrReader.readPlain("j.ll", ByteBuffer.wrap(bytes), ReaderLimits.DEFAULTS));
        List<Integer> cuts = defineStarts(text);
        cuts.add(text.indexOf("!llvm.ident"));
        for (int mask = 1; mask < 1 << cuts.size(); mask++) { // every subset of the cut points
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int k = 0; k < cuts.size(); k++) if ((mask & 1 << k) != 0) starts.add(cuts.get(k));
            int[] at = starts.stream().mapToInt(Integer::intValue).toArray();
            assertEquals(plain, ModuleDump.of(() -> IrReader.readPartsAt("j.ll", ByteBuffer.wrap(bytes), at)),
                    "cut at " + starts);
        }
        assertTrue(plain.contains("unknown attribute 'wobbly'") && plain.contains("sticky"), plain);
        assertTrue(plain.contains("b.c") && !plain.contains("a.c"), plain);
    }

    /** Where each {@code define} line but a first-line one starts: the cut points a split read may use. */
    private static List<Integer> defineStarts(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf("\ndefine"); i >= 0; i = text.indexOf("\ndefine", i + 1)) out.add(i + 1);
        return out;
    }

    /** [start, end) of every call line and every numbered metadata line. */
    private static List<int[]> targets(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int ls = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i < b.length && b[i] != '\n') continue;
            String line = new String(b, ls, i - ls, StandardCharsets.ISO_8859_1);
            if (i > ls && (line.contains(" call ") || line.contains("invoke ") || line.startsWith("!"))) out.add(new int[] {ls, i});
            ls = i + 1;
        }
        return out;
    }
}
