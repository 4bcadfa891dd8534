package dev.irscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a real cross-language LTO build leaves (ir-samples/lto-rust-c: clang-22 objects, a
 * rustc -Clinker-plugin-lto rlib), checked and diffed as they are, no llvm-dis: the answers are
 * the ones the real ld.lld-22 link gave (lld-link.json).
 */
class LtoBuildTest {
    static final Path SET = Path.of("ir-samples/lto-rust-c");
    static final Path OBJ = Path.of("src/test/resources/dev/irscope/source/containers/out");

    static JsonNode json(CliTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void fullLtoCBesideAThinLtoRlibIsBlockedByThePartitionAsLldDid() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "json", SET.resolve("c_full.o").toString(),
                SET.resolve("libltodemo.rlib").toString());
        assertEquals(1, r.code(), r.err());
        JsonNode edges = json(r).get("edges");
        assertEquals(6, edges.size(), edges.toString());
        for (JsonNode e : edges) {
            assertEquals("blocked", e.get("verdict").asText(), e.toString());
            assertEquals("lto.partition", e.get("blockers").get(0).get("rule").asText(), e.toString());
        }
    }

    @Test
    void allThinLtoInlinesEveryCrossLanguageCallAsLldDid() throws Exception {
        CliTest.Run r = CliTest.run("check", "--format", "json", SET.resolve("c_thin.o").toString(),
                SET.resolve("libltodemo.rlib").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode edges = json(r).get("edges");
        assertEquals(6, edges.size());
        for (JsonNode e : edges) assertTrue(e.get("inlinable").asBoolean(), e.toString());
    }

    @Test
    void twoBuildTreesPairUnitsByRelativePathInsideArchives(@TempDir Path tmp) throws Exception {
        for (String side : List.of("before", "after")) {
            Files.createDirectories(tmp.resolve(side + "/lib"));
            Files.copy(SET.resolve(side.equals("before") ? "c_thin.o" : "c_full.o"), tmp.resolve(side + "/helpers.o"));
            Files.copy(SET.resolve("libltodemo.rlib"), tmp.resolve(side + "/lib/libltodemo.rlib"));
        }
        CliTest.Run r = CliTest.run("diff", "--format", "json", tmp.resolve("before").toString(), tmp.resolve("after").toString());
        assertEquals(1, r.code(), r.err());
        JsonNode root = json(r);
        List<String> paths = new ArrayList<>();
        for (JsonNode e : root.get("edges")) {
            paths.add(e.get("callerUnit").asText());
            paths.add(e.get("calleeUnit").asText());
        }
        assertTrue(paths.contains("helpers.o"), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("lib/libltodemo.rlib!/libltodemo.ltodemo.")), paths.toString());
        assertEquals(List.of(), new ObjectMapper().convertValue(root.get("addedUnits"), List.class));
        JsonNode edges = root.get("edges");
        assertEquals(6, edges.size(), edges.toString());
        for (JsonNode e : edges) {
            assertEquals("inlinable", e.get("left").asText(), e.toString());
            assertEquals("blocked", e.get("right").asText(), e.toString());
            assertTrue(e.get("rightCauses").toString().contains("lto.partition"), e.toString());
        }
    }

    @Test
    void aBrokenBitcodeMemberIsALocatedErrorAndTheOtherInputsAreKept(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(SET.resolve("c_thin.o"));
        Path cut = tmp.resolve("cut.o");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliTest.Run r = CliTest.run("check", "--format", "json", cut.toString(), SET.resolve("libltodemo.rlib").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*" + java.util.regex.Pattern.quote(cut.toString()) + ": error: bitcode: .* at bit \\d+.*"), r.err());
        assertEquals(1, json(r).get("units").size(), "the rlib's unit is still read");
    }

    @Test
    void multiModuleFilesAndEveryContainerKindLoad() throws Exception {
        CliTest.Run r = CliTest.run("functions", "--format", "json", OBJ.resolve("multi.bc").toString(),
                OBJ.resolve("gnu.a").toString(), OBJ.resolve("embed32be_d.o").toString(),
                OBJ.resolve("macho_embed_d.o").toString(), OBJ.resolve("wrapped_a.bc").toString(),
                OBJ.resolve("libembedded.rlib").toString(), OBJ.resolve("built-in.a").toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        for (String unit : List.of("multi.bc\"", "multi.bc#2\"", "gnu.a!/a_member_with_a_long_name.o\"", "gnu.a!/embed_d.o\"",
                "embed32be_d.o\"", "macho_embed_d.o\"", "wrapped_a.bc\"", "built-in.a!/drivers/foo.o\"", "built-in.a!/drivers/bar.o\"")) {
            assertTrue(out.contains(unit), unit + " in " + out);
        }
        assertTrue(out.contains("d_embedded") && out.contains("rust_calls_c") && out.contains("a_twice") && out.contains("b_add"), out);
    }
}
