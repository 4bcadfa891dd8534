package dev.irscope.read.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generated inputs that sit on the edges a fast line scanner can get wrong: newlines at every offset
 * modulo 8 (word-at-a-time search), bytes at and above 0x80 next to newlines (SWAR false positives),
 * CRLF, no final newline, a multi-megabyte line, tiny files shorter than one word, and bodies that
 * run into the end of the file. Deterministic, so their dumps can be kept as golden files.
 */
final class Pathological {
    private Pathological() {}

    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty", new byte[0]);
        m.put("one-newline", "\n".getBytes(StandardCharsets.US_ASCII));
        m.put("seven-bytes", "; abcd\n".getBytes(StandardCharsets.US_ASCII));
        m.put("nine-bytes-no-newline", "; abcdefg".getBytes(StandardCharsets.US_ASCII));
        m.put("base", base().getBytes(StandardCharsets.UTF_8));
        m.put("base-crlf", base().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        m.put("base-no-final-newline", strip(base()).getBytes(StandardCharsets.UTF_8));
        m.put("ragged", ragged().getBytes(StandardCharsets.UTF_8));
        m.put("high-bytes", highBytes());
        m.put("long-line", longLine());
        m.put("close-at-eof", "define void @f() {\n  call void @g()\n  ret void\n}".getBytes(StandardCharsets.US_ASCII));
        m.put("unclosed-body", "define void @f() {\n  call void @g()\n  ret void\n".getBytes(StandardCharsets.US_ASCII));
        m.put("unclosed-then-define", ("define void @f() {\n  call void @g()\n\ndefine void @h() {\n  ret void\n}\n")
                .getBytes(StandardCharsets.US_ASCII));
        m.put("ret-and-close-on-one-line", "define void @f() {\n  call void @g() ret void }\n".getBytes(StandardCharsets.US_ASCII));
        m.put("blank-lines-in-body", bodyWithBlanks().getBytes(StandardCharsets.US_ASCII));
        return m;
    }

    private static String strip(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** A small but complete unit: header, globals, groups, calls of every kind, flags, ident. */
    static String base() {
        return """
                ; ModuleID = 'base.c'
                source_filename = "base.c"
                target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
                target triple = "x86_64-pc-linux-gnu"

                $cd = comdat any
                @g = dso_local global i32 0, align 4
                @s = private unnamed_addr constant [6 x i8] c"h\\C3\\A9llo\\00", align 1
                @al = dso_local alias void (), ptr @callee

                ; Function Attrs: noinline nounwind
                define dso_local i32 @caller(i32 noundef %x, ptr %p) #0 comdat($cd) {
                entry:
                  %a = alloca i32, align 4
                  %r = call i32 @callee(i32 %x) #2
                  %t = tail call { i64, i64 } @pair(<4 x i32> zeroinitializer)
                  musttail call void @m()
                  notail call void @n() [ "deopt"(i32 0) ]
                  call void %p()
                  call void asm sideeffect "nop", ""()
                  %q = invoke i32 @callee(i32 1) to label %ok unwind label %bad
                ok:
                  ret i32 %r
                bad:
                  %lp = landingpad { ptr, i32 } cleanup
                  resume { ptr, i32 } %lp
                }

                define internal void @callee() #1 {
                  ret void
                }

                declare { i64, i64 } @pair(<4 x i32>) local_unnamed_addr #1

                attributes #0 = { noinline nounwind "target-cpu"="x86-64" "target-features"="+cx8,+sse2" }
                attributes #1 = { alwaysinline "no-builtin-wcslen" }
                attributes #2 = { nobuiltin }

                !llvm.module.flags = !{!0, !1}
                !llvm.ident = !{!2}

                !0 = !{i32 1, !"wchar_size", i32 4}
                !1 = !{i32 8, !"PIC Level", i32 2}
                !2 = !{!"clang version 19.1.7"}
                """;
    }

    /** Lines of every length 0..40 inside a body and at top level, so newlines fall at every offset mod 8. */
    static String ragged() {
        StringBuilder b = new StringBuilder("define void @f() {\n");
        for (int len = 0; len <= 40; len++) {
            b.append("  ;").append("x".repeat(len)).append('\n');
            b.append("  call void @c").append(len).append("()").append(" ".repeat(len % 9)).append('\n');
            b.append(" ".repeat(len % 8)).append('\n');
        }
        b.append("  ret void\n}\n");
        for (int len = 0; len <= 40; len++) {
            b.append("@g").append(len).append(" = global [").append(len).append(" x i8] c\"")
                    .append("y".repeat(len)).append("\"\n");
            b.append(";").append("z".repeat(len)).append('\n');
        }
        return b.toString();
    }

    /** 0x80-0xff next to newlines, in comments and strings and as whole lines of metadata. */
    static byte[] highBytes() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        write(o, "define void @f() {\n");
        for (int v = 0x80; v <= 0xff; v++) {
            write(o, "  ; ");
            for (int k = 0; k < v % 11; k++) o.write(v);
            write(o, "\n  call void @\"h");
            o.write(0xc3);
            o.write(0xa9);
            write(o, "\"()\n");
        }
        write(o, "  ret void\n}\n");
        for (int v = 0x80; v <= 0xff; v++) {
            write(o, "!" + (v - 0x80) + " = !{!\"");
            for (int k = 0; k < 1 + v % 13; k++) o.write(v);
            write(o, "\"}\n");
        }
        return o.toByteArray();
    }

    /** A 3 MB constant line between two functions, then a body with a 1 MB call line. */
    static byte[] longLine() {
        StringBuilder b = new StringBuilder("define void @a() {\n  call void @b()\n  ret void\n}\n");
        b.append("@big = constant [300000 x i8] c\"");
        for (int i = 0; i < 300_000; i++) b.append("\\0").append(i % 10).append("abcdefg");
        b.append("\"\n");
        b.append("define void @b() {\n  call void @c(");
        for (int i = 0; i < 60_000; i++) b.append(i == 0 ? "" : ", ").append("i32 ").append(i).append("    ");
        b.append(")\n  ret void\n}\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static String bodyWithBlanks() {
        return "define void @f() {\n\n\n\t\n  \r\n  call void @g()\n\n}\n\n\n";
    }

    private static void write(ByteArrayOutputStream o, String s) {
        o.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
