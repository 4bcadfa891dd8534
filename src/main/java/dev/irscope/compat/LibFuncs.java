package dev.irscope.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LibFunc names of one LLVM release (TargetLibraryInfo.def): a "no-builtin-NAME" attribute only
 * counts for the inline rule when NAME is one of them. Loaded from resources; a release without a
 * list borrows the nearest one, and without any, membership is unknown.
 */
final class LibFuncs {
    private static final Map<Integer, LibFuncs> CACHE = new ConcurrentHashMap<>();
    private final Set<String> names;

    private LibFuncs(Set<String> names) {
        this.names = names;
    }

    /** Empty when no list is known; else whether the name is a LibFunc. */
    Optional<Boolean> contains(String name) {
        return names == null ? Optional.empty() : Optional.of(names.contains(name));
    }

    static LibFuncs forVersion(int llvm) {
        return CACHE.computeIfAbsent(llvm, v -> {
            for (int d = 0; d <= 10; d++) {
                Set<String> s = load(v - d);
                if (s == null) s = load(v + d);
                if (s != null) return new LibFuncs(s);
            }
            return new LibFuncs(null);
        });
    }

    private static Set<String> load(int v) {
        try (InputStream in = LibFuncs.class.getResourceAsStream("/dev/irscope/compat/libfuncs-llvm" + v + ".txt")) {
            if (in == null) return null;
            Set<String> s = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                l = l.strip();
                if (!l.isEmpty() && !l.startsWith("#")) s.add(l);
            }
            return s;
        } catch (IOException e) {
            return null;
        }
    }
}
