package dev.irscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every textual unit of ir-samples has its bitcode next to it (or is listed as skipped, with the
 * reason), made by the assembler of the LLVM release that wrote the text: the bitcode reader's
 * text-vs-bitcode comparison relies on that pairing being complete and version-matched.
 */
class SampleBitcodeTest {
    private static final Pattern CLANG = Pattern.compile("clang version (\\d+)\\.");
    /** rustc releases of the samples and the LLVM they bundle (rustc -vV). */
    private static final Pattern RUSTC = Pattern.compile("^rustc version 1\\.(95|97)\\.");
    private static final Pattern ASSEMBLER = Pattern.compile("^llvm-as-(\\d+) (\\S+\\.ll) -o (\\S+\\.bc)$");

    @TestFactory
    Stream<DynamicTest> everyUnitHasVersionMatchedBitcode() throws IOException {
        return setsWithText().stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> check(set)));
    }

    /** Every ir-samples folder that holds a textual unit. */
    private static List<Path> setsWithText() throws IOException {
        try (Stream<Path> s = Files.list(Samples.ROOT)) {
            return s.filter(Files::isDirectory).filter(SampleBitcodeTest::hasText).sorted().toList();
        }
    }

    private static boolean hasText(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".ll"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(Path set) throws IOException {
        Samples.BitcodeManifest m = Samples.bitcode(set);
        Set<String> texts = new TreeSet<>();
        try (Stream<Path> s = Files.list(set)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ll")).forEach(texts::add);
        }
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>(m.skipped().keySet());
        for (Samples.Bitcode b : m.units()) {
            if (!covered.add(b.ll())) problems.add(b.ll() + ": listed twice");
            if (!texts.contains(b.ll())) problems.add(b.ll() + ": in bitcode.json, no such text unit");
            if (!Files.isRegularFile(b.path())) {
                problems.add(b.bc() + ": missing");
                continue;
            }
            if (!isBitcode(b.path())) problems.add(b.bc() + ": does not start with the bitcode magic BC C0DE");
            String ident = Samples.text(b.set(), b.ll());
            if (!ident.contains("!{!\"" + b.producer() + "\"}")) problems.add(b.ll() + ": producer " + b.producer() + " is not its !llvm.ident");
            Matcher a = ASSEMBLER.matcher(b.command());
            if (!a.matches()) continue; // compiler-made bitcode: the command is the compiler's
            int want = llvmOf(b.producer());
            if (Integer.parseInt(a.group(1)) != want) problems.add(b.ll() + ": assembled by " + b.command() + ", producer is LLVM " + want);
            if (!a.group(2).equals(b.ll()) || !a.group(3).equals(b.bc())) problems.add(b.command() + ": names other files than " + b.ll() + "/" + b.bc());
        }
        Set<String> missing = new TreeSet<>(texts);
        missing.removeAll(covered);
        if (!missing.isEmpty()) problems.add("no bitcode and not listed as skipped: " + missing);
        assertTrue(problems.isEmpty(), set + ":\n  " + String.join("\n  ", problems));
        assertEquals(texts, covered, set + ": bitcode.json covers exactly the text units");
    }

    private static int llvmOf(String producer) {
        Matcher c = CLANG.matcher(producer);
        if (c.find()) return Integer.parseInt(c.group(1));
        if (RUSTC.matcher(producer).find()) return 22;
        throw new AssertionError("unknown producer " + producer + ": extend SampleBitcodeTest and tools/assemble.py");
    }

    private static boolean isBitcode(Path p) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(p)) {
            if (in.readNBytes(magic, 0, 4) != 4) return false;
        }
        return magic[0] == 'B' && magic[1] == 'C' && (magic[2] & 0xff) == 0xC0 && (magic[3] & 0xff) == 0xDE;
    }
}
