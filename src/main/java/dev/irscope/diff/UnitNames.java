package dev.irscope.diff;

/**
 * Names a unit relative to the input it came from, which is what pairs units across two builds:
 * {@code build-a/lib/x.ll} and {@code build-b/lib/x.ll} are both {@code lib/x.ll}, and so is
 * {@code before.tgz!/lib/x.ll}. The spelling follows the source package's labels: folder + "/" +
 * relative path, archive + "!/" + entry name.
 */
public final class UnitNames {
    private UnitNames() {}

    public static String relative(String input, String unit) {
        String base = input.length() > 1 ? input.replaceAll("/+$", "") : input;
        if (unit.startsWith(base + "!/")) return unit.substring(base.length() + 2);
        if (unit.startsWith(base + "/")) return unit.substring(base.length() + 1);
        if (unit.equals(input)) {
            int slash = unit.lastIndexOf('/');
            return slash >= 0 ? unit.substring(slash + 1) : unit;
        }
        return unit;
    }
}
