package dev.irscope.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members of a Unix {@code ar} archive held in one buffer: GNU/SysV names (a {@code /} symbol
 * table, a {@code //} table of long names referred to as {@code /N}), BSD names ({@code #1/N}:
 * the name is the first N bytes of the data, {@code __.SYMDEF} is the symbol table), and thin
 * archives ({@code !<thin>}), whose members are only paths to files next to the archive.
 *
 * <p>The symbol and name tables are not members. Every size and name offset comes from the file
 * and is checked against the buffer; a broken header ends the walk with a one-line error, and
 * members parsed before it are kept (see {@link #members()}).
 */
final class ArArchive {

    static final int MAGIC_SIZE = 8;
    private static final int HEADER = 60;
    /** Longest member name accepted; real ones (kbuild paths, rustc cgu names) are far shorter. */
    static final int MAX_NAME = 4096;

    /**
     * @param name the member's name (for thin archives: a path relative to the archive's folder)
     * @param data the member's bytes, a slice of the archive; empty for a thin archive's member
     * @param size the size its header gives
     */
    record Member(String name, Optional<ByteBuffer> data, long size) {}

    private final ByteBuffer ar;
    private final boolean thin;
    private final String label;
    private final List<Member> members = new ArrayList<>();
    private Optional<ReadFailure> failure = Optional.empty();
    private ByteBuffer longNames = ByteBuffer.allocate(0);

    private ArArchive(ByteBuffer ar, boolean thin, String label) {
        this.ar = ar;
        this.thin = thin;
        this.label = label;
    }

    /** Parses {@code bytes} (starting with the magic); {@code charge} is called once per member header. */
    static ArArchive read(ByteBuffer bytes, boolean thin, String label, Charge charge) throws ReadFailure {
        ArArchive a = new ArArchive(bytes.slice(), thin, label);
        a.walk(charge);
        return a;
    }

    /** Counts a member against the entry budget; may end the whole input. */
    interface Charge {
        void member() throws ReadFailure;
    }

    List<Member> members() {
        return members;
    }

    /** Why the walk stopped early, if it did. */
    Optional<ReadFailure> failure() {
        return failure;
    }

    private void walk(Charge charge) throws ReadFailure {
        long at = MAGIC_SIZE;
        while (at < ar.limit()) {
            if (at + 1 == ar.limit() && ar.get((int) at) == '\n') break; // the last member's padding
            try {
                at = member(at, charge);
            } catch (ReadFailure f) {
                if (f.stopsInput()) throw f;
                failure = Optional.of(f);
                return;
            }
        }
    }

    /** Reads the member whose header is at {@code at}; returns where the next header starts. */
    private long member(long at, Charge charge) throws ReadFailure {
        if (ar.limit() - at < HEADER) throw truncated("member header at offset " + at);
        if (ar.get((int) at + 58) != '`' || ar.get((int) at + 59) != '\n') {
            throw corrupt("no member header at offset " + at);
        }
        charge.member();
        String rawName = field(at, 0, 16);
        long size = decimal(field(at, 48, 10), at);
        long data = at + HEADER;
        boolean table = rawName.equals("/") || rawName.equals("/SYM64/") || rawName.equals("//");
        // A thin archive stores only its symbol and name tables; members live in their own files.
        boolean stored = !thin || table;
        if (stored && size > ar.limit() - data) {
            throw truncated("member '" + rawName + "' (" + size + " bytes at offset " + data + ")");
        }
        long next = stored ? data + size + (size & 1) : data;
        if (rawName.equals("//")) {
            longNames = ar.slice((int) data, (int) size);
            return next;
        }
        if (table) return next;
        String name;
        long skip = 0;
        if (rawName.startsWith("#1/")) {
            long n = decimal(rawName.substring(3), at);
            if (n > size || n > MAX_NAME) throw corrupt("BSD name length " + n + " at offset " + at);
            name = cString(ar.slice((int) data, (int) n));
            skip = n;
        } else if (rawName.startsWith("/") && rawName.length() > 1) {
            name = longName(decimal(rawName.substring(1), at), at);
        } else {
            name = rawName.endsWith("/") ? rawName.substring(0, rawName.length() - 1) : rawName;
        }
        if (name.startsWith("__.SYMDEF")) return next; // BSD symbol table
        Optional<ByteBuffer> bytes = stored
                ? Optional.of(ar.slice((int) (data + skip), (int) (size - skip)))
                : Optional.empty();
        members.add(new Member(name, bytes, size - skip));
        return next;
    }

    private String longName(long offset, long at) throws ReadFailure {
        if (offset >= longNames.limit()) {
            throw corrupt("long name offset " + offset + " at offset " + at + " is outside the name table");
        }
        int start = (int) offset;
        int end = start;
        while (end < longNames.limit() && longNames.get(end) != '\n' && end - start <= MAX_NAME) end++;
        byte[] raw = new byte[end - start];
        longNames.get(start, raw);
        String name = new String(raw, StandardCharsets.UTF_8);
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private String field(long at, int offset, int length) {
        byte[] raw = new byte[length];
        ar.get((int) at + offset, raw);
        return new String(raw, StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private static String cString(ByteBuffer b) {
        int end = 0;
        while (end < b.limit() && b.get(end) != 0) end++;
        byte[] raw = new byte[end];
        b.get(0, raw);
        return new String(raw, StandardCharsets.UTF_8);
    }

    private long decimal(String digits, long at) throws ReadFailure {
        String d = digits.strip();
        if (d.isEmpty() || d.length() > 12 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw corrupt("'" + d + "' is not a size in the member header at offset " + at);
        }
        return Long.parseLong(d);
    }

    private ReadFailure corrupt(String why) {
        return new ReadFailure(label, "corrupt ar archive: " + why);
    }

    private ReadFailure truncated(String what) {
        return new ReadFailure(label, "truncated ar archive: " + what + " runs past its end");
    }
}
