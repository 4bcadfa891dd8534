package dev.irscope.source;

import java.util.Locale;

/** Byte counts for people: "2 GiB", "1.5 MiB", "300 bytes". */
final class Sizes {

    private Sizes() {}

    static String format(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        long whole = Math.round(value);
        if (Math.abs(value - whole) < 0.05) return whole + " " + units[unit];
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
