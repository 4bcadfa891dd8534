package dev.irscope.source;

import static dev.irscope.source.Fixtures.ir;
import static dev.irscope.source.Fixtures.text;
import static dev.irscope.source.Fixtures.utf8;
import static dev.irscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyTest {

    private static final long MIB = 1L << 20;
    private static final long GB = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void traversalEntryNamesAreLabelsAndNothingIsWritten() {
        byte[] tar = new Fixtures.Tar()
                .file("../../etc/passwd.ll", ir("evil"))
                .file("/abs/olute.ll", ir("abs"))
                .bytes();
        byte[] zip = new Fixtures.Zip()
                .file("../../../escape.ll", ir("escape"))
                .file("..\\windows\\style.ll", ir("win"))
                .bytes();
        Path tarFile = write(dir, "in/evil.tar", tar);
        Path zipFile = write(dir, "in/evil.zip", zip);
        List<String> before = Fixtures.tree(dir);

        Sources sources = new InputReader(Limits.defaults()).read(List.of(tarFile.toString(), zipFile.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(
                tarFile + "!/../../etc/passwd.ll",
                tarFile + "!//abs/olute.ll",
                zipFile + "!/../../../escape.ll",
                zipFile + "!/../windows/style.ll"), sources.units().stream().map(SourceUnit::name).toList());
        assertEquals(ir("evil"), text(sources.units().get(0)));
        assertEquals(before, Fixtures.tree(dir), "nothing may be written anywhere under the temp dir");
    }

    @Test
    void zipBombEntryStopsAtThePerEntryLimit() {
        byte[] zip = new Fixtures.Zip().file("x.ll", new byte[10_000_000]).file("ok.ll", ir("ok")).bytes();
        assertTrue(zip.length < 100_000, "fixture should be a small zip: " + zip.length);
        Path file = write(dir, "bomb.zip", zip);
        Limits limits = Limits.defaults().withMaxEntryBytes(512 * 1024);

        Sources sources = new InputReader(limits).read(List.of(file.toString()));

        assertEquals(List.of(file + "!/ok.ll"), sources.units().stream().map(SourceUnit::name).toList());
        assertEquals(List.of(SourceProblem.error(file + "!/x.ll",
                "decompressed size exceeds the 512 KiB per-entry limit")), sources.problems());
    }

    @Test
    void zipBombEntryTripsTheRatioLimitWithDefaults() {
        byte[] zip = new Fixtures.Zip().file("x.ll", new byte[20_000_000]).bytes();
        Path file = write(dir, "bomb.zip", zip);

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        SourceProblem p = sources.problems().get(0);
        assertEquals(file + "!/x.ll", p.name());
        assertTrue(p.message().startsWith("compression ratio exceeds 500:1"), p.message());
    }

    @Test
    void gigabyteBombOnStdinIsRejectedByRatioWithoutReadingItAll() {
        GeneratedGzip bomb = new GeneratedGzip(GB, new byte[] {0});
        long before = Fixtures.allocatedByThisThread();

        Sources sources = new InputReader(Limits.defaults()).read(List.of("-"), bomb);

        long allocated = Fixtures.allocatedByThisThread() - before;
        assertTrue(allocated < 64 * MIB, "allocated " + allocated + " bytes");
        assertEquals(List.of(), sources.units());
        SourceProblem p = sources.problems().get(0);
        assertEquals("<stdin>", p.name());
        assertTrue(p.message().startsWith("compression ratio exceeds 500:1"), p.message());
        assertTrue(bomb.produced() < 64 * MIB, "read " + bomb.produced() + " bytes of the bomb");
    }

    @Test
    void gigabyteStreamStopsAtThePerEntryLimitWithoutReadingItAll() {
        GeneratedGzip stream = new GeneratedGzip(GB, utf8("define void @f() { ret void }\n"));
        Limits limits = Limits.defaults().withMaxEntryBytes(16 * MIB).withMaxCompressionRatio(Long.MAX_VALUE);
        long before = Fixtures.allocatedByThisThread();

        Sources sources = new InputReader(limits).read(List.of("-"), stream);

        long allocated = Fixtures.allocatedByThisThread() - before;
        assertTrue(allocated < 64 * MIB, "allocated " + allocated + " bytes");
        assertEquals(List.of(), sources.units());
        assertEquals(List.of(SourceProblem.error("<stdin>", "decompressed size exceeds the 16 MiB per-entry limit")),
                sources.problems());
        assertTrue(stream.produced() < 64 * MIB, "read " + stream.produced() + " bytes of the stream");
    }

    @Test
    void gigabyteFileBombIsRejectedByRatio() {
        // ~100 KB on disk, 100 MB decompressed: a file input measures bytes consumed too.
        Path file = dir.resolve("zeros.ll.gz");
        try (var in = new GeneratedGzip(100 * MIB, new byte[] {0})) {
            java.nio.file.Files.copy(in, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        assertTrue(sources.problems().get(0).message().startsWith("compression ratio exceeds"),
                sources.problems().get(0).message());
    }

    @Test
    void tarEntryDeclaringMoreThanTheLimitFailsWithoutReadingIt() {
        byte[] tar = new Fixtures.Tar().file("big.ll", new byte[3 * 1024 * 1024]).file("small.ll", ir("s")).bytes();
        Path file = write(dir, "big.tar", tar);

        Sources sources = new InputReader(Limits.defaults().withMaxEntryBytes(MIB)).read(List.of(file.toString()));

        assertEquals(List.of(file + "!/small.ll"), sources.units().stream().map(SourceUnit::name).toList());
        assertEquals(List.of(SourceProblem.error(file + "!/big.ll", "size exceeds the 1 MiB per-entry limit")),
                sources.problems());
    }

    @Test
    void lyingTarHeaderDoesNotAllocateWhatItClaims() {
        // A 1 KB tar whose header claims 1.5 GB: truncated, and must not cost 1.5 GB of heap.
        byte[] tar = new Fixtures.Tar().file("liar.ll", utf8(ir("x"))).bytes();
        String claimed = String.format("%011o", 1_500_000_000L);
        System.arraycopy(claimed.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, tar, 124, 11);
        for (int i = 148; i < 156; i++) tar[i] = ' ';
        long sum = 0;
        for (int i = 0; i < 512; i++) sum += tar[i] & 0xff;
        System.arraycopy(String.format("%06o\0 ", sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                0, tar, 148, 8);
        Path file = write(dir, "liar.tar", java.util.Arrays.copyOf(tar, 1024));
        long before = Fixtures.allocatedByThisThread();

        Sources sources = new InputReader(Limits.defaults()).read(List.of(file.toString()));

        long allocated = Fixtures.allocatedByThisThread() - before;
        assertEquals(List.of(SourceProblem.error(file.toString(), "truncated tar archive")), sources.problems());
        assertTrue(allocated < 100 * MIB, "allocated " + allocated + " bytes for a 1 KB tar");
    }

    @Test
    void totalLimitStopsTheInput() {
        byte[] part = utf8(("; " + "x".repeat(98) + "\n").repeat(6_000)); // 600 KB each
        byte[] tar = new Fixtures.Tar().file("a.ll", part).file("b.ll", part).file("c.ll", part).bytes();
        Path file = write(dir, "many.tar", tar);
        Path plain = write(dir, "plain.ll", part);

        Sources sources = new InputReader(Limits.defaults().withMaxTotalBytes(MIB))
                .read(List.of(file.toString(), plain.toString()));

        // a.ll fits; b.ll breaks the total; c.ll is never tried; the mapped file costs no budget.
        assertEquals(List.of(file + "!/a.ll", plain.toString()),
                sources.units().stream().map(SourceUnit::name).toList());
        assertEquals(List.of(SourceProblem.error(file + "!/b.ll",
                "data read into memory exceeds the 1 MiB total limit")), sources.problems());
    }

    @Test
    void entryCountLimitStopsTheArchive() {
        Fixtures.Tar tar = new Fixtures.Tar();
        for (int i = 0; i < 10; i++) tar.file("f" + i + ".ll", ir("f" + i));
        Path file = write(dir, "ten.tar", tar.bytes());

        Sources sources = new InputReader(Limits.defaults().withMaxEntries(4)).read(List.of(file.toString()));

        assertEquals(4, sources.units().size());
        assertEquals(List.of(SourceProblem.error(file.toString(),
                "more than 4 archive entries in total; the rest were not read")), sources.problems());
    }

    @Test
    void plainStdinLargerThanTheLimitIsRefused() {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ';');

        Sources sources = new InputReader(Limits.defaults().withMaxEntryBytes(MIB))
                .read(List.of("-"), new ByteArrayInputStream(big));

        assertEquals(List.of(SourceProblem.error("<stdin>", "size exceeds the 1 MiB per-entry limit")),
                sources.problems());
    }
}
