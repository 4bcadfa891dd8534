package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.irscope.Samples;
import dev.irscope.ir.Module;
import dev.irscope.link.LinkCheck;
import dev.irscope.link.LinkIssue;
import dev.irscope.link.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * irscope against what LLVM's own opt said on every case of every ir-samples set: the same units,
 * the same edits, the same link order. Edge by edge, the inline/not-inline verdict must agree, and a
 * refusal must carry the reason LLVM printed. Replayed twice: {@code expected.json} (opt-19) with
 * irscope's LLVM 19 rules and {@code expected-llvm22.json} (opt-22) with its LLVM 22 rules.
 */
class GroundTruthTest {
    static final int LLVM = 19;
    static final Path KNOWN_DIFFERENCES_DOC = Path.of("docs/known-differences.md");
    /** The heading in docs/known-differences.md whose table lists the LLVM 22 differences. */
    static final String LLVM22_HEADING = "## LLVM 22: cases where irscope disagrees with opt-22";

    /**
     * Cases where irscope still disagrees with opt-19, each listed in docs/known-differences.md.
     * The test insists they still disagree, so a fix that makes one agree must also remove it here.
     */
    static final java.util.Set<String> KNOWN_DIFFERENCES = java.util.Set.of(
            "rules-extra:recursion",
            "rules-llvm22:walk");

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithOpt19() {
        return replay(Samples.cases(Samples.EXPECTED_19), LLVM, KNOWN_DIFFERENCES, "KNOWN_DIFFERENCES and docs/known-differences.md");
    }

    /**
     * The LLVM 22 replay: every case not in the LLVM 22 table of docs/known-differences.md must agree
     * with opt-22, and every case in it must still disagree, so the table is exactly today's gaps.
     */
    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithOpt22() {
        return replay(Samples.cases(Samples.EXPECTED_22), 22, knownDifferences22(), "the LLVM 22 table of docs/known-differences.md");
    }

    /** Every case the LLVM 22 table names exists, once: a renamed or removed case must leave the table too. */
    @Test
    void llvm22TableNamesRealCases() {
        List<String> listed = knownDifferences22List();
        Set<String> names = new HashSet<>();
        for (Samples.Case c : Samples.cases(Samples.EXPECTED_22)) names.add(c.name());
        List<String> stale = listed.stream().filter(n -> !names.contains(n)).toList();
        assertTrue(stale.isEmpty(), "docs/known-differences.md lists cases that do not exist: " + stale);
        assertEquals(listed.size(), new HashSet<>(listed).size(), "docs/known-differences.md lists a case twice");
    }

    private static Stream<DynamicTest> replay(List<Samples.Case> cases, int llvm, Set<String> known, String where) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            if (!known.contains(c.name())) {
                check(c, llvm);
                return;
            }
            boolean agrees;
            try {
                check(c, llvm);
                agrees = true;
            } catch (AssertionError expected) {
                agrees = false;
            }
            assertTrue(!agrees, c.name() + " now agrees with opt-" + llvm + ": remove it from " + where);
        }));
    }

    static Set<String> knownDifferences22() {
        return Set.copyOf(knownDifferences22List());
    }

    /** The first column of the table under {@link #LLVM22_HEADING}: one {@code `set:case`} per row. */
    static List<String> knownDifferences22List() {
        List<String> out = new ArrayList<>();
        boolean in = false;
        try {
            for (String line : Files.readAllLines(KNOWN_DIFFERENCES_DOC, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) in = line.equals(LLVM22_HEADING);
                if (!in) continue;
                Matcher m = ROW.matcher(line);
                if (m.find()) out.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+:[^`]+)` \\|");

    static void check(Samples.Case c) {
        check(c, LLVM);
    }

    static void check(Samples.Case c, int llvm) {
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
        List<Verdict> verdicts = new Engine().evaluate(program, llvm);
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
                problems.add(key + ": opt-" + llvm + " " + (inlined ? "inlined" : "refused: " + reason) + "; irscope " + v.status()
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
