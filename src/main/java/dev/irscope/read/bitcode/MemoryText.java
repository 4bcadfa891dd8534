package dev.irscope.read.bitcode;

/**
 * The printed forms of the attributes whose bitcode value is a bit set: {@code memory(...)}
 * (MemoryEffects, Attributes.cpp getAsString), {@code nofpclass(...)} (FPClassTest's printer) and
 * {@code captures(...)} (CaptureInfo's printer, LLVM 21+).
 */
final class MemoryText {
    private MemoryText() {}

    private static final String[] MOD_REF = {"none", "read", "write", "readwrite"};

    /**
     * LLVM up to 20 writes 3 locations (argmem, inaccessiblemem, other), 2 bits each; LLVM 21+
     * puts a version in the top byte and from version 1 on writes argmem, inaccessiblemem,
     * errnomem, other, target_mem0, target_mem1 (what llvm-dis-22 prints back).
     */
    static String of(long v) {
        int version = (int) (v >>> 56);
        String[] locs = version == 0
                ? new String[] {"argmem", "inaccessiblemem", null}
                : new String[] {"argmem", "inaccessiblemem", "errnomem", null, "target_mem0", "target_mem1"};
        int other = version == 0 ? 2 : 3;
        int otherMr = (int) (v >>> (2 * other)) & 3;
        int all = 0;
        for (int i = 0; i < locs.length; i++) all |= (int) (v >>> (2 * i)) & 3;
        StringBuilder b = new StringBuilder();
        if (otherMr != 0 || all == otherMr) b.append(MOD_REF[otherMr]);
        for (int i = 0; i < locs.length; i++) {
            if (i == other) continue;
            int mr = (int) (v >>> (2 * i)) & 3;
            if (mr == otherMr) continue;
            if (b.length() > 0) b.append(", ");
            b.append(locs[i]).append(": ").append(MOD_REF[mr]);
        }
        return b.toString();
    }

    private static final long[] FP_BITS = {0x3ff, 0x3, 0x1, 0x2, 0x204, 0x4, 0x108, 0x8, 0x90, 0x10, 0x60, 0x20,
        0x200, 0x100, 0x80, 0x40};
    private static final String[] FP_NAMES = {"all", "nan", "snan", "qnan", "inf", "ninf", "norm", "nnorm", "sub",
        "nsub", "zero", "nzero", "pinf", "pnorm", "psub", "pzero"};

    static String fpClass(long v) {
        long mask = v & 0x3ff;
        if (mask == 0) return "none";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < FP_BITS.length; i++) {
            if ((mask & FP_BITS[i]) == FP_BITS[i]) {
                if (b.length() > 0) b.append(' ');
                b.append(FP_NAMES[i]);
                mask &= ~FP_BITS[i];
            }
        }
        return b.toString();
    }

    /** CaptureInfo: other components in bits 4-7, return components in bits 0-3. */
    static String captures(long v) {
        int ret = (int) v & 15, other = (int) (v >>> 4) & 15;
        StringBuilder b = new StringBuilder();
        if (other != 0 || other == ret) b.append(components(other));
        if (other != ret) {
            if (b.length() > 0) b.append(", ");
            b.append("ret: ").append(components(ret));
        }
        return b.toString();
    }

    private static String components(int cc) {
        if (cc == 0) return "none";
        StringBuilder b = new StringBuilder();
        if ((cc & 3) == 1) b.append("address_is_null");
        else if ((cc & 2) != 0) b.append("address");
        if ((cc & 12) == 4) b.append(b.length() > 0 ? ", " : "").append("read_provenance");
        if ((cc & 8) != 0) b.append(b.length() > 0 ? ", " : "").append("provenance");
        return b.toString();
    }
}
