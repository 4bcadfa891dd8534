package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.Alias;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.CallKind;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One small IR text per header, attribute and call-site form the reader must understand, in the
 * typed-pointer syntax of LLVM 14 and the opaque-pointer syntax of LLVM 17+ (llvm-inline-rules.md §9).
 * Every snippet that LLVM itself accepts was checked with llvm-as-19 where LLVM 19 can express it.
 */
final class SyntaxTest {

    static Module read(String text) {
        try {
            return IrReader.read("t.ll", text);
        } catch (ParseError e) {
            throw new AssertionError(e.format(), e);
        }
    }

    static Function fn(String text, String name) {
        return read(text).function(name).orElseThrow(() -> new AssertionError("no @" + name));
    }

    static List<String> calleesOf(Function f) {
        return f.body().calls().stream().map(CallSite::callee).toList();
    }

    @Nested
    final class Headers {
        @Test
        void typedPointers() {
            Function f = fn("%struct.S = type { i32 }\n"
                    + "define i8* @f(i8* %p, %struct.S* nocapture readonly %s, i32 (i8*)** %fp) {\n"
                    + "entry:\n  ret i8* %p\n}\n", "f");
            assertEquals("i8*", f.returnType());
            assertEquals(List.of("i8*", "%struct.S*", "i32 (i8*)**"), f.params().stream().map(p -> p.type()).toList());
            assertTrue(f.params().get(1).attributes().has("nocapture"));
            assertTrue(f.params().get(1).attributes().has("readonly"));
            assertEquals(Optional.of("s"), f.params().get(1).name());
        }

        @Test
        void typedPersonalityThroughBitcast() {
            Function f = fn("define void @f() personality i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*) {\n"
                    + "  ret void\n}\ndeclare i32 @__gxx_personality_v0(...)\n", "f");
            assertEquals(Optional.of("__gxx_personality_v0"), f.personality());
            assertEquals(Optional.of("i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*)"), f.personalityText());
        }

        @Test
        void opaquePersonality() {
            Function f = fn("define void @f() personality ptr @__gxx_personality_v0 {\n  ret void\n}\n", "f");
            assertEquals(Optional.of("__gxx_personality_v0"), f.personality());
        }

        @Test
        void linkagePreemptionVisibilityDllCconv() {
            Module m = read("define internal fastcc void @a() {\n  ret void\n}\n"
                    + "define linkonce_odr hidden void @b() comdat {\n  ret void\n}\n"
                    + "define weak_odr dso_local protected dllexport cc 10 i32 @c() {\n  ret i32 0\n}\n"
                    + "define available_externally dso_preemptable aarch64_sve_vector_pcs void @d() {\n  ret void\n}\n"
                    + "define amdgpu_kernel void @e() addrspace(1) {\n  ret void\n}\n"
                    + "declare extern_weak dllimport void @g()\n"
                    + "define private void @h() {\n  ret void\n}\n");
            Function a = m.function("a").orElseThrow();
            assertEquals(Linkage.INTERNAL, a.linkage());
            assertEquals("fastcc", a.callingConv());
            Function b = m.function("b").orElseThrow();
            assertEquals(Linkage.LINKONCE_ODR, b.linkage());
            assertEquals("hidden", b.visibility());
            assertEquals(Optional.of("b"), b.comdat());
            Function c = m.function("c").orElseThrow();
            assertEquals(Linkage.WEAK_ODR, c.linkage());
            assertTrue(c.dsoLocal());
            assertEquals("protected", c.visibility());
            assertEquals("dllexport", c.dllStorage());
            assertEquals("cc 10", c.callingConv());
            assertEquals("i32", c.returnType());
            Function d = m.function("d").orElseThrow();
            assertEquals(Linkage.AVAILABLE_EXTERNALLY, d.linkage());
            assertFalse(d.dsoLocal());
            assertEquals("aarch64_sve_vector_pcs", d.callingConv());
            Function e = m.function("e").orElseThrow();
            assertEquals("amdgpu_kernel", e.callingConv());
            assertEquals(1, e.addrSpace());
            Function g = m.function("g").orElseThrow();
            assertFalse(g.defined());
            assertEquals(Linkage.EXTERN_WEAK, g.linkage());
            assertEquals("dllimport", g.dllStorage());
            assertEquals(Linkage.PRIVATE, m.function("h").orElseThrow().linkage());
        }

        @Test
        void quotedAndNumberedNames() {
            Module m = read("define void @\"foo bar\"() {\n  call void @\"\\01_name\"()\n  call void @0()\n  ret void\n}\n"
                    + "declare void @\"\\01_name\"()\n"
                    + "define internal void @0() {\n  ret void\n}\n");
            assertTrue(m.function("foo bar").isPresent());
            assertTrue(m.function("\u0001_name").isPresent());
            assertTrue(m.function("0").isPresent());
            assertEquals(List.of("\u0001_name", "0"), calleesOf(m.function("foo bar").orElseThrow()));
        }

        @Test
        void everyTrailingHeaderPart() {
            Function f = fn("$c = comdat any\n"
                    + "define void @f(ptr %p) unnamed_addr addrspace(1) #0 section \".text.hot\" partition \"part\" "
                    + "comdat($c) align 16 gc \"statepoint-example\" prefix i32 123 prologue i8 144 "
                    + "personality ptr @pers !dbg !7 !prof !8 {\n  ret void\n}\n"
                    + "attributes #0 = { nounwind }\n", "f");
            assertEquals("unnamed_addr", f.unnamedAddr());
            assertEquals(1, f.addrSpace());
            assertEquals(Optional.of(".text.hot"), f.section());
            assertEquals(Optional.of("part"), f.partition());
            assertEquals(Optional.of("c"), f.comdat());
            assertEquals(16, f.align());
            assertEquals(Optional.of("statepoint-example"), f.gc());
            assertEquals(Optional.of("i32 123"), f.prefix());
            assertEquals(Optional.of("i8 144"), f.prologue());
            assertEquals(Optional.of("pers"), f.personality());
            assertEquals(List.of("dbg", "prof"), f.metadata());
            assertEquals(List.of(0), f.groups());
            assertTrue(f.has("nounwind"));
        }

        @Test
        void localUnnamedAddrAndVarargsDeclaration() {
            Function f = fn("declare i32 @printf(ptr noundef, ...) local_unnamed_addr #1\nattributes #1 = { nounwind }\n", "printf");
            assertTrue(f.varArgs());
            assertEquals("local_unnamed_addr", f.unnamedAddr());
            assertEquals(List.of(1), f.groups());
        }

        @Test
        void returnAttributes() {
            Function f = fn("declare noalias noundef nonnull align 8 dereferenceable(16) ptr @f(i64 range(i64 0, 10) %n)\n", "f");
            assertEquals("ptr", f.returnType());
            assertTrue(f.returnAttributes().has("noalias"));
            assertTrue(f.returnAttributes().has("nonnull"));
            assertEquals(Optional.of("8"), f.returnAttributes().keyword("align").map(Attribute::value));
            assertEquals(Optional.of("16"), f.returnAttributes().keyword("dereferenceable").map(Attribute::value));
            assertEquals(Optional.of("i64 0, 10"), f.params().get(0).attributes().keyword("range").map(Attribute::value));
        }

        @Test
        void aliasesAndIfuncs() {
            Module m = read("@a = alias void (), ptr @f\n"
                    + "@b = weak_odr hidden alias i8, bitcast (void ()* @f to i8*)\n"
                    + "@i = ifunc void (), ptr @resolver\n"
                    + "@\"q x\" = internal alias void (), ptr @f\n"
                    + "define void @f() {\n  ret void\n}\n");
            Alias a = m.alias("a").orElseThrow();
            assertEquals(Alias.Kind.ALIAS, a.kind());
            assertEquals(Optional.of("f"), a.target());
            Alias b = m.alias("b").orElseThrow();
            assertEquals(Linkage.WEAK_ODR, b.linkage());
            assertEquals(Optional.of("f"), b.target());
            Alias i = m.alias("i").orElseThrow();
            assertEquals(Alias.Kind.IFUNC, i.kind());
            assertEquals(Optional.of("resolver"), i.target());
            assertEquals(Linkage.INTERNAL, m.alias("q x").orElseThrow().linkage());
        }

        @Test
        void globalsAreSkippedWhateverTheirInitializer() {
            Module m = read("@s = private unnamed_addr constant [4 x i8] c\"a;b\\00\", align 1\n"
                    + "@g = global ptr blockaddress(@f, %bb), align 8\n"
                    + "@t = internal global { i32, [2 x ptr] } { i32 1, [2 x ptr] [ptr @f, ptr null] }, section \"x\"\n"
                    + "@tls = thread_local(initialexec) global i32 0\n"
                    + "@e = external addrspace(1) global i32\n"
                    + "define void @f() {\n  br label %bb\nbb:\n  ret void\n}\n");
            assertEquals(1, m.functions().size());
            assertTrue(m.aliases().isEmpty());
        }
    }

    @Nested
    final class Attributes {
        static final String NEW = "attributes #0 = { alignstack=16 allocsize(0,1) memory(argmem: readwrite, inaccessiblemem: write) "
                + "uwtable(sync) vscale_range(1,16) nounwind \"key\"=\"value\" \"flag\" \"esc\"=\"a\\22b\" }\n";

        @Test
        void groupFormsNewSyntax() {
            Function f = fn("define void @f() #0 {\n  ret void\n}\n" + NEW, "f");
            assertEquals(Optional.of("16"), f.attributes().keyword("alignstack").map(Attribute::value));
            assertEquals(Optional.of("0,1"), f.attributes().keyword("allocsize").map(Attribute::value));
            assertEquals(Optional.of("argmem: readwrite, inaccessiblemem: write"),
                    f.attributes().keyword("memory").map(Attribute::value));
            assertEquals(Optional.of("sync"), f.attributes().keyword("uwtable").map(Attribute::value));
            assertEquals(Optional.of("1,16"), f.attributes().keyword("vscale_range").map(Attribute::value));
            assertTrue(f.has("nounwind"));
            assertEquals(Optional.of("value"), f.string("key"));
            assertEquals(Optional.of(""), f.string("flag"));
            assertEquals(Optional.of("a\"b"), f.string("esc"));
            assertTrue(read("define void @f() #0 {\n  ret void\n}\n" + NEW).notes().isEmpty());
        }

        @Test
        void groupFormsOldSyntax() {
            Function f = fn("define void @f() #0 {\n  ret void\n}\n"
                    + "attributes #0 = { argmemonly nounwind readonly uwtable \"frame-pointer\"=\"none\" }\n", "f");
            assertTrue(f.has("argmemonly"));
            assertTrue(f.has("readonly"));
            assertTrue(f.has("uwtable"));
            assertEquals("", f.attributes().keyword("uwtable").orElseThrow().value());
        }

        @Test
        void parameterAttributesNewSyntax() {
            Function f = fn("define void @f(ptr captures(none) dead_on_unwind writable initializes((0, 8)) %p, "
                    + "float nofpclass(nan inf) %x, i32 noundef range(i32 0, 10) %n, ptr byval(%struct.S) align 8 %s) {\n"
                    + "  ret void\n}\n", "f");
            var p = f.params().get(0).attributes();
            assertEquals(Optional.of("none"), p.keyword("captures").map(Attribute::value));
            assertTrue(p.has("dead_on_unwind"));
            assertTrue(p.has("writable"));
            assertEquals(Optional.of("(0, 8)"), p.keyword("initializes").map(Attribute::value));
            assertEquals(Optional.of("nan inf"), f.params().get(1).attributes().keyword("nofpclass").map(Attribute::value));
            assertEquals(Optional.of("i32 0, 10"), f.params().get(2).attributes().keyword("range").map(Attribute::value));
            assertEquals(Optional.of("%struct.S"), f.params().get(3).attributes().keyword("byval").map(Attribute::value));
            assertEquals(Optional.of("8"), f.params().get(3).attributes().keyword("align").map(Attribute::value));
            assertEquals(List.of("p", "x", "n", "s"), f.params().stream().map(x -> x.name().orElse("?")).toList());
        }

        @Test
        void inlineFunctionAttributesAndGroupsUnion() {
            Function f = fn("define void @f() noinline \"a\"=\"1\" #0 #1 {\n  ret void\n}\n"
                    + "attributes #0 = { nounwind }\nattributes #1 = { \"b\"=\"2\" }\n", "f");
            assertTrue(f.has("noinline"));
            assertTrue(f.has("nounwind"));
            assertEquals(Optional.of("1"), f.string("a"));
            assertEquals(Optional.of("2"), f.string("b"));
        }

        @Test
        void unknownAttributeIsKeptAndNoted() {
            Module m = read("define void @f() #0 {\n  ret void\n}\nattributes #0 = { nounwind frobnicate(3) shiny }\n");
            Function f = m.function("f").orElseThrow();
            assertEquals(Optional.of("3"), f.attributes().keyword("frobnicate").map(Attribute::value));
            assertTrue(f.has("shiny"));
            assertEquals(2, m.notes().size(), m.notes().toString());
            assertTrue(m.notes().get(0).message().contains("frobnicate"));
            assertEquals(4, m.notes().get(0).line());
        }

        @Test
        void missingGroupIsALocatedError() {
            // issue 18: a unit cut before its 'attributes' lines must not read as attribute-free
            ParseError e = assertThrows(ParseError.class, () -> IrReader.read("t.ll",
                    "define void @f() #1 {\n  call void @g() #1\n  ret void\n}\ndeclare void @g() #9\nattributes #1 = { cold }\n"));
            assertEquals("t.ll:5:19: error: use of undefined attribute group '#9'\ndeclare void @g() #9\n                  ^", e.format());
            ParseError call = assertThrows(ParseError.class, () -> IrReader.read("t.ll",
                    "define void @f() #1 {\n  call void @g() \"#12\" #12 #1\n  ret void\n}\ndeclare void @g()\nattributes #1 = { cold }\n"));
            assertEquals("t.ll:2:24: error: use of undefined attribute group '#12'", call.format().lines().findFirst().get());
        }
    }

    @Nested
    final class Calls {
        static Function body(String... lines) {
            return fn("define void @f(ptr %p, ptr %fp) personality ptr @pers {\nentry:\n" + String.join("\n", lines)
                    + "\n  ret void\n}\nattributes #0 = { nounwind }\n", "f");
        }

        @Test
        void kinds() {
            Function f = body("  call void @a()", "  tail call void @b()", "  %r = musttail call i32 @c()",
                    "  notail call void @d()", "  %x = call fast float @e(float %y)",
                    "  invoke void @g()\n          to label %ok unwind label %bad",
                    "  callbr void asm \"\", \"r,!i\"(i32 0)\n          to label %a [label %b]",
                    "  callbr void @h(i32 1) to label %a [label %b]");
            assertEquals(List.of("a", "b", "c", "d", "e", "g", "h"), calleesOf(f));
            assertEquals(List.of(CallKind.CALL, CallKind.TAIL, CallKind.MUSTTAIL, CallKind.NOTAIL, CallKind.CALL,
                    CallKind.INVOKE, CallKind.CALLBR), f.body().calls().stream().map(CallSite::kind).toList());
            assertEquals(1, f.body().inlineAsmCalls());
            assertEquals(3, f.body().calls().get(0).line());
        }

        @Test
        void fastMathFlagsAndReturnAttributes() {
            Function f = body("  %x = call nnan ninf nsz arcp contract afn reassoc float @sqrtf(float %y)",
                    "  %z = call noundef nonnull align 8 dereferenceable(8) ptr @get(ptr noundef %p)",
                    "  %w = call zeroext i1 @pred(i32 signext 3)");
            assertEquals(List.of("sqrtf", "get", "pred"), calleesOf(f));
        }

        @Test
        void explicitFunctionTypeForVarargs() {
            Function f = body("  %n = call i32 (ptr, ...) @printf(ptr @fmt, i32 1)",
                    "  %m = tail call i32 (i8*, ...) @printf(i8* getelementptr inbounds ([3 x i8], [3 x i8]* @s, i64 0, i64 0))");
            assertEquals(List.of("printf", "printf"), calleesOf(f));
            assertEquals(0, f.body().indirectCalls());
        }

        @Test
        void callSiteAttributesAndGroups() {
            Function f = fn("define void @f() {\n  call void @a() #3\n  call void @b() noinline\n"
                    + "  call void @c() alwaysinline \"x\"=\"y\", !dbg !4\n  ret void\n}\n"
                    + "attributes #3 = { nobuiltin strictfp }\n", "f");
            List<CallSite> cs = f.body().calls();
            assertTrue(cs.get(0).attributes().has("nobuiltin"));
            assertTrue(cs.get(0).attributes().has("strictfp"));
            assertTrue(cs.get(1).attributes().has("noinline"));
            assertTrue(cs.get(2).attributes().has("alwaysinline"));
            assertEquals(Optional.of("y"), cs.get(2).attributes().string("x"));
        }

        @Test
        void operandBundles() {
            Function f = body("  call void @a() [ \"kcfi\"(i32 1) ]",
                    "  call void @b(ptr %p) #0 [ \"deopt\"(i32 1, i64 2), \"funclet\"(token %t) ]");
            assertEquals(List.of("kcfi"), f.body().calls().get(0).bundles());
            assertEquals(List.of("deopt", "funclet"), f.body().calls().get(1).bundles());
        }

        @Test
        void indirectAndAsmCallsAreCountedNotListed() {
            Function f = body("  call void %fp()", "  %r = call i32 %fp(i32 1)",
                    "  call void asm sideeffect \"nop\", \"~{memory}\"()",
                    "  %v = call i32 asm \"mov $1, $0\", \"=r,r\"(i32 1)",
                    "  call void @real()");
            assertEquals(List.of("real"), calleesOf(f));
            assertEquals(2, f.body().indirectCalls());
            assertEquals(2, f.body().inlineAsmCalls());
        }

        @Test
        void callThroughBitcastIsIndirect() {
            // LLVM's CallBase::getCalledFunction() is null for a constant-expression callee.
            Function f = body("  call void bitcast (void (i32)* @g to void ()*)()");
            assertTrue(calleesOf(f).isEmpty());
            assertEquals(1, f.body().indirectCalls());
        }

        @Test
        void aggregatesAcrossTheCallAreMarked() {
            Function f = body("  call void @v(<4 x float> %x)", "  call void @s({ i32, i32 } %x)",
                    "  call void @q(ptr %p, i32 1)", "  %r = call <2 x i64> @w()");
            List<Boolean> abi = f.body().calls().stream().map(CallSite::abiTypes).toList();
            assertEquals(List.of(true, true, false, true), abi);
        }

        @Test
        void debugRecordsAndOldDebugIntrinsics() {
            Function f = body("    #dbg_value(i32 %x, !12, !DIExpression(), !15)",
                    "    #dbg_declare(ptr %p, !13, !DIExpression(), !16)",
                    "  call void @llvm.dbg.declare(metadata ptr %p, metadata !13, metadata !DIExpression()), !dbg !16",
                    "  call void @llvm.dbg.value(metadata i32 0, metadata !12, metadata !DIExpression()), !dbg !15");
            assertEquals(List.of("llvm.dbg.declare", "llvm.dbg.value"), calleesOf(f));
            assertTrue(f.body().calls().get(0).intrinsic());
        }

        @Test
        void indirectbrAndBlockaddress() {
            Function f = fn("define void @f(ptr %a) {\nentry:\n  store ptr blockaddress(@f, %l), ptr %a\n"
                    + "  indirectbr ptr %a, [label %l]\nl:\n  ret void\n}\n", "f");
            assertTrue(f.body().indirectBr());
            assertTrue(f.body().blockAddress(), "blockaddress in the body");
        }

        /** LLVM asks whether a callee's blocks have their address taken, wherever that happens. */
        @Test
        void blockaddressMarksTheFunctionItNames() {
            Module m = read("@tbl = internal constant [1 x ptr] [ptr blockaddress(@\"q f\", %l)]\n"
                    + "define void @taker(ptr %a) {\n  store ptr blockaddress( @g, %l), ptr %a\n  ret void\n}\n"
                    + "define void @g() {\nl:\n  ret void\n}\n"
                    + "define void @\"q f\"() {\nl:\n  ret void\n}\n"
                    + "define void @plain() {\nl:\n  ret void\n}\n");
            assertEquals(Map.of("taker", false, "g", true, "q f", true, "plain", false), blockAddressTaken(m));
        }

        /** Each defined function: whether the unit takes the address of one of its blocks. */
        private static Map<String, Boolean> blockAddressTaken(Module m) {
            Map<String, Boolean> taken = new java.util.TreeMap<>();
            for (Function f : m.functions()) if (f.defined()) taken.put(f.name(), f.body().blockAddress());
            return taken;
        }

        /** The keyword inside a string constant, a quoted name or a comment takes no address. */
        @Test
        void blockaddressInStringsAndCommentsDoesNotCount() {
            Module m = read("@s = constant [21 x i8] c\"blockaddress(@g, %l)\\00\"\n"
                    + "@\"n;blockaddress(@h, %l)\" = constant ptr blockaddress(@f, %l) ; blockaddress(@g, %l)\n"
                    + "define void @g() {\nl:\n  call void @use(ptr @s) ; blockaddress(@h, %l)\n  ret void\n}\n"
                    + "define void @h() {\nl:\n  ret void\n}\n"
                    + "define void @f() {\nl:\n  ret void\n}\ndeclare void @use(ptr)\n");
            assertEquals(Map.of("f", true, "g", false, "h", false), blockAddressTaken(m));
        }

        /** callbr operands (LLVM 15 and older) and metadata are not users that stop an inline. */
        @Test
        void callbrOperandsAndMetadataDoNotCount() {
            Module m = read("define void @f() {\nentry:\n"
                    + "  callbr void asm \"\", \"r,!i\"(ptr blockaddress(@f, %l)) to label %n [label %l]\n"
                    + "    #dbg_value(ptr blockaddress(@f, %l), !1, !DIExpression(), !2)\n"
                    + "n:\n  ret void\nl:\n  ret void\n}\n!0 = !{ptr blockaddress(@f, %l)}\n");
            assertFalse(m.functions().get(0).body().blockAddress());
        }

        @Test
        void instructionsThatLookLikeCallsAreNot() {
            Function f = body("  %call = load ptr, ptr %p", "  %invoke = add i32 1, 2", "  store ptr @call, ptr %p",
                    "  ; call void @commented()", "  %s = select i1 true, ptr @a, ptr @b");
            assertTrue(calleesOf(f).isEmpty());
        }

        @Test
        void crlfLineEndingsAreValid() {
            Module m = read("define void @f() #0 {\r\nentry:\r\n  call void @g()\r\n  ret void\r\n}\r\n"
                    + "declare void @g()\r\nattributes #0 = { nounwind \"a\"=\"b\" }\r\n"
                    + "!llvm.module.flags = !{!0}\r\n!0 = !{i32 1, !\"wchar_size\", i32 4}\r\n");
            Function f = m.function("f").orElseThrow();
            assertEquals(List.of("g"), calleesOf(f));
            assertEquals(Optional.of("b"), f.string("a"));
            assertEquals("i32 4", m.flag("wchar_size").orElseThrow().value());
        }
    }

    @Nested
    final class Metadata {
        @Test
        void moduleFlagsWithNestedNodes() {
            Module m = read("!llvm.module.flags = !{!0, !1, !2}\n!llvm.ident = !{!3}\n"
                    + "!0 = !{i32 7, !\"PIC Level\", i32 2}\n"
                    + "!1 = !{i32 3, !\"foo\", !{!\"bar\", i32 1}}\n"
                    + "!2 = distinct !{i32 1, !\"ref\", !4}\n"
                    + "!3 = !{!\"clang version 19.1.7\"}\n"
                    + "!4 = !{!\"x\"}\n");
            assertEquals(3, m.flags().size());
            ModuleFlag pic = m.flag("PIC Level").orElseThrow();
            assertEquals(7, pic.behavior());
            assertEquals(2, pic.intValue().orElseThrow());
            assertEquals("!{!\"bar\", i32 1}", m.flag("foo").orElseThrow().value());
            assertEquals(3, m.flag("foo").orElseThrow().behavior());
            assertEquals("!{!\"x\"}", m.flag("ref").orElseThrow().value());
            assertEquals(List.of("clang version 19.1.7"), m.header().idents());
        }

        @Test
        void namedMetadataDefinedAfterUse() {
            Module m = read("!0 = !{i32 1, !\"wchar_size\", i32 4}\n!1 = !{!\"rustc version 1.95.0\"}\n"
                    + "!llvm.module.flags = !{!0}\n!llvm.ident = !{!1}\n");
            assertEquals(4, m.flag("wchar_size").orElseThrow().intValue().orElseThrow());
            assertEquals(List.of("rustc version 1.95.0"), m.header().idents());
        }

        @Test
        void specializedNodesAndStringsWithBracesAreSkipped() {
            Module m = read("define void @f() !dbg !5 {\n  ret void\n}\n"
                    + "!llvm.module.flags = !{!0}\n!0 = !{i32 2, !\"Debug Info Version\", i32 3}\n"
                    + "!5 = distinct !DISubprogram(name: \"f{\", scope: null, flags: DIFlagPrototyped)\n"
                    + "!6 = !{!\"}\"}\n");
            assertEquals(3, m.flag("Debug Info Version").orElseThrow().intValue().orElseThrow());
            assertEquals(1, m.functions().size());
        }

        @Test
        void headerLines() {
            Module m = read("; ModuleID = 'lib.c'\nsource_filename = \"lib.c\"\n"
                    + "target datalayout = \"e-m:e-i64:64\"\ntarget triple = \"x86_64-unknown-linux-gnu\"\n"
                    + "module asm \".globl x\"\n$f = comdat any\n%struct.S = type { i32, ptr }\n"
                    + "%struct.T = type opaque\n");
            assertEquals(Optional.of("lib.c"), m.header().moduleId());
            assertEquals(Optional.of("lib.c"), m.header().sourceFilename());
            assertEquals(Optional.of("e-m:e-i64:64"), m.header().datalayout());
            assertEquals("x86_64-unknown-linux-gnu", m.triple());
            assertTrue(m.header().moduleAsm());
            assertEquals(List.of("f"), m.comdats());
            assertEquals("unknown", m.header().producer());
        }
    }
}
