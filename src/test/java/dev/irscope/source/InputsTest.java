package dev.irscope.source;

import static dev.irscope.source.Fixtures.ir;
import static dev.irscope.source.Fixtures.text;
import static dev.irscope.source.Fixtures.utf8;
import static dev.irscope.source.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(Limits.defaults());

    private static List<String> names(Sources sources) {
        return sources.units().stream().map(SourceUnit::name).toList();
    }

    @Test
    void plainFileIsMappedReadOnlyNotCopied() {
        Path file = write(dir, "a.ll", utf8(ir("a")));

        SourceUnit unit = reader.read(List.of(file.toString())).units().get(0);

        assertEquals(file.toString(), unit.name());
        assertEquals(ir("a"), text(unit));
        assertTrue(unit.bytes().isDirect(), "a plain file must be mapped, not copied onto the heap");
        assertTrue(unit.bytes().isReadOnly());
        assertThrows(ReadOnlyBufferException.class, () -> unit.bytes().put(0, (byte) 1));
    }

    @Test
    void unitViewsAreIndependent() {
        Path file = write(dir, "a.ll", utf8(ir("a")));
        SourceUnit unit = reader.read(List.of(file.toString())).units().get(0);

        ByteBuffer first = unit.bytes();
        first.position(5);

        assertEquals(0, unit.bytes().position());
        assertEquals(unit.size(), unit.bytes().limit());
    }

    @Test
    void gigabytePlainFileIsMappedWithoutHeap() throws IOException {
        Path file = dir.resolve("huge.ll");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(utf8("; big\n"));
            raf.setLength(1L << 30); // sparse: costs no disk
        }

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.problems());
        SourceUnit unit = sources.units().get(0);
        assertEquals(1 << 30, unit.size());
        assertTrue(unit.bytes().isDirect());
        assertEquals(';', unit.bytes().get(0));
    }

    @Test
    void fileOfTwoGibibytesOrMoreIsAClearError() throws IOException {
        Path file = dir.resolve("toobig.ll");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(utf8("; big\n"));
            raf.setLength(3L << 30);
        }

        Sources sources = reader.read(List.of(file.toString()));

        assertEquals(List.of(), sources.units());
        assertEquals(List.of(SourceProblem.error(file.toString(),
                "file is 3 GiB; files of 2 GiB or more cannot be read")), sources.problems());
    }

    @Test
    void stdinPlainIsAUnitNamedStdin() {
        Sources sources = reader.read(List.of("-"), new ByteArrayInputStream(utf8(ir("s"))));

        assertEquals(List.of("<stdin>"), names(sources));
        assertEquals(ir("s"), text(sources.units().get(0)));
    }

    @Test
    void stdinGzipIsDecompressed() {
        Sources sources = reader.read(List.of("-"), new ByteArrayInputStream(Fixtures.gzip(utf8(ir("g")))));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of("<stdin>"), names(sources));
        assertEquals(ir("g"), text(sources.units().get(0)));
    }

    @Test
    void stdinArchivesAreOpened() {
        byte[] tgz = Fixtures.gzip(new Fixtures.Tar().file("x.ll", ir("x")).bytes());
        byte[] zip = new Fixtures.Zip().file("y.ll", ir("y")).bytes();

        Sources fromTgz = reader.read(List.of("-"), new ByteArrayInputStream(tgz));
        Sources fromZip = reader.read(List.of("-"), new ByteArrayInputStream(zip));

        assertEquals(List.of("<stdin>!/x.ll"), names(fromTgz));
        assertEquals(List.of("<stdin>!/y.ll"), names(fromZip));
        assertEquals(ir("y"), text(fromZip.units().get(0)));
    }

    @Test
    void emptyInputsAreReportedAsSkipped() {
        Path empty = write(dir, "empty.ll", new byte[0]);
        Path emptyGz = write(dir, "empty.ll.gz", Fixtures.gzip(new byte[0]));

        Sources sources = reader.read(List.of(empty.toString(), "-", emptyGz.toString()),
                new ByteArrayInputStream(new byte[0]));

        assertEquals(List.of(), sources.units());
        assertEquals(List.of(
                SourceProblem.skipped(empty.toString(), "empty; nothing to read"),
                SourceProblem.skipped("<stdin>", "empty; nothing to read"),
                SourceProblem.skipped(emptyGz.toString(), "gzip data that decompresses to nothing")),
                sources.problems());
    }

    @Test
    void missingFileIsAnError() {
        String missing = dir.resolve("nope.ll").toString();

        Sources sources = reader.read(List.of(missing));

        assertEquals(List.of(SourceProblem.error(missing, "no such file or directory")), sources.problems());
    }

    @Test
    void folderIsReadRecursivelySortedAndOnlyIr() {
        write(dir, "proj/z.ll", utf8(ir("z")));
        write(dir, "proj/sub/b.ll", utf8(ir("b")));
        write(dir, "proj/sub/a.ll.gz", Fixtures.gzip(utf8(ir("a"))));
        write(dir, "proj/sub/deeper/c.ll", utf8(ir("c")));
        write(dir, "proj/notes.txt", utf8("ignored"));
        write(dir, "proj/lib.so", new byte[] {0x7f, 'E', 'L', 'F'});
        write(dir, "proj/bundle.tar", new Fixtures.Tar().file("t.ll", ir("t")).bytes());
        String root = dir.resolve("proj").toString();

        Sources sources = reader.read(List.of(root + "/"));

        assertEquals(List.of(), sources.problems());
        assertEquals(List.of(root + "/sub/a.ll.gz", root + "/sub/b.ll", root + "/sub/deeper/c.ll", root + "/z.ll"),
                names(sources));
        assertEquals(ir("a"), text(sources.units().get(0)));
        assertEquals(3, sources.otherFiles(), "notes.txt, lib.so and bundle.tar are counted, not read");
    }

    @Test
    void folderFollowsFileLinksNotFolderLinksAndReportsDanglingOnes() throws IOException {
        Path real = write(dir, "elsewhere/real.ll", utf8(ir("real")));
        Path proj = Files.createDirectories(dir.resolve("proj"));
        Files.createSymbolicLink(proj.resolve("linked.ll"), real);
        Files.createSymbolicLink(proj.resolve("dangling.ll"), dir.resolve("gone.ll"));
        Files.createSymbolicLink(proj.resolve("loop"), proj); // would never end if followed

        Sources sources = reader.read(List.of(proj.toString()));

        assertEquals(List.of(proj + "/linked.ll"), names(sources));
        assertEquals(List.of(SourceProblem.error(proj + "/dangling.ll", "broken symbolic link")),
                sources.problems());
    }

    @Test
    void folderWithoutIrIsReportedAsSkipped() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));

        Sources sources = reader.read(List.of(empty.toString()));

        assertEquals(List.of(SourceProblem.skipped(empty.toString(), "no .ll, .bc, .o, .a or .rlib files in this folder")),
                sources.problems());
    }

    @Test
    void unreadableSubfolderIsReportedAndTheRestIsRead() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any folder");
        write(dir, "proj/ok.ll", utf8(ir("ok")));
        Path locked = Files.createDirectories(dir.resolve("proj/locked"));
        write(dir, "proj/locked/hidden.ll", utf8(ir("hidden")));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Sources sources = reader.read(List.of(dir.resolve("proj").toString()));

            assertEquals(List.of(dir.resolve("proj") + "/ok.ll"), names(sources));
            assertEquals(List.of(SourceProblem.error(dir.resolve("proj") + "/locked", "permission denied")),
                    sources.problems());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void brokenInputDoesNotLoseTheOthers() {
        Path first = write(dir, "first.ll", utf8(ir("first")));
        Path broken = write(dir, "broken.tgz", java.util.Arrays.copyOf(
                Fixtures.gzip(new Fixtures.Tar().file("x.ll", ir("x")).bytes()), 30));
        Path last = write(dir, "last.ll.zst", Fixtures.zstd(utf8(ir("last"))));
        String missing = dir.resolve("missing.ll").toString();

        Sources sources = reader.read(List.of(first.toString(), broken.toString(), missing, last.toString()));

        assertEquals(List.of(first.toString(), last.toString()), names(sources));
        assertEquals(ir("last"), text(sources.units().get(1)));
        assertEquals(List.of(
                SourceProblem.error(broken.toString(), "truncated gzip stream"),
                SourceProblem.error(missing, "no such file or directory")), sources.problems());
        assertTrue(sources.hasErrors());
    }

    @Test
    void inputsKeepCommandLineOrder() {
        Path b = write(dir, "b.ll", utf8(ir("b")));
        Path a = write(dir, "a.ll", utf8(ir("a")));

        assertEquals(List.of(b.toString(), a.toString()), names(reader.read(List.of(b.toString(), a.toString()))));
    }

    @Test
    void stdinIsNotClosed() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(utf8(ir("s"))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        reader.read(List.of("-"), in);

        assertFalse(closed[0]);
    }
}
