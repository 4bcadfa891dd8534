package dev.irscope.source;

import static dev.irscope.source.Fixtures.compress;
import static dev.irscope.source.Fixtures.ir;
import static dev.irscope.source.Fixtures.text;
import static dev.irscope.source.Fixtures.utf8;
import static dev.irscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodecTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(Limits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"gz", "xz", "bz2", "zst"})
    void compressedFileIsDecompressedAndKeepsItsOwnName(String codec) {
        String source = ir("helpers").repeat(50);
        Path file = write(dir, "helpers.ll." + codec, compress(codec, utf8(source)));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(1, sources.units().size());
        assertEquals(file.toString(), sources.units().get(0).name());
        assertEquals(source, text(sources.units().get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gz", "xz", "bz2", "zst"})
    void compressedDataNamedPlainIsStillDecompressed(String codec) {
        Path file = write(dir, "x.ll", compress(codec, utf8(ir("x"))));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(ir("x"), text(sources.units().get(0)));
        assertEquals(file.toString(), sources.units().get(0).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gz", "xz", "bz2", "zst"})
    void truncatedStreamIsAnErrorNamingTheCodec(String codec) {
        byte[] random = new byte[100_000];
        new java.util.Random(7).nextBytes(random);
        byte[] full = compress(codec, random);
        Path file = write(dir, "broken.ll." + codec, Arrays.copyOf(full, full.length / 2));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        String label = switch (codec) {
            case "gz" -> "gzip";
            case "bz2" -> "bzip2";
            case "zst" -> "zstd";
            default -> codec;
        };
        assertEquals(List.of(SourceProblem.error(file.toString(), "truncated " + label + " stream")),
                sources.problems());
    }

    @Test
    void corruptGzipIsAnErrorNotAnException() {
        byte[] good = Fixtures.gzip(utf8(ir("a").repeat(1000)));
        byte[] bad = good.clone();
        for (int i = 20; i < 60; i++) bad[i] ^= 0x5a;
        Path file = write(dir, "bad.ll.gz", bad);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(1, sources.problems().size());
        SourceProblem p = sources.problems().get(0);
        assertEquals(SourceProblem.Kind.ERROR, p.kind());
        assertTrue(p.message().startsWith("corrupt gzip stream") || p.message().equals("truncated gzip stream"),
                p.message());
    }

    @Test
    void concatenatedGzipMembersAreAllRead() {
        byte[] a = Fixtures.gzip(utf8("; part one\n"));
        byte[] b = Fixtures.gzip(utf8("; part two\n"));
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        Path file = write(dir, "two.ll.gz", both);

        assertEquals("; part one\n; part two\n", text(reader.read(List.of(file.toString())).units().get(0)));
    }

    @Test
    void gzipMembersArrivingSlowlyOnAPipeAreAllRead() throws Exception {
        // The second member arrives after a pause, as from `(gzip a; sleep 1; gzip b) | irscope -`;
        // the JDK's GZIPInputStream took "nothing available yet" for the end of the stream.
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 5000; i++) noise.append("; ").append(Long.toHexString(random.nextLong())).append('\n');
        String first = ir("first") + noise; // well past the sniffer's and buffers' read-ahead
        byte[] a = Fixtures.gzip(utf8(first));
        byte[] b = Fixtures.gzip(utf8(ir("second")));
        java.io.PipedInputStream in = new java.io.PipedInputStream(1 << 16);
        java.io.PipedOutputStream out = new java.io.PipedOutputStream(in);
        Thread feeder = new Thread(() -> {
            try (out) {
                out.write(a, 0, a.length - 3);
                out.flush();
                Thread.sleep(100);
                out.write(a, a.length - 3, 3);
                out.flush();
                Thread.sleep(300);
                out.write(b);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        feeder.start();

        Sources sources = reader.read(List.of("-"), in);
        feeder.join();

        assertEquals(List.of(), sources.problems());
        assertEquals(first + ir("second"), text(sources.units().get(0)));
    }

    @Test
    void dataCompressedTwiceIsSkipped() {
        Path file = write(dir, "twice.ll.gz.gz", Fixtures.gzip(Fixtures.gzip(utf8(ir("a")))));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        assertEquals(SourceProblem.Kind.SKIPPED, sources.problems().get(0).kind());
        assertTrue(sources.problems().get(0).message().contains("compressed twice"));
    }

    @Test
    void textNamedLikeGzipIsTreatedAsText() {
        Path file = write(dir, "oops.ll.gz", utf8(ir("oops")));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(ir("oops"), text(sources.units().get(0)));
    }

    @Test
    void binaryNamedLikeGzipButNotGzipIsAnError() {
        Path file = write(dir, "junk.ll.gz", new byte[] {1, 2, 0, 3, 4});

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(SourceProblem.error(file.toString(),
                "binary data that is not gzip, though the name says it is")), sources.problems());
    }

    @Test
    void bitcodeIsABitcodeUnitWhateverItsName() {
        Path file = write(dir, "a.ll", new byte[] {'B', 'C', (byte) 0xC0, (byte) 0xDE, 0x35, 0x14, 0, 0});

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(SourceUnit.Format.BITCODE), sources.units().stream().map(SourceUnit::format).toList());
    }
}
