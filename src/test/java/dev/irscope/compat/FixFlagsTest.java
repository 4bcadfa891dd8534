package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.query.Analysis;
import dev.irscope.query.LoadOptions;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.report.CheckView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every flag a fix names exists in the compiler release that built the side it is for, checked
 * against the lists tools/flags/record.sh recorded from clang-NN --help-hidden (and probes) and
 * rustc --print target-features / -C help / -Z help: over every call of every ir-samples set, on
 * LLVM 19 and 22, as check shows them (side- and producer-filtered).
 */
class FixFlagsTest {
    private static final Pattern FLAG = Pattern.compile("(?<![\\w<])(-[A-Za-z][\\w.+-]*(?:=[^\\s,)(;]*(?:,[^\\s)(;]+)*)?)");
    private static final Pattern CLANG = Pattern.compile("clang version (\\d+)");

    @Test
    void theRecordedListsKnowWhatExists() {
        assertTrue(Flags.clang(19, "-mavx2"));
        assertFalse(Flags.clang(19, "-mno-cmov"), "there is no -mno-cmov");
        assertTrue(Flags.clang(19, "-fno-builtin-wcslen"));
        assertTrue(Flags.clang(14, "-fsanitize=address"));
        assertTrue(Flags.rustcFeature(false, "x86_64-unknown-linux-gnu", "avx2"));
        assertFalse(Flags.rustcFeature(false, "x86_64-unknown-linux-gnu", "crc32"), "crc32 is LLVM's, not a rustc target feature");
        assertTrue(Flags.rustcOption(true, "-Zsanitizer"));
        assertFalse(Flags.rustcOption(false, "-Zsanitizer"), "-Z options are nightly's");
    }

    @Test
    void everyFixFlagExistsInTheReleaseThatBuiltItsSide() throws Exception {
        List<String> wrong = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        List<Path> sets;
        try (Stream<Path> s = Files.list(Path.of("ir-samples"))) {
            sets = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path set : sets) {
            List<String> inputs = new ArrayList<>();
            try (Stream<Path> s = Files.list(set)) {
                s.map(Path::toString).filter(p -> p.endsWith(".ll")).sorted().forEach(inputs::add);
            }
            if (inputs.isEmpty()) continue;
            Loaded loaded = Loader.load(inputs, LoadOptions.defaults(), System.in);
            for (int llvm : new int[] {19, 22}) {
                CheckView view = CheckView.of(new Analysis(loaded, Optional.of(llvm)));
                for (CheckView.Call call : view.calls()) {
                    for (CheckView.Cause cause : call.causes()) {
                        for (Fix f : CheckView.fixesFor(cause, call)) check(f, call, set, wrong, seen);
                    }
                }
            }
        }
        assertTrue(seen.size() > 20, "the test saw the flags: " + seen);
        assertEquals(List.of(), new ArrayList<>(new java.util.LinkedHashSet<>(wrong)));
    }

    private static void check(Fix f, CheckView.Call call, Path set, List<String> wrong, TreeSet<String> seen) {
        if (f.who().equals("source") || f.none()) return;
        List<CheckView.End> sides = switch (f.side()) {
            case CALLER -> List.of(call.caller());
            case CALLEE -> List.of(call.callee());
            case BOTH -> List.of(call.caller(), call.callee());
        };
        Matcher m = FLAG.matcher(f.hint());
        while (m.find()) {
            String flag = m.group(1);
            for (CheckView.End side : sides) {
                if (f.who().equals("clang") && side.producer() == CheckView.Producer.CLANG) {
                    int major = clangMajor(call, side);
                    seen.add("clang-" + major + " " + flag);
                    if (!Flags.clang(major, flag)) wrong.add(set + ": clang-" + major + " has no " + flag + " (" + f.render() + ")");
                } else if (f.who().equals("rustc") && side.producer() == CheckView.Producer.RUSTC) {
                    seen.add("rustc " + flag);
                    rustc(flag, f, call, set, wrong);
                }
            }
        }
    }

    private static void rustc(String flag, Fix f, CheckView.Call call, Path set, List<String> wrong) {
        boolean nightly = true; // -Z advice is for nightly; stable options are a subset
        if (!flag.startsWith("-C") && !flag.startsWith("-Z")) return; // prose naming clang's flag ("matching clang's -mbranch-protection")
        String option = flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag;
        if (!Flags.rustcOption(nightly, option)) wrong.add(set + ": rustc has no " + option + " (" + f.render() + ")");
        if (option.equals("-Ctarget-feature") && flag.contains("=")) {
            String triple = call.verdict().edge().callerUnit().triple();
            Optional<String> target = Flags.rustcTarget(triple);
            for (String feat : flag.substring(flag.indexOf('=') + 1).split(",")) {
                String name = feat.replaceFirst("^[+-]", "");
                if (target.isPresent() && !Flags.rustcFeature(nightly, target.get(), name)) {
                    wrong.add(set + ": " + name + " is not a rustc target feature on " + target.get() + " (" + f.render() + ")");
                }
            }
        }
    }

    private static int clangMajor(CheckView.Call call, CheckView.End side) {
        var unit = side == call.caller() ? call.verdict().edge().callerUnit() : call.verdict().edge().calleeUnit();
        Matcher m = CLANG.matcher(unit.header().producer());
        return m.find() ? Integer.parseInt(m.group(1)) : 22;
    }
}
