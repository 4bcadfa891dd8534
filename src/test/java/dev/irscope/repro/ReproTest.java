package dev.irscope.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.irscope.Samples;
import dev.irscope.compat.Engine;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.link.LinkCheck;
import dev.irscope.link.LinkIssue;
import dev.irscope.link.Program;
import dev.irscope.read.text.IrReader;
import dev.irscope.read.text.ParseError;
import dev.irscope.source.SourceUnit;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A repro is only useful if it still fails the same way: for every blocked edge of every ir-samples
 * case that links, the cut pair read back must give the same verdict, the same first blocker and the
 * same remark as the full units, and that remark must be the one opt-19 recorded for the edge.
 */
class ReproTest {
    static final int LLVM = 19;

    @TestFactory
    Stream<DynamicTest> everyBlockedEdgeOfEverySampleSurvivesTheCut() {
        return Samples.cases().stream().filter(c -> c.json().get("link").get("ok").asBoolean())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /** The case's units as bytes, with its literal edits applied (what the user would have on disk). */
    static List<SourceUnit> sources(Samples.Case c) {
        List<SourceUnit> out = new ArrayList<>();
        for (JsonNode u : c.json().get("units")) {
            String unit = u.asText();
            String text = Samples.text(c.set(), unit);
            for (JsonNode e : c.json().get("edits")) {
                if (e.get("unit").asText().equals(unit)) text = text.replace(e.get("find").asText(), e.get("replace").asText());
            }
            out.add(new SourceUnit(unit, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    static Module read(String name, String text) {
        try {
            return IrReader.read(name, text);
        } catch (ParseError e) {
            throw new AssertionError("repro " + name + " does not parse:\n" + e.format() + "\n---\n" + text, e);
        }
    }

    static void check(Samples.Case c) throws ParseError {
        List<SourceUnit> sources = sources(c);
        List<Module> modules = new ArrayList<>();
        for (SourceUnit s : sources) modules.add(IrReader.read(s.name(), s.bytes()));
        List<Verdict> verdicts = new Engine().evaluate(new Program(modules), LLVM);
        int n = 0;
        for (Verdict v : verdicts) {
            if (v.status() != Status.BLOCKED) continue;
            n++;
            SourceUnit from = sources.get(modules.indexOf(v.edge().callerUnit()));
            SourceUnit to = sources.get(modules.indexOf(v.edge().calleeUnit()));
            Repro r = Repro.of(v, from, to);
            Module a = read(r.callerFile(), r.callerText()), b = read(r.calleeFile(), r.calleeText());
            // Keep the case's link order: the first unit's triple and datalayout win in llvm-link.
            List<Module> pair = modules.indexOf(v.edge().callerUnit()) < modules.indexOf(v.edge().calleeUnit()) ? List.of(a, b) : List.of(b, a);
            String what = c.name() + " " + v.edge().caller().name() + " -> " + v.edge().callee().name();
            assertTrue(LinkCheck.check(pair).stream().noneMatch(LinkIssue::error), what + ": the cut pair no longer links");
            Optional<Verdict> cut = new Engine().evaluate(new Program(pair), LLVM).stream()
                    .filter(x -> x.edge().caller().name().equals(v.edge().caller().name())
                            && x.edge().callee().name().equals(v.edge().callee().name())
                            // the same kind of call site: a pair's sites may have different verdicts
                            && x.edge().site().attributes().equals(v.edge().site().attributes())
                            && x.edge().site().bundles().equals(v.edge().site().bundles())).findFirst();
            assertTrue(cut.isPresent(), what + ": the cut pair lost the edge\n" + r.callerText() + "\n" + r.calleeText());
            assertEquals(Status.BLOCKED, cut.get().status(), what);
            assertEquals(v.blockers().get(0).rule().id(), cut.get().blockers().get(0).rule().id(), what);
            assertEquals(v.blockers().size(), cut.get().blockers().size(), what + ": blockers differ");
            assertEquals(v.llvmRemark(), cut.get().llvmRemark(), what);
            Set<String> reasons = recorded(c, v);
            assertTrue(reasons.isEmpty() || reasons.contains(cut.get().llvmRemark()),
                    what + ": opt-19 recorded other reasons " + reasons + " for this pair, the cut says " + cut.get().llvmRemark());
            assertEquals(1, a.definedCount(), what + ": the caller's cut keeps one body");
            assertEquals(1, b.definedCount(), what + ": the callee's cut keeps one body");
        }
    }

    /** The reasons opt-19 gave for refusing this pair's calls (one per kind of call site), if it refused any. */
    static Set<String> recorded(Samples.Case c, Verdict v) {
        Set<String> out = new java.util.TreeSet<>();
        for (JsonNode e : c.json().get("edges")) {
            if (e.get("caller").asText().equals(v.edge().caller().name()) && e.get("callee").asText().equals(v.edge().callee().name())
                    && !e.get("inlined").asBoolean() && (e.get("remark").asText().contains("(cost=never)")
                            || e.get("remark").asText().contains("is not inlined into"))) {
                out.add(e.get("reason").asText());
            }
        }
        return out;
    }

    @Test
    void kernelCaseHasBlockedEdgesSoTheFactoryTestsSomething() {
        Samples.Case kernel = Samples.cases().stream().filter(c -> c.name().equals("linux-helpers-x86_64:kernel")).findFirst().orElseThrow();
        List<Module> modules = kernel.modules();
        long blocked = new Engine().evaluate(new Program(modules), LLVM).stream().filter(v -> v.status() == Status.BLOCKED).count();
        assertEquals(10, blocked);
        assertFalse(sources(kernel).isEmpty());
    }
}
