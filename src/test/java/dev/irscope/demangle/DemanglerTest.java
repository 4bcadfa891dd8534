package dev.irscope.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven tests. The reference tables under {@code src/test/resources/demangle/} come
 * from real rustc / g++ / clang++ symbols run through GNU {@code c++filt -i}; see generate.sh
 * there. {@code overrides.tsv} lists where irscope deliberately differs from c++filt.
 */
class DemanglerTest {

    record Row(String symbol, String expected, String source) {}

    static List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemanglerTest.class.getResourceAsStream("/demangle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource demangle/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static Map<String, String> overrides() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] r : tsv("overrides.tsv")) {
            m.put(r[0], r[1]);
        }
        return m;
    }

    /** Reference rows with overrides applied; rows c++filt could not demangle expect the input back. */
    static List<Row> reference(String file) {
        Map<String, String> ov = overrides();
        List<Row> rows = new ArrayList<>();
        for (String[] r : tsv(file)) {
            rows.add(new Row(r[0], ov.getOrDefault(r[0], r[1]), file));
        }
        return rows;
    }

    // ---- Rust: every real symbol must agree with the reference exactly ----

    @TestFactory
    Stream<DynamicTest> rustLegacyMatchesReference() {
        return reference("rust_legacy.tsv").stream().map(r -> DynamicTest.dynamicTest(r.symbol(),
                () -> assertEquals(r.expected(), Demangler.demangle(r.symbol()))));
    }

    @TestFactory
    Stream<DynamicTest> rustV0MatchesReference() {
        return reference("rust_v0.tsv").stream().map(r -> DynamicTest.dynamicTest(r.symbol(),
                () -> assertEquals(r.expected(), Demangler.demangle(r.symbol()))));
    }

    // ---- C++: exact agreement, or the input back (never a partial result) ----

    @Test
    void cppAgreesWithReferenceOrReturnsInput() {
        List<Row> rows = reference("cpp.tsv");
        int agree = 0;
        List<String> garbage = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Row r : rows) {
            String got = Demangler.demangle(r.symbol());
            if (got.equals(r.expected())) {
                agree++;
            } else if (got.equals(r.symbol())) {
                unchanged.add(r.symbol());
            } else {
                garbage.add(r.symbol() + "\n   expected: " + r.expected() + "\n   got:      " + got);
            }
        }
        System.out.printf("C++ reference rows: %d, agree: %d, returned unchanged: %d, wrong: %d%n",
                rows.size(), agree, unchanged.size(), garbage.size());
        assertTrue(garbage.isEmpty(), () -> garbage.size() + " wrong demanglings:\n" + String.join("\n", garbage));
        // Only names with expressions (X...E template arguments, decltype) are outside the
        // supported subset; everything else c++filt demangles must be demangled too.
        List<String> missed = unchanged.stream()
                .filter(sym -> !(sym.contains("X") || sym.contains("DT") || sym.contains("Dt")))
                .filter(sym -> rows.stream().anyMatch(r -> r.symbol().equals(sym) && !r.expected().equals(sym)))
                .toList();
        assertTrue(missed.isEmpty(), () -> "not demangled although in the supported subset:\n" + String.join("\n", missed));
        assertTrue(agree >= rows.size() * 97 / 100, "agreement fell below 97%: " + agree + "/" + rows.size());
    }

    // ---- hand-written cases ----

    static Stream<Arguments> cases() {
        return tsv("cases.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void handWritten(String symbol, String expected) {
        assertEquals(expected, Demangler.demangle(symbol));
    }

    // ---- malicious and malformed input: terminate quickly, return the input ----

    static Stream<String> malicious() {
        List<String> l = new ArrayList<>();
        // Deep nesting.
        l.add("_R" + "N".repeat(5000) + "v" + "C3foo" + "v3bar".repeat(5000));
        l.add("_RINvC3foo1f" + "T".repeat(100_000) + "E".repeat(100_000) + "E");
        l.add("_RC3foo" + "R".repeat(100_000) + "u");
        l.add("_RMC0" + "RA".repeat(10_000) + "u");
        l.add("_Z1f" + "P".repeat(100_000) + "i");
        l.add("_Z1f" + "A1_".repeat(50_000) + "i");
        l.add("_Z" + "N1a".repeat(20_000) + "E");
        l.add("_Z1fI" + "IiE".repeat(1) + "E" + "S_".repeat(10));
        l.add("_ZZ".repeat(20_000) + "1fvE1x");
        l.add("_Z1f" + "F".repeat(50_000) + "v" + "E".repeat(50_000));
        // Backref loops / forward backrefs.
        l.add("_RNvB_1a");
        l.add("_RMC0RB2_");
        l.add("_RNvB0_3foo");
        l.add("_RNvBZZZZZZZZZZZZZZ_3foo");
        l.add("_RINvC3foo1fB9_E");
        // Exponential expansion through backrefs (64 KiB output cap).
        l.add("_RMC0" + "T".repeat(40) + "p" + backrefChain(40));
        l.add("_RYFG_FGyyEvRYFF_EvRYFFEvERLB_B_B_ERLRjB_B_B_");
        l.add("_RMC0FGZZZ_Eu");
        // Packs of empty packs re-expanded through substitutions (work without output).
        l.add("_Z1fIJ" + "JE".repeat(2000) + "EEv" + "DpT_".repeat(3000));
        // C++ substitution references that do not exist yet / self-references.
        l.add("_Z1fS_");
        l.add("_Z1fS0_");
        l.add("_Z1fT_");
        l.add("_Z1fPS_");
        l.add("_ZN1aS_E");
        l.add("_Z1fSZZZZZZZZZZZZZZZZZZZZ_");
        // Huge lengths.
        l.add("_ZN99999999999999999999999foo17h0123456789abcdefE");
        l.add("_ZN4test2147483647xE");
        l.add("_RNvC9999999999999999999999_3foo");
        l.add("_RC18446744073709551616_foo");
        l.add("_Z2147483648a");
        l.add("_Z99999999999999999999f");
        // Truncated symbols.
        l.add("_ZN4core3fmt9Formatter3pad17h1234567890abcde");
        l.add("_ZN4core3fmt");
        l.add("_RNvCs1234_7mycrate");
        l.add("_RNvCs1234_7myc");
        l.add("_RINvC3foo1fK");
        l.add("_ZNSt6vectorIiSaIiEE4size");
        l.add("_ZNKSt6vectorIiSaIiEE");
        l.add("_Z3fooILi5");
        l.add("_Z");
        l.add("_R");
        l.add("_ZN");
        l.add("_ZNE");
        return l.stream();
    }

    static String backrefChain(int n) {
        // After "_RMC0" and n T's, index 3+n (relative to the part after "_R") is the `p`; each
        // backref repeats the element one position further out, doubling the printed size.
        StringBuilder sb = new StringBuilder();
        for (int i = n; i >= 1; i--) {
            sb.append("B").append(base62(i + 3)).append("E");
        }
        return sb.toString();
    }

    static String base62(int v) {
        // integer_62 encodes x as base-62 digits of x-1 followed by '_'; 0 is "_".
        if (v == 0) {
            return "_";
        }
        String digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder();
        int x = v - 1;
        do {
            sb.insert(0, digits.charAt(x % 62));
            x /= 62;
        } while (x > 0);
        return sb.append('_').toString();
    }

    @ParameterizedTest
    @MethodSource("malicious")
    void maliciousInputTerminatesAndReturnsInput(String symbol) {
        String got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Demangler.demangle(symbol));
        assertEquals(symbol, got, "expected the raw symbol back");
    }

    @Test
    void outputCapReturnsRawSymbol() {
        // 2^20 copies of `_` would be printed; the 64 KiB cap must stop it.
        String sym = "_RMC0" + "T".repeat(20) + "p" + backrefChain(20);
        String got = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Demangler.demangle(sym));
        assertEquals(sym, got);
        // A small instance of the same shape does demangle.
        String small = "_RMC0TTpB4_EB3_E";
        assertEquals("<((_, _), (_, _))>", Demangler.demangle(small));
    }

    @Test
    void nullAndPlainNamesPassThrough() {
        assertEquals(null, Demangler.demangle(null));
        for (String s : new String[] {"", "a", "main", "printf", "llvm.memcpy.p0.p0.i64", "_start", "__libc_start_main",
                "_Z", "_R", "_ZN3fooE.llvm moocow", "_RNvC3foo3bar x"}) {
            assertEquals(s, Demangler.demangle(s));
        }
    }
}
