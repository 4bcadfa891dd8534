package dev.irscope.compat;

import dev.irscope.ir.Module;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which LLVM release's rules apply, read from the units' producers: clang names its version, rustc
 * names its own, which maps to the LLVM it bundles (resource rustc-llvm.txt).
 */
public final class LlvmVersion {
    private LlvmVersion() {}

    public static final int DEFAULT = 19;

    /** The newest release the catalogue has rules for: 23 is the first to keep the target check under alwaysinline. */
    public static final int NEWEST = 23;

    /** What to say of a release outside {@link #known}, after the release itself. */
    public static final String KNOWN = "irscope has rules for LLVM 14 to " + NEWEST + " only";

    /** Whether a release given by hand (--llvm, the REPL's llvm) is one irscope has rules for. */
    public static boolean known(int release) {
        return release >= 14 && release <= NEWEST;
    }
    private static final Pattern CLANG = Pattern.compile("clang version (\\d+)\\.");
    private static final Pattern RUSTC = Pattern.compile("rustc version 1\\.(\\d+)\\.");
    private static final Pattern APPLE = Pattern.compile("Apple clang version");
    private static final Map<Integer, Integer> RUSTC_LLVM = loadRustc();

    /** The chosen release and how it was chosen, printed so users know which rules ran. */
    public record Choice(int llvm, String reason) {}

    /** The LLVM major a producer string implies, if it names one. */
    public static Optional<Integer> of(String producer) {
        if (APPLE.matcher(producer).find()) return Optional.empty(); // Apple's numbering is its own
        Matcher m = CLANG.matcher(producer);
        if (m.find()) return Optional.of(Integer.parseInt(m.group(1)));
        m = RUSTC.matcher(producer);
        if (m.find()) {
            int minor = Integer.parseInt(m.group(1));
            Integer best = null;
            for (Map.Entry<Integer, Integer> e : RUSTC_LLVM.entrySet()) if (e.getKey() <= minor) best = e.getValue();
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    /**
     * The rule set for a set of units: the producers' LLVM when they agree; otherwise the newest,
     * since LTO runs in the newest LLVM that can read every unit's bitcode.
     */
    public static Choice choose(List<Module> units) {
        List<String> seen = new ArrayList<>();
        int max = -1;
        boolean differ = false;
        for (Module m : units) {
            for (String ident : m.header().idents()) {
                Optional<Integer> v = of(ident);
                if (v.isEmpty()) continue;
                if (max >= 0 && v.get() != max) differ = true;
                max = Math.max(max, v.get());
                String s = "LLVM " + v.get() + " (" + ident + ")";
                if (!seen.contains(s)) seen.add(s);
            }
        }
        if (max < 0) return new Choice(DEFAULT, "no producer names an LLVM release; using LLVM " + DEFAULT);
        if (!differ) return new Choice(max, "from the producers: " + String.join("; ", seen));
        return new Choice(max, "producers differ (" + String.join("; ", seen) + "); using the newest, LLVM " + max
                + " (pass --llvm N to choose)");
    }

    private static Map<Integer, Integer> loadRustc() {
        Map<Integer, Integer> m = new TreeMap<>();
        try (InputStream in = LlvmVersion.class.getResourceAsStream("/dev/irscope/compat/rustc-llvm.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String l; (l = r.readLine()) != null; ) {
                    l = l.strip();
                    if (l.isEmpty() || l.startsWith("#")) continue;
                    String[] p = l.split("\\s+");
                    if (p.length >= 2 && p[0].startsWith("1.")) m.put(Integer.parseInt(p[0].substring(2)), Integer.parseInt(p[1]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            m.clear();
        }
        if (m.isEmpty()) {
            // Fallback from rustc's release notes (LLVM upgrades): 1.65 LLVM 15, 1.70 16, 1.73 17,
            // 1.78 18, 1.82 19, 1.87 20, 1.90 21, 1.94 22.
            m.put(60, 14); m.put(65, 15); m.put(70, 16); m.put(73, 17); m.put(78, 18); m.put(82, 19);
            m.put(87, 20); m.put(90, 21); m.put(94, 22);
        }
        return m;
    }
}
