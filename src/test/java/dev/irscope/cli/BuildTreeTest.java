package dev.irscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build tree's inputs do to the answer (issue 15): analysing nothing is never success,
 * objects without bitcode are listed as not part of LTO, calls that leave the loaded units are
 * counted. Objects are the real ones of the source package's container fixtures.
 */
class BuildTreeTest {
    static final Path OBJ = Path.of("src/test/resources/dev/irscope/source/containers/out");

    @Test
    void aTreeOfObjectsWithoutBitcodeIsExitTwoAndSaysWhatItHeld(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("build/sub"));
        Files.copy(OBJ.resolve("plain_c.o"), tmp.resolve("build/c.o"));
        Files.copy(OBJ.resolve("plain_c.o"), tmp.resolve("build/sub/d.o"));
        Files.writeString(tmp.resolve("build/c.c"), "int c;\n");
        String build = tmp.resolve("build").toString();
        for (String command : new String[] {"check", "functions", "report"}) {
            CliTest.Run r = CliTest.run(command, build);
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("irscope: error: no LLVM IR in " + build
                    + ": 2 ELF objects without bitcode (not part of LTO), 1 other file"), r.err());
        }
    }

    @Test
    void objectsWithoutBitcodeAreListedBesideTheAnswer() throws Exception {
        String plain = OBJ.resolve("plain_c.o").toString();
        CliTest.Run text = CliTest.run("check", CliTest.C, CliTest.RUST, plain);
        assertEquals(1, text.code(), text.err());
        assertTrue(text.out().contains("\nnot part of LTO: 1 object without bitcode (" + plain + ")\n"), text.out());
        CliTest.Run json = CliTest.run("check", "--format", "json", CliTest.C, CliTest.RUST, plain);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(plain, root.get("notLto").get(0).get("path").asText());
        assertEquals("ELF object", root.get("notLto").get(0).get("format").asText());
    }

    @Test
    void callsNoLoadedUnitDefinesAreCountedAndListed() throws Exception {
        // helpers.ll's rust_helper_strlen calls strlen, which neither unit defines; nothing else leaves them.
        CliTest.Run json = CliTest.run("check", "--format", "json", CliTest.C, CliTest.RUST);
        JsonNode undefined = new ObjectMapper().readTree(json.out()).get("undefinedCalls");
        assertEquals(1, undefined.size(), undefined.toString());
        assertEquals("strlen", undefined.get(0).get("name").asText());
        assertEquals(1, undefined.get(0).get("calls").asInt());
        CliTest.Run text = CliTest.run("check", CliTest.C, CliTest.RUST);
        assertTrue(text.out().contains("\nundefined: 1 call to 1 function no loaded unit defines: @strlen\n"), text.out());
        // With only the Rust unit, the helpers it calls are undefined too.
        CliTest.Run alone = CliTest.run("check", "--format", "json", CliTest.RUST);
        JsonNode names = new ObjectMapper().readTree(alone.out()).get("undefinedCalls");
        assertTrue(names.size() > 1 && names.toString().contains("rust_helper_strlen"), names.toString());
    }
}
