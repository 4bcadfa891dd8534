package dev.irscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure docs/design.md promises: data flows down, so no package of src/main may
 * reach a package that reaches back, and no package may be named like a build folder.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/irscope");
    // Imports and fully qualified uses alike: dev.irscope.read.text.Lexer -> "read.text".
    private static final Pattern REF = Pattern.compile("dev\\.irscope\\.((?:[a-z]+\\.)*)([A-Z]\\w*)");

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = packageOf(MAIN.relativize(f.getParent()).toString().replace('/', '.'));
                Set<String> out = g.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    String to = packageOf(m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1));
                    if (!to.equals(pkg)) out.add(to);
                }
            }
        }
        return g;
    }

    private static String packageOf(String rel) {
        return rel.isEmpty() ? "(root)" : rel;
    }

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> g = graph();
        assertTrue(g.size() > 10, "the walk found the packages: " + g.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            for (String next : g.get(start)) {
                List<String> path = pathTo(g, next, start, new TreeSet<>());
                if (path != null) cycles.add(start + " -> " + String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles, "package cycles in src/main");
    }

    /** A path from {@code from} to {@code to}, or null. */
    private static List<String> pathTo(Map<String, Set<String>> g, String from, String to, Set<String> seen) {
        if (from.equals(to)) return new ArrayList<>(List.of(to));
        if (!seen.add(from)) return null;
        for (String n : g.getOrDefault(from, Set.of())) {
            List<String> rest = pathTo(g, n, to, seen);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }

    @Test
    void theModelAndTheReadersAreLeavesOfTheRightShape() throws IOException {
        Map<String, Set<String>> g = graph();
        assertEquals(Set.of(), g.get("ir"), "the model depends on nothing");
        assertEquals(Set.of("ir"), g.get("read.text"), "the text reader only builds the model");
        assertEquals(Set.of("ir"), g.get("read.bitcode"), "the bitcode reader only builds the model, beside the text reader");
        for (String leaf : List.of("write", "(root)", "subtarget")) {
            assertTrue(g.getOrDefault(leaf, Set.of()).isEmpty(), leaf + " is a leaf: " + g.get(leaf));
        }
    }

    @Test
    void noPackageIsNamedLikeABuildFolder() throws IOException {
        for (String p : graph().keySet()) {
            for (String part : p.split("\\.")) {
                assertTrue(!Set.of("target", "build", "out", "bin").contains(part), p);
            }
        }
    }

    @Test
    void theVersionComesFromThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>irscope</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "the pom names the project's version");
        assertEquals(m.group(1), Tool.VERSION);
        assertEquals("irscope " + m.group(1), Tool.ID);
    }
}
