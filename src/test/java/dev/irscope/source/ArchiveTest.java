package dev.irscope.source;

import static dev.irscope.source.Fixtures.compress;
import static dev.irscope.source.Fixtures.ir;
import static dev.irscope.source.Fixtures.text;
import static dev.irscope.source.Fixtures.utf8;
import static dev.irscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(Limits.defaults());

    /** Entries deliberately out of order, with non-IR entries that must be ignored silently. */
    private static byte[] sampleTar() {
        return new Fixtures.Tar()
                .dir("build")
                .file("build/zeta.ll", ir("zeta"))
                .file("README.md", "not IR")
                .file("build/helpers.ll", ir("helpers"))
                .file("build/main.so", new byte[] {0x7f, 'E', 'L', 'F', 0})
                .file("alpha.ll.gz", Fixtures.gzip(utf8(ir("alpha"))))
                .bytes();
    }

    private static List<String> names(Sources sources) {
        return sources.units().stream().map(SourceUnit::name).toList();
    }

    @ParameterizedTest
    @CsvSource({"a.tar,", "a.tar.gz,gz", "a.tgz,gz", "a.tar.xz,xz", "a.tar.bz2,bz2", "a.tar.zst,zst"})
    void tarKindsYieldIrEntriesSortedByName(String fileName, String codec) {
        byte[] tar = sampleTar();
        Path file = write(dir, fileName, codec == null ? tar : compress(codec, tar));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        String base = file.toString();
        assertEquals(List.of(base + "!/alpha.ll.gz", base + "!/build/helpers.ll", base + "!/build/zeta.ll"),
                names(sources));
        assertEquals(ir("alpha"), text(sources.units().get(0)));
        assertEquals(ir("helpers"), text(sources.units().get(1)));
    }

    @Test
    void zipYieldsIrEntriesSortedByName() {
        byte[] zip = new Fixtures.Zip()
                .file("src/z.ll", ir("z"))
                .stored("src/a.ll", utf8(ir("a")))
                .file("notes.txt", "ignored")
                .file("m.ll.xz", Fixtures.xz(utf8(ir("m"))))
                .bytes();
        Path file = write(dir, "attachments.zip", zip);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        String base = file.toString();
        assertEquals(List.of(base + "!/m.ll.xz", base + "!/src/a.ll", base + "!/src/z.ll"), names(sources));
        assertEquals(ir("m"), text(sources.units().get(0)));
        assertEquals(ir("a"), text(sources.units().get(1)));
        assertEquals(ir("z"), text(sources.units().get(2)));
    }

    @Test
    void archiveKindComesFromContentNotName() {
        Path tgz = write(dir, "misnamed.ll", Fixtures.gzip(new Fixtures.Tar().file("x.ll", ir("x")).bytes()));
        Path zip = write(dir, "upload.bin", new Fixtures.Zip().file("y.ll", ir("y")).bytes());

        Sources sources = reader.read(List.of(tgz.toString(), zip.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(tgz + "!/x.ll", zip + "!/y.ll"), names(sources));
    }

    @Test
    void archiveInsideArchiveIsOpenedOneLevelDeep() {
        byte[] inner = Fixtures.gzip(new Fixtures.Tar().file("a.ll", ir("a")).file("b.ll", ir("b")).bytes());
        byte[] outer = new Fixtures.Zip().file("inner.tar.gz", inner).file("top.ll", ir("top")).bytes();
        Path file = write(dir, "outer.zip", outer);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(file + "!/inner.tar.gz!/a.ll", file + "!/inner.tar.gz!/b.ll", file + "!/top.ll"),
                names(sources));
        assertEquals(ir("b"), text(sources.units().get(1)));
    }

    @Test
    void archiveTwoLevelsDeepIsReportedAsSkipped() {
        byte[] deepest = new Fixtures.Tar().file("deep.ll", ir("deep")).bytes();
        byte[] middle = new Fixtures.Zip().file("deep.tar", deepest).file("mid.ll", ir("mid")).bytes();
        // Also a third-level archive hiding under an IR name: caught by content.
        byte[] middle2 = new Fixtures.Tar().file("sneaky.ll", new Fixtures.Zip().file("s.ll", "x").bytes()).bytes();
        byte[] outer = new Fixtures.Tar().file("middle.zip", middle).file("middle2.tar", middle2).bytes();
        Path file = write(dir, "outer.tar", outer);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/middle.zip!/mid.ll"), names(sources));
        assertEquals(List.of(
                SourceProblem.skipped(file + "!/middle.zip!/deep.tar",
                        "archive nested more than one level deep; not opened"),
                SourceProblem.skipped(file + "!/middle2.tar!/sneaky.ll",
                        "archive nested more than one level deep; not opened")), sources.problems());
    }

    @Test
    void tarLinksDevicesAndFifosAreSkippedAndReported() {
        byte[] tar = new Fixtures.Tar()
                .file("real.ll", ir("real"))
                .symlink("link.ll", "/etc/passwd")
                .hardlink("hard.ll", "real.ll")
                .fifo("pipe")
                .device("tty")
                .bytes();
        Path file = write(dir, "links.tar", tar);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/real.ll"), names(sources));
        assertEquals(List.of(
                SourceProblem.skipped(file + "!/hard.ll", "hard link to 'real.ll'; links are not followed"),
                SourceProblem.skipped(file + "!/link.ll", "symbolic link to '/etc/passwd'; links are not followed"),
                SourceProblem.skipped(file + "!/pipe", "FIFO (named pipe); not read"),
                SourceProblem.skipped(file + "!/tty", "device file; not read")), sources.problems());
    }

    @Test
    void zipSymlinkIsSkippedAndReported() {
        byte[] zip = new Fixtures.Zip().symlink("link.ll", "/etc/passwd").file("a.ll", ir("a")).bytes();
        Path file = write(dir, "links.zip", zip);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/a.ll"), names(sources));
        assertEquals(List.of(SourceProblem.skipped(file + "!/link.ll", "symbolic link; links are not followed")),
                sources.problems());
    }

    @Test
    void archiveWithoutIrIsReportedAsSkipped() {
        Path tar = write(dir, "docs.tar", new Fixtures.Tar().file("README", "hi").bytes());
        Path emptyZip = write(dir, "empty.zip", new Fixtures.Zip().bytes());

        Sources sources = reader.read(List.of(tar.toString(), emptyZip.toString()));

        assertEquals(List.of(), sources.units());
        assertEquals(List.of(
                SourceProblem.skipped(tar.toString(), "no .ll, .bc, .o, .a or .rlib entries in this archive"),
                SourceProblem.skipped(emptyZip.toString(), "no .ll, .bc, .o, .a or .rlib entries in this archive")), sources.problems());
    }

    @Test
    void truncatedTgzKeepsEntriesReadBeforeTheBreak() {
        byte[] big = new byte[400_000];
        new java.util.Random(3).nextBytes(big);
        byte[] tgz = Fixtures.gzip(new Fixtures.Tar().file("a.ll", ir("a")).file("b.ll", big).bytes());
        Path file = write(dir, "broken.tgz", java.util.Arrays.copyOf(tgz, tgz.length / 2));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/a.ll"), names(sources));
        assertEquals(ir("a"), text(sources.units().get(0)));
        assertEquals(List.of(SourceProblem.error(file.toString(), "truncated gzip stream")), sources.problems());
    }

    @Test
    void truncatedPlainTarIsAnError() {
        byte[] big = new byte[40_000];
        byte[] tar = new Fixtures.Tar().file("a.ll", ir("a")).file("b.ll", big).bytes();
        Path file = write(dir, "cut.tar", java.util.Arrays.copyOf(tar, 5_000));

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/a.ll"), names(sources));
        assertEquals(List.of(SourceProblem.error(file.toString(), "truncated tar archive")), sources.problems());
    }

    @Test
    void corruptZipEntryIsReportedAndOtherEntriesAreKept() {
        byte[] zip = new Fixtures.Zip().stored("a.ll", utf8(ir("a"))).stored("b.ll", utf8(ir("b"))).bytes();
        // Flip a content byte of the first stored entry: its CRC no longer matches.
        int at = new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("define void @a");
        zip[at] = 'X';
        Path file = write(dir, "crc.zip", zip);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(file + "!/b.ll"), names(sources));
        assertEquals(1, sources.problems().size());
        assertEquals(file + "!/a.ll", sources.problems().get(0).name());
        assertTrue(sources.problems().get(0).message().startsWith("corrupt zip entry"),
                sources.problems().get(0).message());
    }

    @Test
    void notAZipAtAllIsAnError() {
        byte[] junk = new byte[100];
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        Path file = write(dir, "junk.zip", junk);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        assertEquals(SourceProblem.Kind.ERROR, sources.problems().get(0).kind());
        assertTrue(sources.problems().get(0).message().contains("zip archive"), sources.problems().get(0).message());
    }

    @Test
    void oldStyleTarWithoutMagicIsReadWhenNamedTar() {
        byte[] tar = new Fixtures.Tar().file("v7.ll", ir("v7")).bytes();
        // Turn the ustar header into a pre-POSIX one: clear the magic and version, fix the checksum.
        for (int i = 257; i < 265; i++) tar[i] = 0;
        for (int i = 148; i < 156; i++) tar[i] = ' ';
        long sum = 0;
        for (int i = 0; i < 512; i++) sum += tar[i] & 0xff;
        byte[] octal = String.format("%06o\0 ", sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(octal, 0, tar, 148, 8);
        Path file = write(dir, "old.tar", tar);

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(file + "!/v7.ll"), names(sources));
    }
}
