package dev.irscope.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.compat.Engine;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.link.Program;
import dev.irscope.read.text.IrReader;
import dev.irscope.source.SourceUnit;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cut of real clang-19 output built with -g (src/test/resources/report/dbg.c): debug info must
 * go without leaving a reference behind, while globals, internal callees, TBAA and loop metadata
 * stay valid.
 */
class ReproCutterTest {
    static final Path DIR = Path.of("src/test/resources/report");

    static SourceUnit unit(String name) throws Exception {
        return new SourceUnit(name, ByteBuffer.wrap(Files.readAllBytes(DIR.resolve(name))));
    }

    static Verdict edge() throws Exception {
        Module callee = IrReader.read("dbg.ll", unit("dbg.ll").bytes());
        Module caller = IrReader.read("dbg_caller.ll", unit("dbg_caller.ll").bytes());
        List<Verdict> vs = new Engine().evaluate(new Program(List.of(caller, callee)), 19);
        assertEquals(1, vs.size());
        return vs.get(0);
    }

    static Repro repro() throws Exception {
        return Repro.of(edge(), unit("dbg_caller.ll"), unit("dbg.ll"));
    }

    @Test
    void debugInfoIsGoneAndNothingDangles() throws Exception {
        Repro r = repro();
        for (String t : List.of(r.callerText(), r.calleeText())) {
            assertFalse(t.contains("!dbg"), t);
            assertFalse(t.contains("#dbg_"), t);
            assertFalse(t.contains("!DI"), t);
            assertFalse(t.contains("llvm.dbg"), t);
            // every !N used is defined
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("!(\\d+)").matcher(t.replaceAll("\"[^\"]*\"", ""));
            while (m.find()) assertTrue(t.contains("\n!" + m.group(1) + " = "), "!" + m.group(1) + " dangles in\n" + t);
        }
    }

    @Test
    void globalsAndLocalCalleesBecomeDeclarationsAndMetadataIsKept() throws Exception {
        String t = repro().calleeText();
        assertTrue(t.contains("\n@greeting = external unnamed_addr constant [6 x i8]\n"), t);
        assertFalse(t.contains("@counter"), "only what helper_sum names directly: " + t);
        assertTrue(t.contains("\ndeclare fastcc i32 @bump(i32 noundef %by) unnamed_addr #1\n"), t);
        assertTrue(t.contains("\n!51 = distinct !{!51, !53, !54}\n"), "loop metadata without its DILocations: " + t);
        assertTrue(t.contains("\n!44 = !{!\"Simple C/C++ TBAA\"}\n"), t);
        assertTrue(t.contains("\n  %0 = load i32, ptr %arrayidx, align 4, !tbaa !41\n"), t);
        assertTrue(t.contains("!llvm.module.flags = "), t);
        assertFalse(t.contains("!llvm.dbg.cu"), t);
        assertEquals(1, IrReader.read("dbg.ll", t).definedCount());
    }

    @Test
    void theCutStillRefusesForTheSameReason() throws Exception {
        Verdict full = edge();
        assertEquals(Status.BLOCKED, full.status());
        Repro r = repro();
        List<Verdict> vs = new Engine().evaluate(new Program(List.of(IrReader.read(r.callerFile(), r.callerText()),
                IrReader.read(r.calleeFile(), r.calleeText()))), 19);
        assertEquals(1, vs.size());
        assertEquals(full.blockers().get(0).rule().id(), vs.get(0).blockers().get(0).rule().id());
        assertEquals(full.llvmRemark(), vs.get(0).llvmRemark());
    }

    @Test
    void declarationsDropWhatADeclarationMayNotCarry() {
        assertEquals("declare hidden void @f(ptr %p) #3",
                ReproCutter.declare("define linkonce_odr hidden void @f(ptr %p) #3 comdat section \".text.f\" personality ptr @p !dbg !7 {", "@f", "@f"));
        assertEquals("declare i32 @alias(i32 %x)", ReproCutter.declare("define internal i32 @t(i32 %x) {", "@t", "@alias"));
        assertEquals("@g = external dso_local global { i32, ptr }",
                ReproCutter.externalGlobal("@g = internal dso_local global { i32, ptr } { i32 1, ptr @h }, align 8", "@g"));
        assertEquals("@e = extern_weak hidden global i64", ReproCutter.externalGlobal("@e = extern_weak hidden global i64", "@e"));
    }

    @Test
    void unitFileNamesAreSafeAndDistinct() {
        assertEquals("helpers", Repro.base("ir-samples/linux-helpers-x86_64/helpers.ll"));
        assertEquals("lib", Repro.base("build.tar.gz:obj/lib.ll.gz"));
        assertEquals("a_b", Repro.base("dir/a b.ll"));
    }
}
