package dev.irscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.ir.Module;
import dev.irscope.read.text.IrReader;
import dev.irscope.read.text.ParseError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The ir-samples ground truth: sets, cases, their units with the recorded edits applied. */
public final class Samples {
    public static final Path ROOT = Path.of("ir-samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {}

    public record Case(String set, JsonNode json) {
        public String name() {
            return set + ":" + json.get("name").asText();
        }

        /** The case's units, parsed after applying its literal edits in order. */
        public List<Module> modules() {
            List<Module> out = new ArrayList<>();
            for (JsonNode u : json.get("units")) out.add(read(set, u.asText(), json.get("edits")));
            return out;
        }
    }

    /** The ground truth LLVM 19's opt gave: every set's {@code expected.json}. */
    public static final String EXPECTED_19 = "expected.json";
    /** The ground truth LLVM 22's opt gave: {@code expected-llvm22.json} (tools/verdicts.py --llvm 22). */
    public static final String EXPECTED_22 = "expected-llvm22.json";

    public static List<Path> sets() {
        return sets(EXPECTED_19);
    }

    /** The sets that hold the named ground-truth file. */
    public static List<Path> sets(String expected) {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.exists(p.resolve(expected))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> cases() {
        return cases(EXPECTED_19);
    }

    /** Every case of every set's named ground-truth file ({@link #EXPECTED_19} or {@link #EXPECTED_22}). */
    public static List<Case> cases(String expected) {
        List<Case> out = new ArrayList<>();
        for (Path set : sets(expected)) {
            try {
                JsonNode root = JSON.readTree(set.resolve(expected).toFile());
                for (JsonNode c : root.get("cases")) out.add(new Case(set.getFileName().toString(), c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * One unit's bitcode as recorded in the set's {@code bitcode.json} (written by
     * ir-samples/tools/assemble.py): the text unit, its bitcode file, the producer and the exact command.
     */
    public record Bitcode(String set, String ll, String bc, String producer, String command) {
        public Path path() {
            return ROOT.resolve(set).resolve(bc);
        }
    }

    /** A set's bitcode manifest: the units that have bitcode, and those that did not assemble (unit -> why). */
    public record BitcodeManifest(List<Bitcode> units, java.util.Map<String, String> skipped) {}

    public static BitcodeManifest bitcode(Path set) {
        try {
            JsonNode root = JSON.readTree(set.resolve("bitcode.json").toFile());
            String name = set.getFileName().toString();
            List<Bitcode> units = new ArrayList<>();
            for (JsonNode u : root.get("units")) {
                units.add(new Bitcode(name, u.get("ll").asText(), u.get("bc").asText(), u.get("producer").asText(), u.get("command").asText()));
            }
            java.util.Map<String, String> skipped = new java.util.TreeMap<>();
            for (JsonNode s : root.get("skipped")) skipped.put(s.get("ll").asText(), s.get("why").asText());
            return new BitcodeManifest(units, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String set, String unit) {
        try {
            return Files.readString(ROOT.resolve(set).resolve(unit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Module read(String set, String unit, JsonNode edits) {
        String text = text(set, unit);
        if (edits != null) {
            for (JsonNode e : edits) {
                if (!e.get("unit").asText().equals(unit)) continue;
                String find = e.get("find").asText();
                if (!text.contains(find)) throw new AssertionError(set + "/" + unit + ": edit target not found: " + find);
                text = text.replace(find, e.get("replace").asText());
            }
        }
        try {
            return IrReader.read(unit, text);
        } catch (ParseError p) {
            throw new AssertionError(set + "/" + unit + ":\n" + p.format(), p);
        }
    }
}
