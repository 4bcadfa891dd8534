package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loader;
import dev.irscope.report.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
    static final String HELPERS = "ir-samples/linux-helpers-x86_64/helpers.ll";
    static final String RUST = "ir-samples/linux-helpers-x86_64/rust_kernel.ll";
    static final String FEATURES = "+cmov,+cx8,+fxsr,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls";

    static Session kernel() {
        Session s = new Session();
        assertFalse(s.load(List.of(HELPERS, RUST)).isError());
        return s;
    }

    @Test
    void checkIsTheBatchCommandsAnswer() {
        Session s = kernel();
        Analysis a = new Analysis(Loader.load(List.of(HELPERS, RUST), dev.irscope.query.LoadOptions.defaults(), System.in), Optional.empty());
        assertEquals(CheckReport.text(a), s.run("check").text());
        s.run("format json");
        assertEquals(CheckReport.json(a), s.run("check").text());
    }

    @Test
    void whatifTargetAttributesRemoveOnlyTheTargetBlocker() throws Exception {
        Session s = kernel();
        s.run("format json");
        Reply r = s.run("whatif rust_refcount_get target-cpu=x86-64 target-features=" + FEATURES);
        JsonNode j = new ObjectMapper().readTree(r.text());
        assertEquals(1, j.get("changed").asInt());
        JsonNode c = j.get("changes").get(0);
        assertEquals("rust_helper_refcount_inc", c.get("callee").asText());
        assertTrue(c.get("blockersBefore").toString().contains("target.features"));
        assertFalse(c.get("blockersAfter").toString().contains("target.features"));
        assertEquals("[\"tli.no-builtin-function\",\"decision.null_pointer_is_valid\"]", c.get("blockersAfter").toString());
        // and nothing was changed for real
        assertTrue(s.run("blockers target.features").text().contains("\"rust_refcount_get\""));
    }

    @Test
    void whyFitsAScreenRefusingRulesFirstAndAllGivesTheWholeTable() {
        Session s = kernel();
        String brief = s.run("why rust_refcount_get rust_helper_refcount_inc").text();
        String all = s.run("why rust_refcount_get rust_helper_refcount_inc --all").text();
        assertTrue(brief.lines().count() <= 60, brief.lines().count() + " lines:\n" + brief);
        assertTrue(all.lines().count() > brief.lines().count() + 20, all);
        String rules = brief.substring(brief.indexOf("\nrules (LLVM"));
        assertTrue(rules.lines().skip(2).findFirst().orElseThrow().contains("REFUSES"), rules);
        assertFalse(rules.contains(" passes"), rules);
        assertTrue(rules.contains("why --all"), rules);
        assertTrue(all.contains(" passes"), "--all keeps every rule");
    }

    @Test
    void whatifPlusEqualsAddsFeaturesToTheSetInsteadOfReplacingIt() throws Exception {
        Session s = kernel();
        s.run("format json");
        JsonNode c = new ObjectMapper().readTree(s.run("whatif rust_refcount_get target-cpu=x86-64 target-features+=+cmov,+cx8,+fxsr").text())
                .get("changes").get(0);
        assertFalse(c.get("blockersAfter").toString().contains("target.features"), c.toString());
        // -= takes one out again: with the generic CPU the caller then lacks cmov, so the blocker stays
        JsonNode back = new ObjectMapper().readTree(s.run("whatif rust_refcount_get target-features+=+cmov,+cx8,+fxsr target-features-=cmov").text());
        for (JsonNode ch : back.get("changes")) assertTrue(ch.get("blockersAfter").toString().contains("target.features"), back.toString());
        assertEquals("target-features+=+a,-b", Edit.parse("target-features+=+a,-b").render());
        Edit.Items minus = (Edit.Items) Edit.parse("target-features-=mmx");
        assertEquals("+soft-float", minus.apply(dev.irscope.ir.AttributeSet.of(List.of(new dev.irscope.ir.Attribute.Str("target-features", "-mmx,+soft-float"))))
                .get("target-features").orElseThrow().value());
    }

    @Test
    void whatifOnAllThreeCausesFlipsTheVerdict() {
        Session s = kernel();
        String r = s.run("whatif rust_refcount_get target-cpu=x86-64 target-features=" + FEATURES + " +null_pointer_is_valid no-builtin-wcslen=").text();
        assertTrue(r.contains("u2 @rust_refcount_get -> u1 @rust_helper_refcount_inc: BLOCKED -> INLINABLE  FLIPS"), r);
        assertTrue(r.contains("1 verdict flips"), r);
    }

    @Test
    void errorsAreOneLineAndKeepTheSession() {
        Session s = kernel();
        for (String bad : List.of("frobnicate", "show nosuch", "functions /(/", "why a", "llvm 3", "llvm x", "format yaml",
                "whatif rust_refcount_get -nosuch", "whatif rust_refcount_get nounwind", "rules nope", "diff u1 rust_copy",
                "load -", "save /nonexistent-dir/x", "\"unterminated")) {
            Reply r = s.run(bad);
            assertTrue(r.isError(), bad);
            assertEquals(1, r.text().lines().count(), bad + ": " + r.text());
            assertTrue(r.text().startsWith("error: "), r.text());
        }
        assertTrue(s.run("units").text().startsWith("u1  " + HELPERS));
        assertTrue(s.run("check").text().contains("10 blocked"));
    }

    @Test
    void demangledNamesWorkEverywhere() {
        Map<String, String> table = Map.of("_RNvCscA8DnHRMiI6_6kernel9c_str_len", "kernel::c_str_len");
        Session s = new Session(n -> table.getOrDefault(n, n));
        s.load(List.of(HELPERS, RUST));
        assertTrue(s.run("functions kernel::").text().contains("@_RNvCscA8DnHRMiI6_6kernel9c_str_len  (kernel::c_str_len)"));
        assertTrue(s.run("functions /^kernel::c_str/").text().contains("c_str_len"));
        assertTrue(s.run("attrs kernel::c_str_len").text().startsWith("@_RNvCscA8DnHRMiI6_6kernel9c_str_len  (kernel::c_str_len) in u2"));
        assertEquals(s.run("why _RNvCscA8DnHRMiI6_6kernel9c_str_len rust_helper_strlen").text(),
                s.run("why kernel::c_str_len rust_helper_strlen").text());
        assertTrue(s.run("callers rust_helper_strlen").text().contains("(kernel::c_str_len)"));
        assertTrue(Completion.candidates(s, "why ker", 7).contains("kernel::c_str_len"));
    }

    @Test
    void twoDefinitionsNeedAUnitPrefix() {
        Session s = new Session();
        s.load(List.of(HELPERS, "ir-samples/linux-helpers-x86_64/helpers_kcfi.ll"));
        Reply r = s.run("attrs rust_helper_strlen");
        assertTrue(r.isError());
        assertTrue(r.text().contains("u1:rust_helper_strlen, u2:rust_helper_strlen"), r.text());
        assertTrue(s.run("attrs u2:rust_helper_strlen").text().contains("in u2 helpers_kcfi.ll"));
    }

    @Test
    void llvmSwitchesTheRuleSet() {
        Session s = kernel();
        assertTrue(s.run("llvm 19").text().startsWith("llvm 19 (chosen"));
        assertTrue(s.run("blockers").text().startsWith("10 of 10 cross-unit calls blocked on LLVM 19"));
        assertTrue(s.run("llvm auto").text().startsWith("llvm 22"));
    }

    @Test
    void saveWritesTheLastAnswer(@TempDir Path dir) throws Exception {
        Session s = new Session();
        assertTrue(s.run("save " + dir.resolve("none.txt")).isError());
        s.load(List.of(HELPERS, RUST));
        String answer = s.run("blockers").text();
        Path out = dir.resolve("blockers.txt");
        assertFalse(s.run("save " + out).isError());
        assertEquals(answer, Files.readString(out));
        byte[] before = Files.readAllBytes(Path.of(HELPERS));
        Reply r = s.run("save " + HELPERS);
        assertTrue(r.isError() && r.text().contains("refusing to write over the input"), r.text());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Path.of(HELPERS))));
    }

    @Test
    void reloadKeepsHandles() {
        Session s = kernel();
        s.run("load " + HELPERS);
        String units = s.run("units").text();
        assertEquals(2, units.lines().count(), units);
        assertTrue(units.startsWith("u1  " + HELPERS));
    }

    @Test
    void evaluateDoesNotCommit() {
        Session s = new Session();
        Session.Pending p = s.evaluate("load " + HELPERS);
        assertTrue(s.run("units").text().startsWith("no units"));
        s.commit(p);
        assertTrue(s.run("units").text().startsWith("u1  " + HELPERS));
    }

    @Test
    void loadOfObjectsWithoutBitcodeSaysWhatWasThere() {
        String plain = "src/test/resources/dev/irscope/source/containers/out/plain_c.o";
        Reply r = new Session().run("load " + plain);
        assertTrue(r.isError(), r.text());
        assertEquals("error: no LLVM IR in " + plain + ": 1 ELF object without bitcode (not part of LTO)\n", r.text());
    }
}
