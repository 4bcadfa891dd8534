package dev.irscope.repl;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.Finding;
import dev.irscope.compat.Rule;
import dev.irscope.compat.Verdict;
import dev.irscope.write.Json;
import dev.irscope.demangle.Names;
import dev.irscope.report.VerdictView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Blocked cross-unit calls grouped by the rule that blocks them, in LLVM's evaluation order: the
 * view that shows at a glance that one flag difference blocks forty calls.
 */
final class Blockers {
    private final Workspace ws;

    Blockers(Workspace ws) {
        this.ws = ws;
    }

    /** Rule -> the verdicts it blocks (or cannot decide), only rules that block something. */
    private Map<Rule, List<Verdict>> groups(Optional<String> only) {
        only.ifPresent(id -> Catalogue.byId(id).orElseThrow(() -> new ReplException("no rule '" + id + "' (rules lists them)")));
        Map<Rule, List<Verdict>> out = new LinkedHashMap<>();
        for (Rule r : Catalogue.rules()) {
            if (only.isPresent() && !only.get().equals(r.id())) continue;
            for (Verdict v : ws.analysis().verdicts()) {
                boolean hit = v.blockers().stream().anyMatch(f -> f.rule() == r) || v.undecided().stream().anyMatch(f -> f.rule() == r);
                if (hit) out.computeIfAbsent(r, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    String text(Optional<String> only) {
        Map<Rule, List<Verdict>> g = groups(only);
        long blocked = ws.analysis().blockedCount(), all = ws.analysis().verdicts().size();
        StringBuilder b = new StringBuilder();
        b.append(blocked).append(" of ").append(all).append(" cross-unit calls blocked on LLVM ").append(ws.analysis().llvm());
        if (ws.analysis().undecidedCount() > 0) b.append(", ").append(ws.analysis().undecidedCount()).append(" undecided");
        b.append('\n');
        if (g.isEmpty()) b.append(only.map(id -> "  " + id + " blocks nothing here\n").orElse(""));
        for (Map.Entry<Rule, List<Verdict>> e : g.entrySet()) {
            Rule r = e.getKey();
            b.append('\n').append(r.id()).append("  (").append(r.attribute()).append("): ").append(e.getValue().size())
                    .append(e.getValue().size() == 1 ? " call\n" : " calls\n");
            for (Verdict v : e.getValue()) {
                boolean undecided = v.blockers().stream().noneMatch(f -> f.rule() == r);
                b.append("  ").append(ws.unitOf(v.edge().callerUnit()).handle()).append(' ').append(Names.symbol(v.edge().caller().name()))
                        .append(" -> ").append(ws.unitOf(v.edge().calleeUnit()).handle()).append(' ')
                        .append(Names.symbol(v.edge().callee().name())).append(undecided ? "  (cannot decide)" : "").append('\n');
            }
        }
        return b.toString();
    }

    String json(Optional<String> only) {
        List<Object> rules = new ArrayList<>();
        for (Map.Entry<Rule, List<Verdict>> e : groups(only).entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", e.getKey().id());
            r.put("attribute", e.getKey().attribute());
            List<Object> edges = new ArrayList<>();
            for (Verdict v : e.getValue()) {
                Map<String, Object> o = VerdictView.endpoints(v);
                o.put("undecided", v.blockers().stream().map(Finding::rule).noneMatch(x -> x == e.getKey()));
                edges.add(o);
            }
            r.put("edges", edges);
            rules.add(r);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("llvm", String.valueOf(ws.analysis().llvm()));
        root.put("blocked", ws.analysis().blockedCount());
        root.put("edges", ws.analysis().verdicts().size());
        root.put("rules", rules);
        return Json.write(root);
    }
}
