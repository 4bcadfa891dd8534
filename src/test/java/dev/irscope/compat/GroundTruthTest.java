package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.irscope.Samples;
import dev.irscope.ir.Module;
import dev.irscope.link.LinkCheck;
import dev.irscope.link.LinkIssue;
import dev.irscope.link.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * irscope against what LLVM's own opt-19 said on every case of every ir-samples set: the same units,
 * the same edits, the same link order. Edge by edge, the inline/not-inline verdict must agree, and a
 * refusal must carry the reason LLVM printed.
 */
class GroundTruthTest {
    static final int LLVM = 19;

    /**
     * Cases where irscope still disagrees with opt-19, each listed in docs/known-differences.md.
     * The test insists they still disagree, so a fix that makes one agree must also remove it here.
     */
    static final java.util.Set<String> KNOWN_DIFFERENCES = java.util.Set.of(
            "armv7-linux:default/fix-d32+vfp3sp",
            "armv7-linux:thumbv7neon/fix-fpu",
            "armv7-linux:thumbv7neon/fix-all",
            "armv7-linux:a15-both/fix-rust-neon",
            "armv7-linux:a15-both/fix-all",
            "rules-extra:recursion");

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithOpt19() {
        return Samples.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            if (!KNOWN_DIFFERENCES.contains(c.name())) {
                check(c);
                return;
            }
            boolean agrees;
            try {
                check(c);
                agrees = true;
            } catch (AssertionError expected) {
                agrees = false;
            }
            assertTrue(!agrees, c.name() + " now agrees with opt-19: remove it from KNOWN_DIFFERENCES and docs/known-differences.md");
        }));
    }

    static void check(Samples.Case c) {
        List<Module> modules = c.modules();
        JsonNode link = c.json().get("link");
        List<String> problems = new ArrayList<>();
        List<LinkIssue> issues = LinkCheck.check(modules);
        boolean irscopeLinks = issues.stream().noneMatch(LinkIssue::error);
        if (!link.get("ok").asBoolean()) {
            boolean flagConflict = link.get("diagnostics").toString().contains("linking module flags");
            if (flagConflict && irscopeLinks) problems.add("llvm-link refused (" + link.get("diagnostics") + ") but irscope links");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            return;
        }
        if (!irscopeLinks) problems.add("llvm-link linked, irscope says it cannot: " + issues);
        Program program = new Program(modules);
        List<Verdict> verdicts = new Engine().evaluate(program, LLVM);
        Map<String, List<Verdict>> mine = new HashMap<>();
        for (Verdict v : verdicts) mine.computeIfAbsent(v.edge().caller().name() + " -> " + v.edge().callee().name(), k -> new ArrayList<>()).add(v);
        Map<String, Boolean> seen = new HashMap<>();
        for (JsonNode e : c.json().get("edges")) {
            String key = e.get("caller").asText() + " -> " + e.get("callee").asText();
            seen.put(key, true);
            List<Verdict> vs = mine.get(key);
            boolean inlined = e.get("inlined").asBoolean();
            String reason = e.get("reason").asText();
            String remark = e.get("remark").asText();
            if (vs == null) {
                // Calls that appear only after another inline (nested) are not cross-unit edges in the input.
                if (!isNested(e, c)) problems.add(key + ": opt reported it (" + reason + "), irscope has no such edge");
                continue;
            }
            boolean costMiss = !inlined && !remark.contains("(cost=never)") && !remark.contains("is not inlined into");
            boolean expectInlinable = inlined || costMiss;
            boolean any = vs.stream().anyMatch(v -> v.inlinable() == expectInlinable
                    && (expectInlinable || reasonMatches(v, reason)));
            if (!any) {
                Verdict v = vs.get(0);
                problems.add(key + ": opt " + (inlined ? "inlined" : "refused: " + reason) + "; irscope " + v.status()
                        + " remark='" + v.llvmRemark() + "' blockers=" + v.blockers().stream().map(b -> b.rule().id() + ":" + b.message()).toList()
                        + " undecided=" + v.undecided().stream().map(u -> u.message()).toList());
            }
        }
        for (Verdict v : verdicts) {
            String key = v.edge().caller().name() + " -> " + v.edge().callee().name();
            if (seen.containsKey(key)) continue;
            // LLVM prints nothing for calls it never considers: through an alias, or to a dropped definition.
            if (v.inlinable()) problems.add(key + ": irscope says inlinable but opt printed no remark");
        }
        assertTrue(problems.isEmpty(), c.name() + ":\n  " + String.join("\n  ", problems));
    }

    static boolean reasonMatches(Verdict v, String reason) {
        return v.llvmRemark().equals(reason);
    }

    /** A pair whose call exists only inside an inlined callee body (opt's nested remarks). */
    static boolean isNested(JsonNode e, Samples.Case c) {
        for (Module m : c.modules()) {
            var f = m.function(e.get("caller").asText());
            if (f.isPresent() && f.get().defined()) {
                return f.get().body().calls().stream().noneMatch(s -> s.callee().equals(e.get("callee").asText()));
            }
        }
        return true;
    }
}
