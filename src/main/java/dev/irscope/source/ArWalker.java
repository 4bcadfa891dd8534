package dev.irscope.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Hands the members of an {@code ar} archive (a static library, an rlib, kbuild's
 * {@code built-in.a}) to the {@link Expander}, each by its content. Rust's {@code lib.rmeta}
 * (crate metadata, no code) is passed over.
 *
 * <p>Thin archive members are files on disk, and are read only when the archive itself is a file
 * on disk: never from inside a tar, a zip or stdin, where the paths would name the reader's own
 * files. A member path is resolved against the archive's folder, as GNU ar and llvm-ar write and
 * the linkers read it, and must stay inside the input the user named (the folder given, or the
 * archive's own folder when the archive was named): {@code lib/x.a} naming {@code ../obj/b.o} is
 * read when {@code build/} was given, while {@code /etc/...} or a {@code ../..} escape is
 * refused with an error. Lexical check only: links inside the named tree are the user's own.
 * In a folder walk, a member that is a file the walk reads anyway is not read twice (kbuild's
 * {@code built-in.a} files list the very {@code .o} files next to them).
 */
final class ArWalker {

    private static final String RUST_METADATA = ".rmeta";

    private final Expander expander;

    ArWalker(Expander expander) {
        this.expander = expander;
    }

    void walk(Origin origin, ByteBuffer bytes, boolean thin, String label, int depth, Sink sink) throws IOException {
        ArArchive ar = ArArchive.read(bytes, thin, label, () -> expander.budget().chargeEntry(label));
        EntrySinks entries = new EntrySinks();
        Sink found = new Sink();
        int alreadyRead = 0;
        try {
            for (ArArchive.Member m : ar.members()) {
                String name = Labels.entryName(m.name());
                String entryLabel = Labels.child(label, name);
                if (name.toLowerCase(Locale.ROOT).endsWith(RUST_METADATA)) continue;
                Sink slot = entries.open(name);
                if (m.data().isPresent()) {
                    read(new Origin.InMemory(m.data().get()), entryLabel, name, depth, slot);
                } else if (!readThinMember(origin, m, entryLabel, name, depth, slot)) {
                    alreadyRead++;
                }
            }
        } finally {
            entries.flushInto(found);
            sink.addAll(found);
        }
        if (ar.failure().isPresent()) sink.problem(ar.failure().get().toProblem());
        if (alreadyRead > 0) {
            sink.skipped(label, alreadyRead + " member(s) are files of this folder, read once as such");
        } else if (found.isEmpty() && ar.failure().isEmpty()) {
            sink.skipped(label, "no members with LLVM IR or objects in this archive");
        }
    }

    private void read(Origin member, String entryLabel, String name, int depth, Sink slot) throws IOException {
        try {
            expander.expandEntry(member, entryLabel, name, depth + 1, slot);
        } catch (ReadFailure f) {
            f.keepWithin(entryLabel, slot);
        }
    }

    /** Reads a thin archive's member from disk; false if the folder walk reads that file itself. */
    private boolean readThinMember(Origin origin, ArArchive.Member m, String entryLabel, String name, int depth,
                                   Sink slot) throws IOException {
        if (!(origin instanceof Origin.OnDisk disk)) {
            slot.skipped(entryLabel, "member of a thin archive that is not a file on disk; not read");
            return true;
        }
        Optional<Path> resolved = resolve(disk, name);
        if (resolved.isEmpty()) {
            slot.error(entryLabel, "thin archive member path leaves " + shown(disk.root())
                    + "; only files inside the input given are read");
            return true;
        }
        Path file = resolved.get();
        if (disk.walked().contains(file)) return false;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            slot.error(entryLabel, Files.exists(file) ? "thin archive member is not a regular file"
                    : "thin archive member not found at " + shown(file));
            return true;
        }
        read(new Origin.OnDisk(file, disk.root(), disk.walked()), entryLabel, name, depth, slot);
        return true;
    }

    private static Optional<Path> resolve(Origin.OnDisk archive, String name) {
        try {
            Path member = Path.of(name);
            if (member.isAbsolute() || name.isEmpty()) return Optional.empty();
            Path folder = archive.path().toAbsolutePath().getParent();
            Path file = folder.resolve(member).normalize();
            return file.startsWith(archive.root()) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) && !p.equals(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
