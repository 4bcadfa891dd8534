package dev.irscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip through its central directory (random access: a file on disk directly, anything
 * else after reading it into memory). Entries are independent, so one bad entry is reported and
 * the rest are still read. Each entry's declared compressed size bounds its ratio.
 */
final class ZipWalker {

    private static final String LAYER = "zip archive";

    private final Expander expander;

    ZipWalker(Expander expander) {
        this.expander = expander;
    }

    void walk(Origin origin, String label, int depth, Sink sink) throws IOException {
        EntrySinks entries = new EntrySinks();
        Sink found = new Sink();
        try (ZipFile zip = open(origin, label)) {
            List<ZipArchiveEntry> all = new ArrayList<>(Collections.list(zip.getEntries()));
            refuseOverlaps(all, label);
            all.sort(Comparator.comparing(e -> Labels.entryName(e.getName())));
            for (ZipArchiveEntry entry : all) {
                expander.budget().chargeEntry(label);
                String name = Labels.entryName(entry.getName());
                String entryLabel = Labels.child(label, name);
                if (entry.isDirectory()) continue;
                if (entry.isUnixSymlink()) {
                    entries.open(name).skipped(entryLabel, "symbolic link; links are not followed");
                } else if (NameHints.isWantedEntry(name)) {
                    read(zip, entry, entryLabel, name, depth, entries.open(name));
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

    /** A local file header's fixed part; the name and extra field follow it. */
    private static final int LOCAL_HEADER = 30;

    /**
     * Refuses a zip whose entries share bytes: hundreds of entries pointing into one compressed
     * stream is how a small zip expands to terabytes with every entry under the ratio. A real
     * zip's entries never overlap. The extent counted (header, name, data) is a lower bound, so
     * only true overlaps are refused.
     */
    private static void refuseOverlaps(List<ZipArchiveEntry> entries, String label) throws ReadFailure {
        List<ZipArchiveEntry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
        long end = -1;
        ZipArchiveEntry previous = null;
        for (ZipArchiveEntry e : byOffset) {
            long start = e.getLocalHeaderOffset();
            if (previous != null && start < end) {
                throw new ReadFailure(label, "entries '" + previous.getName() + "' and '" + e.getName()
                        + "' overlap (they share compressed data, the mark of a zip bomb); not read", true);
            }
            end = Math.max(end, start + LOCAL_HEADER + e.getRawName().length + Math.max(0, e.getCompressedSize()));
            previous = e;
        }
    }

    private ZipFile open(Origin origin, String label) throws IOException {
        try {
            if (origin instanceof Origin.OnDisk disk) return ZipFile.builder().setPath(disk.path()).get();
            if (origin instanceof Origin.InMemory held) {
                return ZipFile.builder().setSeekableByteChannel(new ByteBufferChannel(held.bytes())).get();
            }
            Origin.Streamed stream = (Origin.Streamed) origin;
            ByteBuffer bytes = BoundedRead.readAll(stream.in(), stream.sizeHint(), expander.budget(), label,
                    stream.decompressed() ? "decompressed size" : "size");
            return ZipFile.builder().setSeekableByteChannel(new ByteBufferChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw Failures.ofLayer(e, label, LAYER);
        }
    }

    private void read(ZipFile zip, ZipArchiveEntry entry, String entryLabel, String name, int depth, Sink slot)
            throws ReadFailure {
        if (!Expander.mayOpenEntry(name, depth + 1, entryLabel, slot)) return;
        if (!zip.canReadEntryData(entry)) {
            slot.error(entryLabel, "encrypted, or compressed with an unsupported method ("
                    + entry.getMethod() + ")");
            return;
        }
        boolean stored = entry.getMethod() == ZipArchiveEntry.STORED;
        try (InputStream in = zip.getInputStream(entry)) {
            InputStream data = new LayerGuard(in, entryLabel, "zip entry");
            if (entry.getCrc() >= 0) data = new CrcCheck(data, entry.getCrc(), entryLabel);
            long declared = entry.getCompressedSize();
            if (!stored && declared >= 0) {
                data = new RatioGuard(data, () -> declared, expander.budget(), entryLabel);
            }
            expander.expand(Origin.Streamed.of(data, entry.getSize(), !stored), entryLabel, name, depth + 1, slot);
        } catch (ReadFailure f) {
            f.keepWithin(entryLabel, slot);
        } catch (IOException | RuntimeException e) {
            slot.problem(Failures.ofLayer(e, entryLabel, "zip entry").toProblem());
        }
    }
}
