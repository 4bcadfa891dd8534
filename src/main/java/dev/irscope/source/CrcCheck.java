package dev.irscope.source;

import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Checks a zip entry's CRC-32 when its data runs out: commons-compress does not, and a stored
 * entry has nothing else that would notice flipped bytes.
 */
final class CrcCheck extends WatchedInputStream {

    private final CRC32 crc = new CRC32();
    private final long expected;
    private final String label;
    private boolean checked;

    CrcCheck(InputStream in, long expected, String label) {
        super(in);
        this.expected = expected;
        this.label = label;
    }

    @Override
    void passed(byte[] b, int off, int n) {
        crc.update(b, off, n);
    }

    @Override
    void ended() throws ReadFailure {
        if (checked) return;
        checked = true;
        if (crc.getValue() != expected) {
            throw new ReadFailure(label, String.format("corrupt zip entry: CRC-32 is %08x, expected %08x",
                    crc.getValue(), expected));
        }
    }
}
