package dev.irscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command contract of design.md, end to end through Main.run. */
public class CliTest {
    static final String KERNEL = "ir-samples/linux-helpers-x86_64/";
    static final String C = KERNEL + "helpers.ll", RUST = KERNEL + "rust_kernel.ll", ALWAYS = KERNEL + "helpers_always.ll";

    public record Run(int code, String out, String err) {}

    /** Runs the CLI in this JVM with stdout and stderr captured (Jazzer's log lines removed). */
    public static Run run(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), withoutJazzerLog(err.toString(StandardCharsets.UTF_8)));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    /** Jazzer's agent (the fuzz tests share the JVM) logs each class it instruments to stderr. */
    static String withoutJazzerLog(String err) {
        StringBuilder b = new StringBuilder();
        for (String l : err.split("\n", -1)) {
            if (!l.startsWith("INFO: Instrumented ")) b.append(l).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    @Test
    void kernelCheckNamesTheThreeBlockersAndExitsOne() throws Exception {
        Run r = run("check", "--llvm", "19", "--format", "json", C, RUST);
        assertEquals(1, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("19", root.get("llvm").asText());
        assertEquals(2, root.get("units").size());
        assertEquals(10, root.get("edges").size());
        for (JsonNode e : root.get("edges")) {
            assertFalse(e.get("inlinable").asBoolean());
            assertEquals("conflicting attributes", e.get("llvmRemark").asText());
            Set<String> attrs = new HashSet<>();
            for (JsonNode b : e.get("blockers")) {
                attrs.add(b.get("attribute").asText());
                assertFalse(b.get("fix").isEmpty(), "every blocker carries fix hints");
                assertTrue(b.has("caller") && b.has("callee") && b.has("why") && b.has("rule"));
            }
            assertEquals(Set.of("target-features", "no-builtin-wcslen", "null_pointer_is_valid"), attrs, e.toString());
        }
        // Edge order: caller unit, caller, callee.
        String prev = "";
        for (JsonNode e : root.get("edges")) {
            String key = e.get("caller").asText() + "\u0000" + e.get("callee").asText();
            assertTrue(key.compareTo(prev) >= 0, "edges sorted");
            prev = key;
        }
    }

    @Test
    void alwaysInlineHelpersInlineOn19AndNotOn23() throws Exception {
        Run r19 = run("check", "--llvm", "19", "--format", "json", ALWAYS, RUST);
        assertEquals(0, r19.code(), r19.out());
        JsonNode e = new ObjectMapper().readTree(r19.out()).get("edges").get(0);
        assertTrue(e.get("alwaysInline").asBoolean());
        assertEquals(3, e.get("bypassed").size(), "target, TLI and null-pointer mismatches are bypassed");
        assertTrue(e.get("merges").toString().contains("null_pointer_is_valid"), "the Rust caller gains null_pointer_is_valid");
        Run r23 = run("check", "--llvm", "23", "--format", "json", ALWAYS, RUST);
        assertEquals(1, r23.code());
        assertTrue(r23.out().contains("\"rule\": \"target.features\""));
    }

    @Test
    void producersChooseTheNewestLlvm() throws Exception {
        Run r = run("check", "--format", "json", C, RUST);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("22", root.get("llvm").asText(), "clang 19 + rustc nightly (LLVM 22): the newest");
        assertTrue(root.get("llvmReason").asText().contains("producers differ"));
    }

    @Test
    void explainShowsBothSidesAndEveryRule() {
        Run r = run("explain", "--llvm", "19", "--caller", "kernel::c_str_len", "--callee", "rust_helper_strlen", C, RUST);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("* null_pointer_is_valid"), "differing attribute marked");
        assertTrue(r.out().contains("compat.sanitize_address"), "every rule listed");
        assertTrue(r.out().contains("REFUSES: the callee has null_pointer_is_valid"));
        Run none = run("explain", "--caller", "rust_copy", "--callee", "no_such_fn", C, RUST);
        assertEquals(2, none.code(), "an unknown name is a usage error, not a blocked call");
        assertTrue(none.err().contains("no function named no_such_fn"), none.err());
    }

    @Test
    void yamlIsLlvmRemarkDocuments() {
        Run r = run("check", "--llvm", "19", "--format", "yaml", C, RUST);
        assertEquals(10, r.out().split("--- !Missed\n", -1).length - 1);
        assertTrue(r.out().contains("Pass:            inline\nName:            NeverInline\n"));
        assertTrue(r.out().contains("  - Reason:          conflicting attributes\n"));
        assertTrue(r.out().contains("  - Attribute:       no-builtin-wcslen\n"));
    }

    @Test
    void aBrokenInputKeepsTheOthersResultsAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ll");
        Files.writeString(bad, "define void @f() {\n  ret void\n");
        Run r = run("functions", C, bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("@rust_helper_strlen"), "the good unit is still listed");
        assertTrue(r.err().contains(bad + ":1:1: error: expected '}'"), r.err());
        assertTrue(r.err().contains("^"), "caret line");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("rules", "no.such.rule").code());
        assertEquals(0, run("rules", "compat.sanitize_address").code());
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(run("check", "--format", "json", C, RUST).out(), run("check", "--format", "json", C, RUST).out());
    }

    @Test
    void outputFileIsWrittenAndSymlinksAreRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.json");
        assertEquals(1, run("check", "--format", "json", "-o", out.toString(), C, RUST).code());
        assertTrue(Files.readString(out).startsWith("{"));
        Path target = dir.resolve("victim.txt");
        Files.writeString(target, "keep");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, target);
        assertEquals(2, run("check", "-o", link.toString(), C, RUST).code());
        assertEquals("keep", Files.readString(target));
    }

    @Test
    void tenInputsOneBrokenReportsNineAndNamesTheMissingOne(@TempDir Path dir) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", "--llvm", "19", "--format", "json"));
        String[] units = {"linux-helpers-x86_64/helpers.ll", "linux-helpers-x86_64/rust_kernel.ll", "userspace-x86_64/ulib.ll",
                "userspace-x86_64/user.ll", "rules-x86_64/callee.ll", "rules-x86_64/caller.ll", "rules-extra/recur.ll",
                "rules-extra/recur_caller.ll", "riscv64-linux/c_default.ll"};
        for (String u : units) args.add("ir-samples/" + u);
        Path bad = dir.resolve("broken.ll");
        Files.writeString(bad, "define void @f() {\n  call void @g(\n}\n");
        args.add(4 + 5, bad.toString());
        Run r = run(args.toArray(new String[0]));
        assertEquals(2, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(9, root.get("units").size(), "the nine good units are reported in full");
        assertEquals(1, root.get("errors").size());
        assertTrue(root.get("errors").get(0).get("message").asText().startsWith(bad + ":2:"), root.get("errors").toString());
        assertTrue(r.err().contains("^"), "located error with a caret on stderr");
        Run text = run("check", "--llvm", "19", "ir-samples/" + units[0], bad.toString(), "ir-samples/" + units[1]);
        assertEquals(2, text.code());
        assertTrue(text.out().contains("not read (their calls are missing from this answer):\n  " + bad + ":2:"), text.out());
        assertTrue(text.out().contains("calls: 10 cross-unit"), "the good pair is still analysed");
    }

    @Test
    void limitsAreConfigurableAndReportedClearly(@TempDir Path dir) throws Exception {
        Run r = run("functions", "--max-functions", "2", C);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error:") && r.err().toLowerCase().contains("function"), r.err());
        assertEquals(0, run("functions", "--max-functions", "100", C).code());
        assertEquals(2, run("functions", "--timeout", "0", C).code(), "non-positive limits are usage errors");
    }
}
