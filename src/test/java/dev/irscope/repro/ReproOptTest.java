package dev.irscope.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.irscope.Samples;
import dev.irscope.compat.Engine;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.link.Program;
import dev.irscope.read.text.IrReader;
import dev.irscope.source.SourceUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LLVM's own word on the repros, where opt-19 is installed: the cut pair of every blocked edge of the
 * kernel case links, and opt refuses the inline with the reason it recorded for the full units.
 */
class ReproOptTest {
    @TempDir Path dir;

    static boolean have(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out;
    }

    /** rustc units are LLVM 22 text: downgraded the way ir-samples/tools/verdicts.py does before opt-19. */
    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        if (text.contains("rustc version")) {
            Path down = dir.resolve("down-" + name);
            run("python3", Path.of("ir-samples/tools/ll-downgrade.py").toAbsolutePath().toString(), p.toString(), down.toString());
            return down;
        }
        return p;
    }

    @Test
    void opt19RefusesEveryKernelRepro() throws Exception {
        assumeTrue(have("opt-19") && have("llvm-link-19") && have("python3"), "opt-19, llvm-link-19 or python3 not installed");
        Samples.Case kernel = Samples.cases().stream().filter(c -> c.name().equals("linux-helpers-x86_64:kernel")).findFirst().orElseThrow();
        List<SourceUnit> sources = ReproTest.sources(kernel);
        List<Module> modules = new ArrayList<>();
        for (SourceUnit s : sources) modules.add(IrReader.read(s.name(), s.bytes()));
        int checked = 0;
        for (Verdict v : new Engine().evaluate(new Program(modules), 19)) {
            if (v.status() != Status.BLOCKED) continue;
            Repro r = Repro.of(v, sources.get(modules.indexOf(v.edge().callerUnit())), sources.get(modules.indexOf(v.edge().calleeUnit())));
            Path callee = write(r.calleeFile(), r.calleeText()), caller = write(r.callerFile(), r.callerText());
            run("llvm-link-19", "-S", callee.toString(), caller.toString(), "-o", "linked.ll"); // helpers.ll first, as in cases.json
            String out = run("opt-19", "-passes=cgscc(inline)", "-pass-remarks-missed=inline", "-disable-output", "linked.ll");
            String want = "'" + v.edge().callee().name() + "' not inlined into '" + v.edge().caller().name()
                    + "' because it should never be inlined (cost=never): " + ReproTest.recorded(kernel, v).stream().findFirst().orElseThrow();
            assertTrue(out.contains(want), "opt said:\n" + out + "\nwanted: " + want);
            checked++;
        }
        assertEquals(10, checked);
    }

    @Test
    void opt19VerifiesAndRefusesTheDebugInfoRepro() throws Exception {
        assumeTrue(have("opt-19") && have("llvm-link-19"), "opt-19 or llvm-link-19 not installed");
        Repro r = ReproCutterTest.repro();
        Path caller = write(r.callerFile(), r.callerText()), callee = write(r.calleeFile(), r.calleeText());
        run("opt-19", "-passes=verify", "-disable-output", callee.toString());
        run("opt-19", "-passes=verify", "-disable-output", caller.toString());
        run("llvm-link-19", "-S", caller.toString(), callee.toString(), "-o", "linked.ll");
        String out = run("opt-19", "-passes=cgscc(inline)", "-pass-remarks-missed=inline", "-disable-output", "linked.ll");
        assertTrue(out.contains("'helper_sum' not inlined into 'use_sum' because it should never be inlined (cost=never): conflicting attributes"), out);
    }
}
