package dev.irscope.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.Samples;
import dev.irscope.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code irscope diff} end to end through {@link Main#run}: the ir-samples pairs against committed
 * expected output (regenerate with {@code -Dirscope.regen=true}, then read the files), two builds
 * made from a recorded sample edit, and the exit-status contract.
 */
class DiffCommandTest {
    private static final Path EXPECTED = Path.of("src/test/resources/diff");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String S = "ir-samples/";

    @TempDir Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) throws IOException {
        Path out = tmp.resolve("out-" + System.nanoTime());
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-o");
        all.add(out.toString());
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(all.toArray(String[]::new));
        } finally {
            System.setErr(oldErr);
        }
        String text = Files.exists(out) ? Files.readString(out) : "";
        return new Run(code, text, err.toString(StandardCharsets.UTF_8));
    }

    private static void matches(String file, String actual) throws IOException {
        Path p = EXPECTED.resolve(file);
        if (Boolean.getBoolean("irscope.regen")) Files.writeString(p, actual);
        assertEquals(Files.readString(p), actual, file + " differs (regenerate with -Dirscope.regen=true and review)");
    }

    // ---- unit vs unit, against committed output

    @Test
    void kernelCVersusKernelRust() throws IOException {
        Run r = run("diff", S + "linux-helpers-x86_64/helpers.ll", S + "linux-helpers-x86_64/rust_kernel.ll");
        assertEquals(1, r.code());
        matches("kernel.txt", r.out());
        Run j = run("diff", "--format", "json", S + "linux-helpers-x86_64/helpers.ll", S + "linux-helpers-x86_64/rust_kernel.ll");
        matches("kernel.json", j.out());
        JsonNode root = JSON.readTree(j.out());
        List<String> blocking = new ArrayList<>();
        for (JsonNode a : root.get("attributes")) if (a.get("kind").asText().equals("blocking")) blocking.add(a.get("key").asText());
        assertTrue(blocking.containsAll(List.of("target-cpu", "target-features", "null_pointer_is_valid", "no-builtin-wcslen")), blocking.toString());
        // Blocking keys come before every merging and other key.
        List<String> kinds = new ArrayList<>();
        for (JsonNode a : root.get("attributes")) kinds.add(a.get("kind").asText());
        assertEquals(kinds.stream().sorted((x, y) -> order(x) - order(y)).toList(), kinds);
        assertEquals("sspstrong", find(root.get("attributes"), "sspstrong").get("key").asText());
        assertEquals("merging", find(root.get("attributes"), "sspstrong").get("kind").asText());
        assertEquals(9, find(root.get("attributes"), "null_pointer_is_valid").get("left").get("values").get(0).get("functions").asInt());
        assertEquals(6, find(root.get("attributes"), "null_pointer_is_valid").get("right").get("absent").asInt());
    }

    private static int order(String kind) {
        return switch (kind) { case "blocking" -> 0; case "merging" -> 1; default -> 2; };
    }

    private static JsonNode find(JsonNode list, String key) {
        for (JsonNode n : list) if (n.get("key").asText().equals(key)) return n;
        throw new AssertionError("no " + key + " in " + list);
    }

    @Test
    void userspaceDefaultVersusAvx2() throws IOException {
        Run r = run("diff", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib_avx2.ll");
        assertEquals(1, r.code());
        matches("userspace-avx2.txt", r.out());
        Run m = run("diff", "--format", "markdown", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib_avx2.ll");
        matches("userspace-avx2.md", m.out());
    }

    @Test
    void aarch64WithAndWithoutBranchProtection() throws IOException {
        Run r = run("diff", S + "aarch64-linux/c_default.ll", S + "aarch64-linux/c_bti.ll");
        assertEquals(1, r.code());
        matches("aarch64-bti.txt", r.out());
        JsonNode root = JSON.readTree(run("diff", "--format", "json", S + "aarch64-linux/c_default.ll", S + "aarch64-linux/c_bti.ll").out());
        assertEquals("blocking", find(root.get("attributes"), "sign-return-address").get("kind").asText());
        assertEquals("other", find(root.get("attributes"), "branch-target-enforcement").get("kind").asText());
    }

    @Test
    void onlyBlockingDropsEverythingElse() throws IOException {
        Run r = run("diff", "--only", "blocking", "--format", "json", S + "linux-helpers-x86_64/helpers.ll",
                S + "linux-helpers-x86_64/rust_kernel.ll");
        assertEquals(1, r.code());
        JsonNode root = JSON.readTree(r.out());
        assertTrue(root.get("attributes").size() >= 4);
        for (JsonNode a : root.get("attributes")) assertEquals("blocking", a.get("kind").asText(), a.toString());
        assertEquals(0, root.get("flags").size(), "no flag difference stops llvm-link here");
    }

    @Test
    void moduleFlagConflictIsReportedWithLlvmLinksVerdict() throws IOException {
        Run r = run("diff", "--only", "blocking", "--format", "json", S + "linux-helpers-x86_64/helpers.ll",
                S + "linux-helpers-x86_64/rust_smallcm.ll");
        JsonNode flag = find(JSON.readTree(r.out()).get("flags"), "Code Model");
        assertEquals("error", flag.get("link").asText());
        assertTrue(flag.get("outcome").asText().contains("conflicting values"), flag.toString());
    }

    // ---- exit status contract

    @Test
    void identicalUnitsGiveExitZeroAndAnEmptyDiff() throws IOException {
        Run r = run("diff", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib.ll");
        assertEquals(0, r.code());
        assertTrue(r.out().endsWith("no differences\n"), r.out());
        JsonNode j = JSON.readTree(run("diff", "--format", "json", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib.ll").out());
        assertTrue(j.get("identical").asBoolean());
        assertEquals(0, j.get("attributes").size() + j.get("flags").size() + j.get("functions").size() + j.get("module").size());
    }

    @Test
    void ignoringTheOnlyDifferingKeyGivesExitZero() throws IOException {
        assertEquals(1, run("diff", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib_avx2.ll").code());
        Run r = run("diff", "--ignore", "target-features", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib_avx2.ll");
        assertEquals(0, r.code(), r.out());
        // Ignoring some other key changes nothing.
        assertEquals(1, run("diff", "--ignore", "target-cpu", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib_avx2.ll").code());
    }

    @Test
    void ignoreAppliesToModuleFlags() throws IOException {
        Run r = run("diff", "--ignore", "sign-return-address", "--ignore", "sign-return-address-key",
                "--ignore", "branch-target-enforcement", "--ignore", "guarded-control-stack",
                S + "aarch64-linux/c_default.ll", S + "aarch64-linux/c_bti.ll");
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void unreadableInputGivesTheLocatedErrorAndExitTwo() throws IOException {
        Path bad = tmp.resolve("bad.ll");
        Files.writeString(bad, "define void @f( {\n");
        Run r = run("diff", S + "userspace-x86_64/ulib.ll", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":1:"), r.err());
        assertEquals("", r.out());
        Run missing = run("diff", tmp.resolve("nope.ll").toString(), S + "userspace-x86_64/ulib.ll");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.ll"), missing.err());
    }

    @Test
    void yamlIsRefused() throws IOException {
        assertEquals(2, run("diff", "--format", "yaml", S + "userspace-x86_64/ulib.ll", S + "userspace-x86_64/ulib.ll").code());
    }

    // ---- two builds

    /** c-tune-znver3/fix-tune: the recorded edit that makes the C side's "tune-cpu" generic again. */
    private static JsonNode fixTuneEdit() {
        for (Samples.Case c : Samples.cases()) {
            if (c.name().equals("userspace-x86_64:c-tune-znver3/fix-tune")) return c.json().get("edits").get(0);
        }
        throw new AssertionError("case c-tune-znver3/fix-tune not in ir-samples/userspace-x86_64/expected.json");
    }

    private Path build(String name, boolean tuned) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("lib"));
        String c = Samples.text("userspace-x86_64", "ulib_tune_znver3.ll");
        if (!tuned) {
            JsonNode e = fixTuneEdit();
            assertTrue(c.contains(e.get("find").asText()));
            c = c.replace(e.get("find").asText(), e.get("replace").asText());
        }
        Files.writeString(dir.resolve("ulib.ll"), c);
        Files.writeString(tmp.resolve(name).resolve("user.ll"), Samples.text("userspace-x86_64", "user.ll"));
        return tmp.resolve(name);
    }

    @Test
    void oneFlagChangeBlocksPreviouslyInlinableEdges() throws IOException {
        Path before = build("before", false), after = build("after", true);
        Run r = run("diff", "--format", "json", before.toString(), after + "/");
        assertEquals(1, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("builds", root.get("mode").asText());
        JsonNode edges = root.get("edges");
        assertEquals(7, edges.size(), edges.toString());
        for (JsonNode e : edges) {
            assertEquals("newly-blocked", e.get("change").asText());
            assertEquals("user.ll", e.get("callerUnit").asText());
            assertEquals("lib/ulib.ll", e.get("calleeUnit").asText());
            assertEquals("inlinable", e.get("left").asText());
            assertEquals("blocked", e.get("right").asText());
            assertEquals("tune-cpu", e.get("rightCauses").get(0).get("attribute").asText(), e.toString());
        }
        assertEquals(0, root.get("addedUnits").size() + root.get("removedUnits").size());
        JsonNode units = root.get("units");
        assertEquals(1, units.size());
        assertEquals("lib/ulib.ll", units.get(0).get("path").asText());
        JsonNode tune = find(units.get(0).get("attributes"), "tune-cpu");
        assertEquals("blocking", tune.get("kind").asText());
        assertEquals("generic", tune.get("left").get("values").get(0).get("value").asText());
        assertEquals("znver3", tune.get("right").get("values").get(0).get("value").asText());

        String text = run("diff", before.toString(), after.toString()).out();
        assertTrue(text.indexOf("newly blocked:") < text.indexOf("unit lib/ulib.ll:"), text);
        // The reverse direction is the fix: every edge newly inlinable.
        JsonNode back = JSON.readTree(run("diff", "--format", "json", after.toString(), before.toString()).out());
        for (JsonNode e : back.get("edges")) assertEquals("newly-inlinable", e.get("change").asText());
    }

    @Test
    void identicalBuildsGiveExitZero() throws IOException {
        Path a = build("a", true), b = build("b", true);
        Run r = run("diff", a.toString(), b.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().endsWith("no differences\n"), r.out());
    }

    @Test
    void ignoringTheFlagThatChangedNeverHidesTheChangedVerdicts() throws IOException {
        Run r = run("diff", "--format", "json", "--ignore", "tune-cpu", build("x", false).toString(), build("y", true).toString());
        assertEquals(1, r.code(), "verdict changes always count toward the exit status");
        JsonNode root = JSON.readTree(r.out());
        assertEquals(7, root.get("edges").size());
        for (JsonNode e : root.get("edges")) assertEquals("newly-blocked", e.get("change").asText());
        assertEquals(0, root.get("units").size(), "the ignored key itself is not listed");
    }

    /** A build under one version-named top folder, packed as a .tgz the way release tarballs are. */
    private Path tarball(String name, String top, boolean tuned) throws IOException {
        Path tree = build(name + "-tree", tuned);
        Path tgz = tmp.resolve(name + ".tgz");
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz)))) {
            for (String rel : List.of("lib/ulib.ll", "user.ll")) {
                byte[] data = Files.readAllBytes(tree.resolve(rel));
                var e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(top + "/" + rel);
                e.setSize(data.length);
                out.putArchiveEntry(e);
                out.write(data);
                out.closeArchiveEntry();
            }
        }
        return tgz;
    }

    @Test
    void archivesWithDifferentTopFoldersArePairedAndStripComponentsChooses() throws IOException {
        Path before = tarball("before", "proj-1.0", false), after = tarball("after", "proj-1.1", true);
        JsonNode root = JSON.readTree(run("diff", "--format", "json", before.toString(), after.toString()).out());
        assertEquals(0, root.get("addedUnits").size() + root.get("removedUnits").size(), root.toString());
        assertEquals(7, root.get("edges").size());
        assertEquals("lib/ulib.ll", root.get("units").get(0).get("path").asText());
        // Asked not to strip: nothing pairs, every unit is added or removed.
        JsonNode none = JSON.readTree(run("diff", "--format", "json", "--strip-components", "0", before.toString(), after.toString()).out());
        assertEquals(2, none.get("addedUnits").size());
        assertEquals(2, none.get("removedUnits").size());
        JsonNode one = JSON.readTree(run("diff", "--format", "json", "--strip-components", "1", before.toString(), after.toString()).out());
        assertEquals(0, one.get("addedUnits").size());
        assertEquals(2, run("diff", "--strip-components", "-1", before.toString(), after.toString()).code());
    }

    @Test
    void alwaysinlineAndNoinlineAreInliningRelevant() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.ll"), "define void @f() #0 {\n  ret void\n}\nattributes #0 = { noinline nounwind }\n");
        Path b = Files.writeString(tmp.resolve("b.ll"), "define void @f() #0 {\n  ret void\n}\nattributes #0 = { alwaysinline nounwind }\n");
        JsonNode root = JSON.readTree(run("diff", "--format", "json", a.toString(), b.toString()).out());
        assertEquals("blocking", find(root.get("attributes"), "alwaysinline").get("kind").asText());
        assertEquals("blocking", find(root.get("attributes"), "noinline").get("kind").asText());
        assertEquals(1, run("diff", "--only", "blocking", "--ignore", "noinline", a.toString(), b.toString()).code(),
                "alwaysinline alone still differs under --only blocking");
    }

    @Test
    void unitsOnOneSideAreReported() throws IOException {
        Path a = build("p", false), b = build("q", false);
        Files.delete(b.resolve("user.ll"));
        Files.writeString(b.resolve("extra.ll"), Samples.text("userspace-x86_64", "user.ll"));
        JsonNode root = JSON.readTree(run("diff", "--format", "json", a.toString(), b.toString()).out());
        assertEquals("[\"extra.ll\"]", root.get("addedUnits").toString());
        assertEquals("[\"user.ll\"]", root.get("removedUnits").toString());
        // The calls now leave extra.ll instead of user.ll: gone and new, not changed.
        assertEquals(14, root.get("edges").size());
    }
}
