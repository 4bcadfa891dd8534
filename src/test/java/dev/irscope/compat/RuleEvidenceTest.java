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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence for the catalogue from LLVM's own verdicts: every rule that can refuse on LLVM 19 is
 * named by irscope on at least one edge that opt-19 really refused, and the attribute irscope blames
 * is the one whose edit, in the samples' blame experiments, makes LLVM inline.
 */
class RuleEvidenceTest {
    static final int LLVM = 19;

    /** Rules that cannot be shown with LLVM 19 / the sample targets, and why. */
    static final Map<String, String> NOT_SHOWN_ON_19 = new TreeMap<>(Map.ofEntries(
            Map.entry("callsite.coroutine.presplit", "LLVM 14 only"),
            Map.entry("lto.partition", "a linker's partitions, which opt on a merged module never sees: LtoPartitionTest replays lld's link"),
            Map.entry("transform.strictfp", "LLVM 15-18 only"),
            Map.entry("decision.loader-replaceable", "LLVM 21+"),
            Map.entry("compat.sanitize_type", "LLVM 20+"),
            Map.entry("compat.sanitize_realtime", "LLVM 20+"),
            Map.entry("compat.sanitize_realtime_blocking", "LLVM 20+"),
            Map.entry("callsite.alias", "LLVM prints no remark for calls through aliases: see callThroughAliasIsNeverConsidered"),
            Map.entry("body.localescape", "only produced by Windows SEH in clang"),
            Map.entry("body.icall-branch-funnel", "only produced by whole-program devirtualization"),
            Map.entry("transform.callbr", "callbr calls to a defined function cannot be written in C (asm goto targets inline asm)"),
            Map.entry("transform.operand-bundle", "clang and rustc emit only bundles InlineFunction supports")));

    static final Map<String, Set<String>> covered = new TreeMap<>();
    static final List<String> blameProblems = new ArrayList<>();

    @BeforeAll
    static void evaluateAll() {
        Map<String, Map<String, Verdict>> byCase = new HashMap<>();
        Map<String, Samples.Case> cases = new HashMap<>();
        for (Samples.Case c : Samples.cases()) {
            if (!c.json().get("link").get("ok").asBoolean()) continue;
            boolean known = GroundTruthTest.KNOWN_DIFFERENCES.contains(c.name());
            List<Module> modules = c.modules();
            if (LinkCheck.check(modules).stream().anyMatch(LinkIssue::error)) continue;
            Map<String, Verdict> mine = new HashMap<>();
            for (Verdict v : new Engine().evaluate(new Program(modules), LLVM)) {
                mine.putIfAbsent(v.edge().caller().name() + " -> " + v.edge().callee().name(), v);
            }
            if (!known) { // blame experiments only on cases that agree as a whole
                byCase.put(c.name(), mine);
                cases.put(c.name(), c);
            }
            for (JsonNode e : c.json().get("edges")) {
                if (e.get("inlined").asBoolean()) continue;
                Verdict v = mine.get(e.get("caller").asText() + " -> " + e.get("callee").asText());
                // Evidence only where irscope's refusal carries the reason LLVM printed.
                if (v == null || !v.llvmRemark().equals(e.get("reason").asText())) continue;
                for (Finding.Block b : v.blockers()) covered.computeIfAbsent(b.rule().id(), k -> new TreeSet<>()).add(c.name());
            }
        }
        // Blame: a derived case "<base>/fix-..." applies edits on top of the base case's.
        for (Map.Entry<String, Samples.Case> entry : cases.entrySet()) {
            String name = entry.getKey();
            int slash = name.lastIndexOf("/fix-");
            if (slash < 0) continue;
            String base = name.substring(0, slash);
            Map<String, Verdict> before = byCase.get(base), after = byCase.get(name);
            if (before == null || after == null) continue;
            String edits = extraEdits(cases.get(base), entry.getValue());
            for (JsonNode e : entry.getValue().json().get("edges")) {
                String key = e.get("caller").asText() + " -> " + e.get("callee").asText();
                Verdict b = before.get(key);
                if (b == null || b.blockers().isEmpty()) continue;
                boolean inlinedAfter = e.get("inlined").asBoolean();
                long untouched = b.blockers().stream().filter(f -> !touches(edits, f.attribute())).count();
                if (inlinedAfter && untouched > 0) {
                    blameProblems.add(name + " " + key + ": LLVM inlines after edits that leave irscope's blocker(s) "
                            + b.blockers().stream().filter(f -> !touches(edits, f.attribute())).map(f -> f.attribute()).toList() + " untouched");
                }
                if (!inlinedAfter && untouched == 0 && e.get("reason").asText().equals(b.llvmRemark()) && after.get(key) != null
                        && after.get(key).inlinable()) {
                    blameProblems.add(name + " " + key + ": edits touch every blocker irscope named, yet LLVM still refuses");
                }
            }
        }
    }

    /** The edits a derived case adds to its base, as one searchable text. */
    static String extraEdits(Samples.Case base, Samples.Case derived) {
        StringBuilder s = new StringBuilder();
        int n = base.json().get("edits").size();
        JsonNode all = derived.json().get("edits");
        for (int i = n; i < all.size(); i++) s.append(all.get(i).get("find").asText()).append('\n').append(all.get(i).get("replace").asText()).append('\n');
        return s.toString();
    }

    /** Whether an edit text changes the attribute a finding names. */
    static boolean touches(String edits, String attribute) {
        return switch (attribute) {
            case "target-features", "tune-cpu", "target-cpu", "target-cpu, target-features" ->
                    edits.contains("target-features") || edits.contains("target-cpu") || edits.contains("tune-cpu") || edits.matches("(?s).*(^|[,\"\n])[+-][a-z0-9._-]+([,\"\n]|$).*");
            case "linkage" -> edits.matches("(?s).*\\b(weak|linkonce|common|extern_weak)\\b.*");
            case "module_flag:SemanticInterposition" -> edits.contains("SemanticInterposition") || edits.contains("dso_local");
            default -> edits.contains(attribute) || (attribute.startsWith("aarch64_") && edits.contains("aarch64_"));
        };
    }

    @Test
    void everyRuleThatCanRefuseOnLlvm19IsShownByARealRefusal() {
        Set<String> missing = new TreeSet<>();
        for (Rule r : Catalogue.rules()) {
            if (r.merge() || !r.versions().contains(LLVM) || NOT_SHOWN_ON_19.containsKey(r.id())) continue;
            if (!covered.containsKey(r.id())) missing.add(r.id());
        }
        assertTrue(missing.isEmpty(), "rules with no opt-19 refusal in ir-samples: " + missing + "\ncovered: " + covered.keySet());
    }

    @Test
    void theBlamedAttributeIsTheOneWhoseEditFlipsLlvm() {
        assertTrue(blameProblems.isEmpty(), String.join("\n", blameProblems));
    }

    /** rules-extra:alias: opt-19 inlined the direct call and printed nothing for the call through the alias. */
    @Test
    void callThroughAliasIsNeverConsidered() {
        Samples.Case c = Samples.cases().stream().filter(x -> x.name().equals("rules-extra:alias")).findFirst().orElseThrow();
        Set<String> remarked = new TreeSet<>();
        for (JsonNode e : c.json().get("edges")) remarked.add(e.get("caller").asText());
        assertTrue(remarked.contains("r_direct") && !remarked.contains("r_via_alias"), remarked.toString());
        List<Verdict> vs = new Engine().evaluate(new Program(c.modules()), LLVM);
        Verdict viaAlias = vs.stream().filter(v -> v.edge().caller().name().equals("r_via_alias")).findFirst().orElseThrow();
        assertTrue(viaAlias.blockers().stream().anyMatch(b -> b.rule().id().equals("callsite.alias")), viaAlias.toString());
        assertTrue(vs.stream().filter(v -> v.edge().caller().name().equals("r_direct")).allMatch(Verdict::inlinable));
    }
}
