package dev.irscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command's real JSON, on every ir-samples set, validated against the JSON Schemas that
 * docs/json.md describes (src/main/resources/dev/irscope/schema/, draft 2020-12): check of each
 * set's units, explain of each set's first call, functions of each set, rules, diff of two
 * units and of two builds. The schemas forbid unknown keys, so a renderer that adds, renames or
 * retypes a field fails here until the schema (and the doc) says so.
 */
class JsonContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("ir-samples");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://irscope.dev/schema/1/", "classpath:dev/irscope/schema/")));

    private static JsonSchema schema(String command) {
        return FACTORY.getSchema(java.net.URI.create("https://irscope.dev/schema/1/" + command + ".schema.json"));
    }

    /** Validates the output of one run; returns the parsed document. */
    static JsonNode valid(String command, CliTest.Run r) throws IOException {
        assertTrue(r.code() <= 1, command + " failed: " + r.err());
        JsonNode doc = JSON.readTree(r.out());
        Set<ValidationMessage> errors = schema(command).validate(doc);
        assertEquals(Set.of(), errors, command + " output does not match its schema");
        assertEquals(1, doc.get("schemaVersion").asInt());
        assertEquals(command, doc.get("command").asText());
        return doc;
    }

    private static List<Path> sets() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(Files::isDirectory).filter(d -> units(d).size() >= 2).sorted().toList();
        }
    }

    private static List<String> units(Path set) {
        try (Stream<Path> s = Files.list(set)) {
            return s.map(Path::toString).filter(p -> p.endsWith(".ll")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] args(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    @TestFactory
    List<DynamicTest> checkExplainFunctionsAndUnitDiffOnEverySet() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path set : sets()) {
            List<String> units = units(set);
            tests.add(DynamicTest.dynamicTest(set.getFileName().toString(), () -> {
                for (String llvm : List.of("19", "22")) {
                    JsonNode check = valid("check", CliTest.run(args(List.of("check", "--llvm", llvm, "--format", "json"), units)));
                    JsonNode edges = check.get("edges");
                    int blocked = 0;
                    for (JsonNode e : edges) if (e.get("verdict").asText().equals("blocked")) blocked++;
                    assertEquals(edges.size(), check.get("summary").get("calls").asInt());
                    assertEquals(blocked, check.get("summary").get("blocked").asInt());
                    if (!edges.isEmpty()) {
                        JsonNode e = edges.get(0);
                        valid("explain", CliTest.run("explain", "--llvm", llvm, "--format", "json", "--caller", e.get("caller").asText(),
                                "--callee", e.get("callee").asText(), e.get("callerUnit").asText(), e.get("calleeUnit").asText()));
                    }
                }
                valid("functions", CliTest.run(args(List.of("functions", "--format", "json"), units)));
                valid("diff", CliTest.run("diff", "--format", "json", units.get(0), units.get(1)));
            }));
        }
        return tests;
    }

    @Test
    void rulesAndBuildDiff() throws IOException {
        valid("rules", CliTest.run("rules", "--format", "json"));
        valid("rules", CliTest.run("rules", "--format", "json", "target.features"));
        JsonNode d = valid("diff", CliTest.run("diff", "--format", "json", "ir-samples/aarch64-linux", "ir-samples/armv7-linux"));
        assertEquals("builds", d.get("mode").asText());
    }

    @Test
    void structuredValuesNotWords() throws IOException {
        JsonNode check = valid("check", CliTest.run("check", "--llvm", "19", "--format", "json", CliTest.C, CliTest.RUST));
        assertEquals(19, check.get("llvm").asInt());
        assertTrue(check.get("llvm").isInt());
        JsonNode f = check.get("edges").get(0).get("blockers");
        JsonNode features = f.get(0);
        assertEquals("target-features", features.get("attribute").asText());
        assertTrue(features.get("callee").get("features").isArray());
        assertTrue(features.get("callee").get("features").toString().contains("\"+cmov\""));
        JsonNode builtin = f.get(1);
        assertEquals(false, builtin.get("caller").get("present").asBoolean());
        assertTrue(builtin.get("caller").get("value").isNull(), "no \"absent\" strings");
        assertEquals(14, builtin.get("llvmVersions").get("from").asInt());
        assertTrue(builtin.get("llvmVersions").get("to").isNull());
        assertEquals(10, check.get("summary").get("perCause").get("target.features").asInt());
        assertTrue(!check.toString().contains(":\"absent\"") && !check.toString().contains(":\"present\""), check.toString());
    }

    @Test
    void outputIsTheSameBytesEveryRun() {
        String[] a = {"check", "--format", "json", "ir-samples/userspace-x86_64"};
        assertEquals(CliTest.run(a).out(), CliTest.run(a).out());
    }
}
