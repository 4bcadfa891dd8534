package dev.irscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --format yaml} against what opt-19 itself wrote for the same -g units
 * ({@code src/test/resources/debugloc/remarks.yaml}, from its generate.sh): one document per
 * call site, and each document's top-level {@code DebugLoc} line byte for byte, so opt-viewer
 * places irscope's remarks where it places LLVM's.
 */
class YamlRemarksTest {
    private static final String DIR = "src/test/resources/debugloc/";

    private static List<String> debugLocs(String yaml) {
        return yaml.lines().filter(l -> l.startsWith("DebugLoc:")).toList();
    }

    @Test
    void eachCallSiteIsOneRemarkAtTheSourcePlaceOptGivesIt() throws Exception {
        CliTest.Run r = CliTest.run("check", "--llvm", "19", "--format", "yaml", DIR + "helper.ll", DIR + "caller.ll");
        String opt = Files.readString(Path.of(DIR + "remarks.yaml"));
        List<String> expected = debugLocs(opt);
        assertFalse(expected.isEmpty());
        assertEquals(expected, debugLocs(r.out()), r.out());
        assertEquals(opt.split("--- !Missed\n", -1).length, r.out().split("--- !Missed\n", -1).length, r.out());
    }

    @Test
    void unitsWithoutDebugInfoHaveNoDebugLoc() {
        CliTest.Run r = CliTest.run("check", "--llvm", "19", "--format", "yaml", CliTest.C, CliTest.RUST);
        assertEquals(List.of(), debugLocs(r.out()));
    }
}
