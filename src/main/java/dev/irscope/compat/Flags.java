package dev.irscope.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which flags and target features each compiler release has, as recorded by tools/flags/record.sh
 * from {@code clang-NN --help-hidden} (plus probed x86 {@code -m<feature>} flags) and
 * {@code rustc --print target-features}: fixes name only flags that exist in the release that built
 * the unit.
 */
public final class Flags {
    private Flags() {}

    /** The clang releases whose option lists are recorded. */
    public static final int[] CLANG = {14, 15, 16, 19, 22};

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    /** The recorded clang release nearest to {@code major} (the newer one on a tie). */
    public static int clangRelease(int major) {
        int best = CLANG[0];
        for (int r : CLANG) if (Math.abs(r - major) <= Math.abs(best - major)) best = r;
        return best;
    }

    /** Whether clang {@code major} (nearest recorded release) accepts {@code flag} ("-mavx2", "-fsanitize=address"). */
    public static boolean clang(int major, String flag) {
        Set<String> s = lines("clang-" + clangRelease(major) + ".txt");
        if (s.contains(flag) || s.contains("probed " + flag)) return true;
        int eq = flag.indexOf('=');
        if (eq > 0 && s.contains(flag.substring(0, eq + 1))) return true;
        for (String o : s) { // "-fno-builtin-<value>", "-fsanitize=<check>": any value; "-march" names "-march=<value>"
            if (o.startsWith(flag + "=")) return true;
            int v = o.indexOf('<');
            if (v > 0 && o.endsWith(">") && flag.startsWith(o.substring(0, v)) && flag.length() > v) return true;
        }
        return false;
    }

    /** Whether rustc supports {@code feature} as a stable-or-unstable -Ctarget-feature of its own (not LLVM-only). */
    public static boolean rustcFeature(boolean nightly, String target, String feature) {
        return lines("rustc-" + (nightly ? "nightly" : "stable") + "-" + target + ".txt").contains("rustc " + feature);
    }

    /** Whether rustc has the -C or (nightly) -Z option ("-Ctarget-cpu", "-Zsanitizer"). */
    public static boolean rustcOption(boolean nightly, String option) {
        return lines("rustc-" + (nightly ? "nightly" : "stable") + "-options.txt").contains(option);
    }

    /** The rustc target a triple's unit was built for, when its list is recorded. */
    public static Optional<String> rustcTarget(String triple) {
        String[] p = triple.split("-", 3);
        List<String> tries = new ArrayList<>(List.of(triple));
        if (p.length == 3) tries.add(p[0] + "-unknown-" + p[2]); // clang's x86_64-pc-linux-gnu is rustc's x86_64-unknown-linux-gnu
        if (triple.startsWith("riscv64")) tries.add("riscv64gc-unknown-linux-gnu");
        for (String t : tries) if (!lines("rustc-stable-" + t + ".txt").isEmpty()) return Optional.of(t);
        return Optional.empty();
    }

    private static Set<String> lines(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            Set<String> out = new HashSet<>();
            try (InputStream in = Flags.class.getResourceAsStream("/dev/irscope/flags/" + n)) {
                if (in == null) return out;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String l; (l = r.readLine()) != null; ) if (!l.startsWith("#") && !l.isBlank()) out.add(l.strip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }
}
