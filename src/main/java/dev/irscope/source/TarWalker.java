package dev.irscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Streams a tar once, front to back, handing wanted entries to the {@link Expander}. Links,
 * devices and FIFOs are reported as skipped: they have no content of their own to read, and a
 * link must never lead outside the archive.
 *
 * <p>If the tar (or the stream under it) breaks, entries read completely before the break are
 * kept and the archive gets one ERROR naming the break.
 */
final class TarWalker {

    private static final String LAYER = "tar archive";

    private final Expander expander;

    TarWalker(Expander expander) {
        this.expander = expander;
    }

    void walk(Origin origin, String label, int depth, Sink sink) throws IOException {
        EntrySinks entries = new EntrySinks();
        Sink found = new Sink();
        try (InputStream raw = origin.openRaw();
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            InputStream data = new LayerGuard(tar, label, LAYER);
            TarArchiveEntry entry;
            while ((entry = next(tar, label)) != null) {
                expander.budget().chargeEntry(label);
                String name = Labels.entryName(entry.getName());
                String entryLabel = Labels.child(label, name);
                Optional<String> special = special(entry);
                if (special.isPresent()) {
                    entries.open(name).skipped(entryLabel, special.get());
                } else if (entry.isFile() && NameHints.isWantedEntry(name)) {
                    read(entry, data, origin.decompressed(), entryLabel, name, depth, entries.open(name));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, LAYER);
        } finally {
            entries.flushInto(found);
            sink.addAll(found);
        }
        if (found.isEmpty()) sink.skipped(label, "no " + NameHints.INPUT_NAMES + " entries in this archive");
    }

    private void read(TarArchiveEntry entry, InputStream data, boolean decompressed, String entryLabel,
                      String name, int depth, Sink slot) throws IOException {
        if (!Expander.mayOpenEntry(name, depth + 1, entryLabel, slot)) return;
        try {
            expander.expand(Origin.Streamed.of(data, entry.getSize(), decompressed), entryLabel, name,
                    depth + 1, slot);
        } catch (ReadFailure f) {
            f.keepWithin(entryLabel, slot); // the tar's own failures end the walk
        }
    }

    private static TarArchiveEntry next(TarArchiveInputStream tar, String label) throws ReadFailure {
        try {
            return tar.getNextEntry();
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, LAYER);
        }
    }

    /** Why an entry is skipped and reported, if it is a link or a special file. */
    private static Optional<String> special(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return Optional.of("symbolic link to '" + entry.getLinkName() + "'; links are not followed");
        }
        if (entry.isLink()) {
            return Optional.of("hard link to '" + entry.getLinkName() + "'; links are not followed");
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice()) return Optional.of("device file; not read");
        if (entry.isFIFO()) return Optional.of("FIFO (named pipe); not read");
        return Optional.empty();
    }
}
