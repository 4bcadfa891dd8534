package dev.irscope.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irscope.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the reader's fast paths to what the plain byte-at-a-time reader produced: the golden dumps
 * under {@code src/test/resources/golden/modules} were written by the reader before any speed work,
 * for every ir-samples unit and every {@link Pathological} input. Each input is also read through
 * every kind of buffer the reader can be handed (heap, heap slice at an offset, read-only heap,
 * direct, memory-mapped), since the scanner picks its byte access by buffer kind.
 *
 * <p>Run with {@code -Dirscope.regold=true} to rewrite the golden files; only do that on purpose.
 */
final class ScannerEquivalenceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/modules");
    private static final boolean REGOLD = Boolean.getBoolean("irscope.regold");

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Samples.ROOT)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".ll")).sorted().toList()) {
                String rel = Samples.ROOT.relativize(p).toString();
                tests.add(DynamicTest.dynamicTest(rel, () -> check(rel, Files.readAllBytes(p))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> pathological() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : Pathological.all().entrySet()) {
            String rel = "pathological/" + e.getKey() + ".ll";
            tests.add(DynamicTest.dynamicTest(rel, () -> check(rel, e.getValue())));
        }
        return tests.stream();
    }

    private static void check(String rel, byte[] bytes) throws IOException {
        String heap = ModuleDump.of(rel, ByteBuffer.wrap(bytes));
        Path golden = GOLDEN.resolve(rel + ".txt");
        if (REGOLD) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, heap, StandardCharsets.UTF_8);
        } else {
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), heap, rel + ": heap buffer");
        }
        for (Map.Entry<String, ByteBuffer> v : variants(bytes).entrySet()) {
            assertEquals(heap, ModuleDump.of(rel, v.getValue()), rel + ": " + v.getKey());
        }
        for (int[] starts : partStarts(bytes)) {
            assertEquals(heap, ModuleDump.of(() -> IrReader.readPartsAt(rel, ByteBuffer.wrap(bytes), starts)),
                    rel + ": read in parts from bytes " + Arrays.toString(starts));
        }
    }

    /**
     * Where to cut an input for the read in parts: the reader's own choice; up to 40 single line
     * starts spread over the file (inside bodies, metadata and globals as well, where the reader
     * must notice it cannot join and read sequentially instead); and up to 10 sets of several
     * line starts at once, so that more than two parts are joined.
     */
    private static List<int[]> partStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == '\n' && i + 1 < bytes.length) starts.add(i + 1);
        List<int[]> out = new ArrayList<>();
        out.add(IrReader.partStartsOf(ByteBuffer.wrap(bytes)));
        int step = Math.max(1, starts.size() / 40);
        for (int i = 0; i < starts.size(); i += step) out.add(new int[] {0, starts.get(i)});
        Random r = new Random(seed(bytes));
        for (int k = 0; k < 10 && starts.size() > 2; k++) {
            int[] cut = r.ints(2 + r.nextInt(6), 0, starts.size()).distinct().sorted().map(starts::get).toArray();
            int[] withZero = new int[cut.length + 1];
            System.arraycopy(cut, 0, withZero, 1, cut.length);
            out.add(withZero);
        }
        return out;
    }

    /** A seed that depends only on the input, so every run tries the same cuts. */
    private static long seed(byte[] bytes) {
        return Arrays.hashCode(bytes);
    }

    private static Map<String, ByteBuffer> variants(byte[] bytes) {
        byte[] padded = new byte[bytes.length + 13];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);
        ByteBuffer slice = ByteBuffer.wrap(padded, 5, bytes.length).slice();
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        return Map.of("heap slice at offset 5", slice,
                "read-only heap", ByteBuffer.wrap(bytes).asReadOnlyBuffer(),
                "direct", direct,
                "mapped", mapped(bytes));
    }

    private static ByteBuffer mapped(byte[] bytes) {
        try {
            Path f = Files.createTempFile(tmp, "unit", ".ll");
            Files.write(f, bytes);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
                return ch.map(FileChannel.MapMode.READ_ONLY, 0, bytes.length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
