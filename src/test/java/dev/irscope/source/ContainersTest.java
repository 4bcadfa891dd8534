package dev.irscope.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The containers an LTO build leaves, made by real tools (clang-22, llvm-ar-22, binutils ar,
 * llvm-cat-22, rustc; {@code src/test/resources/dev/irscope/source/containers/make.sh}): each is
 * found by content, and the bitcode taken out of it is byte for byte what the compiler wrote.
 */
final class ContainersTest {
    static final Path DIR = Path.of("src/test/resources/dev/irscope/source/containers/out");

    private static Sources read(String... inputs) {
        return new InputReader(Limits.defaults()).read(Arrays.stream(inputs).map(i -> DIR.resolve(i).toString()).toList());
    }

    private static String at(String name) {
        return DIR.resolve(name).toString();
    }

    private static byte[] file(String name) throws IOException {
        return Files.readAllBytes(DIR.resolve(name));
    }

    private static byte[] bytes(SourceUnit u) {
        ByteBuffer b = u.bytes();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static boolean isBitcode(SourceUnit u) {
        ByteBuffer b = u.bytes();
        return u.format() == SourceUnit.Format.BITCODE && b.get(0) == 'B' && b.get(1) == 'C'
                && (b.get(2) & 0xFF) == 0xC0 && (b.get(3) & 0xFF) == 0xDE;
    }

    private static List<String> names(Sources s) {
        return s.units().stream().map(SourceUnit::name).toList();
    }

    @Test
    void rawBitcodeAndTheWrapperAreBitcodeUnits() throws IOException {
        Sources s = read("thin_a.o", "full_b.o", "wrapped_a.bc", "multi.bc");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(at("thin_a.o"), at("full_b.o"), at("wrapped_a.bc"), at("multi.bc")), names(s));
        assertTrue(s.units().stream().allMatch(u -> u.format() == SourceUnit.Format.BITCODE));
        assertArrayEquals(file("thin_a.o"), bytes(s.units().get(0)));
        assertArrayEquals(file("wrapped_a.bc"), bytes(s.units().get(2)), "the wrapper is the reader's to open");
    }

    @Test
    void elfObjectsGiveTheirLlvmbcSectionInEveryClassAndByteOrder() {
        Sources s = read("embed_d.o", "embed32_d.o", "embed32be_d.o", "embed64be_d.o", "fat_e.o");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(), s.natives());
        assertEquals(5, s.units().size());
        for (SourceUnit u : s.units()) {
            assertTrue(isBitcode(u), u.toString());
            // The section only, not the object around it.
            assertTrue(u.size() < file(u) - 200, u + " vs its file");
        }
    }

    private static long file(SourceUnit u) {
        try {
            return Files.size(Path.of(u.name()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void objectsWithoutBitcodeAreListedNotRead() {
        Sources s = read("plain_c.o", "macho_c.o", "coff_c.obj");
        assertEquals(List.of(), s.units());
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(new NativeObject(at("plain_c.o"), "ELF object"),
                new NativeObject(at("macho_c.o"), "Mach-O object"),
                new NativeObject(at("coff_c.obj"), "COFF object")), s.natives());
    }

    @Test
    void gnuArchiveWithLongNamesAndASymbolTable() throws IOException {
        Sources s = read("gnu.a");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(at("gnu.a") + "!/a_member_with_a_long_name.o", at("gnu.a") + "!/embed_d.o"), names(s));
        assertArrayEquals(file("thin_a.o"), bytes(s.units().get(0)));
        assertTrue(isBitcode(s.units().get(1)));
        assertEquals(List.of(new NativeObject(at("gnu.a") + "!/c_member_with_a_long_name.o", "ELF object")),
                s.natives());
    }

    @Test
    void bsdArchiveNamesAndLlvmArsOwnFormat() throws IOException {
        Sources bsd = read("bsd.a");
        assertEquals(List.of(), bsd.problems());
        assertEquals(List.of(at("bsd.a") + "!/a_member_with_a_long_name.o", at("bsd.a") + "!/full_b.o"), names(bsd));
        assertArrayEquals(file("thin_a.o"), bytes(bsd.units().get(0)));
        assertArrayEquals(file("full_b.o"), bytes(bsd.units().get(1)));
        Sources llvm = read("llvm.a");
        assertEquals(List.of(at("llvm.a") + "!/full_b.o", at("llvm.a") + "!/thin_a.o"), names(llvm));
        assertEquals(List.of(new NativeObject(at("llvm.a") + "!/plain_c.o", "ELF object")), llvm.natives());
    }

    @Test
    void thinArchiveMembersAreReadFromBesideTheArchive() throws IOException {
        Sources s = read("built-in.a", "gnu-thin.a");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(at("built-in.a") + "!/drivers/bar.o", at("built-in.a") + "!/drivers/foo.o",
                at("gnu-thin.a") + "!/drivers/foo.o"), names(s));
        assertArrayEquals(file("drivers/bar.o"), bytes(s.units().get(0)));
        assertArrayEquals(file("drivers/foo.o"), bytes(s.units().get(1)));
        assertEquals(List.of(new NativeObject(at("gnu-thin.a") + "!/plain_c.o", "ELF object")), s.natives());
    }

    @Test
    void aThinMemberOutsideTheNamedInputIsRefused() {
        Sources s = read("tree/lib/escape.a");
        assertEquals(List.of(), s.units());
        assertEquals(List.of(SourceProblem.error(at("tree/lib/escape.a") + "!/../obj/b.o",
                "thin archive member path leaves " + DIR.resolve("tree/lib")
                        + "; only files inside the input given are read")), s.problems());
    }

    @Test
    void aFolderWalkReadsAThinArchivesMembersOnce() throws IOException {
        // tree/ holds obj/b.o and lib/escape.a, whose member is ../obj/b.o: inside tree/, read once.
        Sources s = read("tree");
        assertEquals(List.of(at("tree") + "/obj/b.o"), names(s));
        assertArrayEquals(file("full_b.o"), bytes(s.units().get(0)));
        assertEquals(List.of(SourceProblem.skipped(at("tree") + "/lib/escape.a",
                "1 member(s) are files of this folder, read once as such")), s.problems());
    }

    @Test
    void rlibsGiveTheirCodegenUnitsAndSkipTheMetadata() {
        Sources s = read("libplugin.rlib", "libembedded.rlib");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(), s.natives(), "lib.rmeta is not an object of the link");
        assertEquals(2, s.units().size());
        assertTrue(s.units().get(0).name().matches(".*libplugin\\.rlib!/libplugin\\.plugin\\.[0-9a-f]+-cgu\\.0\\.rcgu\\.o"),
                s.units().get(0).name());
        assertTrue(s.units().get(1).name().matches(".*libembedded\\.rlib!/libembedded\\..*rcgu\\.o"));
        assertTrue(s.units().stream().allMatch(ContainersTest::isBitcode));
    }

    @Test
    void containersInsideACompressedTarAreOpened() throws IOException {
        Sources s = read("tree.tgz");
        assertEquals(List.of(), s.problems());
        String tgz = at("tree.tgz");
        List<String> names = names(s);
        assertEquals(4, names.size(), names.toString());
        assertEquals(tgz + "!/bsd.a!/a_member_with_a_long_name.o", names.get(0));
        assertEquals(tgz + "!/bsd.a!/full_b.o", names.get(1));
        assertTrue(names.get(2).startsWith(tgz + "!/libplugin.rlib!/libplugin.plugin."), names.get(2));
        assertEquals(tgz + "!/thin_a.o", names.get(3));
        assertArrayEquals(file("full_b.o"), bytes(s.units().get(1)));
    }

    @Test
    void aFolderIsWalkedForEveryBuildOutputSortedAndCounted() {
        Sources s = read("");
        List<String> names = names(s);
        assertEquals(names.stream().sorted().toList(), names, "sorted by relative path");
        assertTrue(names.contains(at("") + "bsd.a!/full_b.o") || names.contains(at("") + "/bsd.a!/full_b.o"),
                names.toString());
        // tree.tgz is not opened inside a folder; the .c-less fixture folder holds no other files.
        assertTrue(names.stream().noneMatch(n -> n.contains("tree.tgz")), names.toString());
        assertTrue(s.natives().size() >= 5, s.natives().toString());
        assertEquals(1, s.otherFiles(), "tree.tgz is counted as another file");
    }

    @Test
    void anArchiveOnStdinIsReadButAThinOneCannotReachTheDisk() throws IOException {
        Sources bsd = new InputReader(Limits.defaults()).read(List.of("-"), new ByteArrayInputStream(file("bsd.a")));
        assertEquals(List.of("<stdin>!/a_member_with_a_long_name.o", "<stdin>!/full_b.o"), names(bsd));
        Sources thin = new InputReader(Limits.defaults()).read(List.of("-"),
                new ByteArrayInputStream(file("built-in.a")));
        assertEquals(List.of(), thin.units());
        assertEquals(List.of(
                SourceProblem.skipped("<stdin>!/drivers/bar.o", "member of a thin archive that is not a file on disk; not read"),
                SourceProblem.skipped("<stdin>!/drivers/foo.o", "member of a thin archive that is not a file on disk; not read")),
                thin.problems());
    }

    @Test
    void aTruncatedArchiveKeepsTheMembersBeforeTheBreak(@TempDir Path tmp) throws IOException {
        byte[] whole = file("bsd.a");
        Path cut = tmp.resolve("cut.a");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 100));
        Sources s = new InputReader(Limits.defaults()).read(List.of(cut.toString()));
        assertEquals(List.of(cut + "!/a_member_with_a_long_name.o"), names(s));
        assertEquals(1, s.problems().size());
        assertEquals(cut.toString(), s.problems().get(0).name());
        assertTrue(s.problems().get(0).message().startsWith("truncated ar archive: member '#1/8'"),
                s.problems().get(0).message());
    }

    @Test
    void membersCountAgainstTheEntryCap() {
        Sources s = new InputReader(Limits.defaults().withMaxEntries(2)).read(List.of(at("llvm.a"), at("thin_a.o")));
        assertEquals(List.of(at("thin_a.o")), names(s), "the next input is still read");
        assertEquals(List.of(SourceProblem.error(at("llvm.a"),
                "more than 2 archive entries in total; the rest were not read")), s.problems());
    }

    /** Writes {@code name}'s bytes with {@code patch} applied and reads the copy. */
    private static Sources patched(Path tmp, String name, java.util.function.Consumer<ByteBuffer> patch)
            throws IOException {
        ByteBuffer b = ByteBuffer.wrap(file(name)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        patch.accept(b);
        Path copy = tmp.resolve(name);
        Files.write(copy, b.array());
        return new InputReader(Limits.defaults()).read(List.of(copy.toString(), at("thin_a.o")));
    }

    @Test
    void lyingElfHeadersGiveALocatedErrorAndTheOtherInputsAreRead(@TempDir Path tmp) throws IOException {
        // e_shnum (0x3C in ELF64) claims 65535 sections: the table would lie past the end.
        Sources many = patched(tmp, "embed_d.o", b -> b.putShort(0x3C, (short) 0xFFFF));
        assertEquals(List.of(at("thin_a.o")), names(many));
        assertEquals(1, many.problems().size());
        assertTrue(many.problems().get(0).toString().matches(".*embed_d\\.o: truncated ELF file: section header table "
                + "\\(65535 entries at offset \\d+\\) lies past its end"), many.problems().get(0).toString());
        // e_shoff beyond the end.
        Sources off = patched(tmp, "embed_d.o", b -> b.putLong(0x28, Long.MAX_VALUE / 2));
        assertTrue(off.problems().get(0).message().startsWith("truncated ELF file"), off.problems().toString());
        // The .llvmbc section's size (section 3's sh_size) pointing past the end.
        Sources section = patched(tmp, "embed_d.o", b -> {
            long shoff = b.getLong(0x28);
            b.putLong((int) (shoff + 3 * 64 + 32), 1L << 40);
        });
        assertEquals(List.of(SourceProblem.error(tmp.resolve("embed_d.o").toString(),
                "truncated ELF file: .llvmbc section (1099511627776 bytes at offset 68) lies past its end")),
                section.problems());
        assertEquals(List.of(at("thin_a.o")), names(section));
    }

    @Test
    void aCorruptArMemberHeaderEndsTheArchiveOnly(@TempDir Path tmp) throws IOException {
        // The size field of the first member after the symbol table ("#1/28 ... 2896") made non-numeric.
        Sources s = patched(tmp, "bsd.a", b -> {
            String text = new String(b.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = text.indexOf("#1/28");
            b.put(at + 48, (byte) 'x');
        });
        assertEquals(List.of(at("thin_a.o")), names(s));
        assertTrue(s.problems().get(0).message().startsWith("corrupt ar archive: 'x"), s.problems().toString());
    }

    @Test
    void aBcBesideTheLlOfTheSameNameIsReadOnce(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.ll"), "define void @a() {\n  ret void\n}\n");
        Files.write(tmp.resolve("a.bc"), file("thin_a.o"));
        Files.write(tmp.resolve("a.o"), file("thin_a.o"));
        Files.write(tmp.resolve("b.bc"), file("full_b.o"));
        Sources s = new InputReader(Limits.defaults()).read(List.of(tmp.toString()));
        assertEquals(List.of(tmp + "/a.ll", tmp + "/b.bc"), names(s));
        assertEquals(List.of(SourceProblem.skipped(tmp.toString(),
                "2 .bc/.o file(s) not read: the .ll of the same name beside each is read instead (a.bc, ...)")), s.problems());
    }

    @Test
    void machOObjectsGiveTheirLlvmBitcodeSection() {
        Sources s = read("macho_embed_d.o", "macho32_embed_d.o");
        assertEquals(List.of(), s.problems());
        assertEquals(List.of(), s.natives());
        assertEquals(List.of(at("macho_embed_d.o"), at("macho32_embed_d.o")), names(s));
        for (SourceUnit u : s.units()) {
            // Darwin's embedded bitcode carries the wrapper header.
            assertEquals(0x0B17C0DE, u.bytes().order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0), u.toString());
            assertTrue(u.size() < file(u) - 200, u + " vs its file");
        }
    }
}
