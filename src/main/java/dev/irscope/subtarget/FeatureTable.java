package dev.irscope.subtarget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One target's subtarget features for one LLVM release, as derived from its TableGen files
 * (see tools/tables): each feature with what it implies, each CPU with its feature and tuning lists,
 * and the inline-specific lists (X86's ignore list, ARM's allow list, LLVM 23's inline classes).
 * Features and tuning features share one bit space, as in LLVM's FeatureBitset.
 */
public final class FeatureTable {
    private final String arch;
    private final int llvm;
    private final String source;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> tuning = new HashSet<>();
    private final Map<Integer, int[]> implies = new HashMap<>();
    private final Map<String, String[]> cpuFeatures = new LinkedHashMap<>();
    private final Map<String, String[]> cpuTuning = new LinkedHashMap<>();
    private final Set<String> ignore = new HashSet<>();
    private final Set<String> allow = new HashSet<>();
    private final Map<String, Set<String>> inlineClasses = new HashMap<>();

    private FeatureTable(String arch, int llvm, String source) {
        this.arch = arch;
        this.llvm = llvm;
        this.source = source;
    }

    public String arch() { return arch; }
    public int llvm() { return llvm; }
    /** Where the table came from: repository, path, commit, release. */
    public String source() { return source; }
    public Set<String> ignoreList() { return ignore; }
    public Set<String> allowList() { return allow; }
    public Set<String> inlineClass(String cls) { return inlineClasses.getOrDefault(cls, Set.of()); }
    public boolean isTuning(String feature) { return tuning.contains(feature); }
    public boolean hasFeature(String f) { return index.containsKey(f); }

    public String name(int bit) {
        return names.get(bit);
    }

    public Optional<Integer> bit(String feature) {
        return Optional.ofNullable(index.get(feature));
    }

    int size() {
        return names.size();
    }

    /** The CPU's features ({@code Implies}) as bits, closed under implication; empty if unknown. */
    public Optional<BitSet> cpuBits(String cpu) {
        String[] f = cpuFeatures.get(cpu);
        if (f == null) return cpuTuning.containsKey(cpu) ? Optional.of(new BitSet()) : Optional.empty();
        BitSet b = new BitSet();
        for (String x : f) setImplied(b, x);
        return Optional.of(b);
    }

    /** The CPU's tuning features ({@code TuneImplies}) as bits; empty if unknown. */
    public Optional<BitSet> tuneBits(String cpu) {
        String[] t = cpuTuning.get(cpu);
        if (t == null) return cpuFeatures.containsKey(cpu) ? Optional.of(new BitSet()) : Optional.empty();
        BitSet b = new BitSet();
        for (String x : t) setImplied(b, x);
        return Optional.of(b);
    }

    /** MCSubtargetInfo's SetImpliedBits: the feature and everything it implies, transitively. */
    void setImplied(BitSet b, String feature) {
        Integer i = index.get(feature);
        if (i != null) setImplied(b, i);
    }

    private void setImplied(BitSet b, int i) {
        if (b.get(i)) return;
        b.set(i);
        for (int j : implies.getOrDefault(i, new int[0])) setImplied(b, j);
    }

    /** ClearImpliedBits: the feature and every feature that implies it, transitively. */
    void clearImplied(BitSet b, String feature) {
        Integer i = index.get(feature);
        if (i != null) clearImplied(b, i, new BitSet());
    }

    private void clearImplied(BitSet b, int i, BitSet done) {
        if (done.get(i)) return;
        done.set(i);
        b.clear(i);
        for (Map.Entry<Integer, int[]> e : implies.entrySet()) {
            for (int j : e.getValue()) if (j == i) { clearImplied(b, e.getKey(), done); break; }
        }
    }

    /** Bits of the named features (unknown names are skipped). */
    public BitSet bitsOf(Set<String> features) {
        BitSet b = new BitSet();
        for (String f : features) bit(f).ifPresent(b::set);
        return b;
    }

    // ------------------------------------------------------------------ loading

    public static Optional<FeatureTable> load(String arch, int llvm) {
        return load(arch, llvm, Vendor.UPSTREAM);
    }

    /**
     * The release's table; for a vendor, its overlay ({@code llvmN-<vendor>.txt}) is read after the
     * upstream lines, so a feature line there replaces that feature's implications. Empty when the
     * release has no table; the upstream table when the vendor has no overlay for it.
     */
    public static Optional<FeatureTable> load(String arch, int llvm, Vendor vendor) {
        String base = "/dev/irscope/subtarget/" + arch + "/llvm" + llvm;
        try (InputStream in = FeatureTable.class.getResourceAsStream(base + ".txt")) {
            if (in == null) return Optional.empty();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String vendorName = "";
            if (vendor != Vendor.UPSTREAM) {
                try (InputStream ov = FeatureTable.class.getResourceAsStream(base + "-" + vendor.label() + ".txt")) {
                    if (ov != null) {
                        text += "\n" + new String(ov.readAllBytes(), StandardCharsets.UTF_8);
                        vendorName = vendor.label();
                    }
                }
            }
            FeatureTable t = parse(arch, llvm, new BufferedReader(new java.io.StringReader(text)));
            t.vendor = vendorName;
            return Optional.of(t);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String vendor = "";

    /** The vendor overlay read on top of upstream, or "" for upstream LLVM's table. */
    public String vendor() {
        return vendor;
    }

    static FeatureTable parse(String arch, int llvm, BufferedReader r) throws IOException {
        List<String[]> lines = new ArrayList<>();
        String source = "";
        for (String line; (line = r.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] t = line.split("\\s+");
            if (t[0].equals("source")) source = line.substring(7).strip();
            else lines.add(t);
        }
        FeatureTable ft = new FeatureTable(arch, llvm, source);
        // First pass: every feature name gets a bit, so implications may point forward.
        for (String[] t : lines) {
            if ((t[0].equals("feature") || t[0].equals("tuning")) && t.length > 1) {
                ft.intern(t[1]);
                if (t[0].equals("tuning")) ft.tuning.add(t[1]);
            }
        }
        for (String[] t : lines) {
            switch (t[0]) {
                case "feature", "tuning" -> {
                    int at = Arrays.asList(t).indexOf("implies");
                    if (at > 0) {
                        int[] imp = new int[t.length - at - 1];
                        for (int k = at + 1; k < t.length; k++) imp[k - at - 1] = ft.intern(t[k]);
                        ft.implies.put(ft.index.get(t[1]), imp);
                    }
                }
                case "cpu" -> {
                    List<String> feats = new ArrayList<>(), tunes = new ArrayList<>();
                    List<String> into = null;
                    for (int k = 2; k < t.length; k++) {
                        if (t[k].equals("features")) into = feats;
                        else if (t[k].equals("tuning")) into = tunes;
                        else if (into != null) into.add(t[k]);
                    }
                    ft.cpuFeatures.put(t[1], feats.toArray(new String[0]));
                    ft.cpuTuning.put(t[1], tunes.toArray(new String[0]));
                }
                case "tunecpu" -> {
                    List<String> tunes = new ArrayList<>();
                    for (int k = 2; k < t.length; k++) if (!t[k].equals("tuning")) tunes.add(t[k]);
                    ft.cpuTuning.put(t[1], tunes.toArray(new String[0]));
                }
                case "ignore" -> ft.ignore.addAll(Arrays.asList(t).subList(1, t.length));
                case "allow" -> ft.allow.addAll(Arrays.asList(t).subList(1, t.length));
                case "inline" -> {
                    if (t.length > 1) ft.inlineClasses.computeIfAbsent(t[1], k -> new HashSet<>())
                            .addAll(Arrays.asList(t).subList(2, t.length));
                }
                default -> { } // unknown line kinds are ignored so newer tables stay loadable
            }
        }
        return ft;
    }

    private int intern(String name) {
        Integer i = index.get(name);
        if (i != null) return i;
        index.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }
}
