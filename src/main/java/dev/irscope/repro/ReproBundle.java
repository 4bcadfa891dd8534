package dev.irscope.repro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * The {@code --bundle} archive: the report plus one minimal pair of units per blocked edge, as a
 * gzipped tar with sorted entries, mtime 0, uid/gid 0 and mode 0644, so the same inputs give the
 * same archive bytes on every machine.
 */
public final class ReproBundle {
    private final Map<String, String> entries = new TreeMap<>();

    public ReproBundle add(String name, String text) {
        if (entries.putIfAbsent(name, text) != null) throw new IllegalArgumentException("duplicate bundle entry " + name);
        return this;
    }

    /** Adds a repro as {@code edge-N/<caller-unit>.ll} and {@code edge-N/<callee-unit>.ll}. */
    public ReproBundle add(int edge, Repro r) {
        add("edge-" + edge + "/" + r.callerFile(), r.callerText());
        return add("edge-" + edge + "/" + r.calleeFile(), r.calleeText());
    }

    public Map<String, String> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    public byte[] tarGz() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GzipParameters gz = new GzipParameters();
        gz.setModificationTime(0);
        gz.setOperatingSystem(255); // "unknown": the archive must not depend on the machine
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes, gz),
                StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry t = new TarArchiveEntry(e.getKey(), true);
                t.setSize(data.length);
                t.setMode(0100644);
                t.setModTime(0L);
                t.setUserId(0);
                t.setGroupId(0);
                t.setUserName("");
                t.setGroupName("");
                tar.putArchiveEntry(t);
                tar.write(data);
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
