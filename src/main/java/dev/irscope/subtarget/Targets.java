package dev.irscope.subtarget;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the feature table for a target and LLVM release. A release without its own table borrows
 * the nearest older one (then the nearest newer), and says so: feature lists change little between
 * releases, but a verdict that rests on a borrowed table must not hide it.
 */
public final class Targets {
    private static final Map<String, Optional<FeatureTable>> CACHE = new ConcurrentHashMap<>();

    private Targets() {}

    /** A table and whether it is the exact release asked for. */
    public record Found(FeatureTable table, boolean exact) {
        public String note() {
            String n = exact ? "" : "no " + table.arch() + " table for this LLVM release; used LLVM " + table.llvm() + "'s";
            if (exact && table.source().startsWith("derived")) {
                n = "LLVM " + table.llvm() + " " + table.arch() + " table derived from LLVM 22's features with LLVM " + table.llvm()
                        + "'s per-feature inline classes, from sources (llvm-project PRs; no LLVM 23 binary was run)";
            }
            if (!table.vendor().isEmpty()) {
                n += (n.isEmpty() ? "" : "; ") + "table: " + table.vendor() + "'s build of LLVM " + table.llvm() + ", with its "
                        + table.arch() + " patch; --vendor upstream gives upstream LLVM's answer";
            }
            return n;
        }
    }

    public static Optional<Found> find(String arch, int llvm) {
        return find(arch, llvm, Vendor.UPSTREAM);
    }

    public static Optional<Found> find(String arch, int llvm, Vendor vendor) {
        Optional<FeatureTable> t = get(arch, llvm, vendor);
        if (t.isPresent()) return Optional.of(new Found(t.get(), true));
        for (int d = 1; d <= 10; d++) {
            t = get(arch, llvm - d, vendor);
            if (t.isPresent()) return Optional.of(new Found(t.get(), false));
        }
        for (int d = 1; d <= 10; d++) {
            t = get(arch, llvm + d, vendor);
            if (t.isPresent()) return Optional.of(new Found(t.get(), false));
        }
        return Optional.empty();
    }

    private static Optional<FeatureTable> get(String arch, int llvm, Vendor vendor) {
        return CACHE.computeIfAbsent(arch + "/" + llvm + "/" + vendor, k -> FeatureTable.load(arch, llvm, vendor));
    }
}
