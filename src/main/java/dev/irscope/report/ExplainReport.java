package dev.irscope.report;

import dev.irscope.compat.Verdict;
import dev.irscope.ir.Function;
import dev.irscope.query.Analysis;
import dev.irscope.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code irscope explain}: one edge, both attribute sets side by side, every rule's outcome. */
public final class ExplainReport {
    private ExplainReport() {}

    public static String noEdge(Analysis a, String caller, String callee) {
        StringBuilder b = new StringBuilder();
        List<Function> callers = a.functions(caller), callees = a.functions(callee);
        if (callers.isEmpty()) return b.append("no function named ").append(caller).append(" in any unit\n").toString();
        if (callers.stream().noneMatch(Function::defined)) return b.append(caller).append(" is only declared, never defined: it calls nothing\n").toString();
        if (callees.isEmpty()) return b.append("no function named ").append(callee).append(" in any unit\n").toString();
        if (callees.stream().noneMatch(f -> f.defined() && a.program().isLinked(f))) {
            boolean dropped = callees.stream().anyMatch(Function::defined);
            return b.append(callee).append(dropped
                    ? " is defined only lazily (linkonce/available_externally) in a unit linked before anything references it: llvm-link drops it, so there is nothing to inline\n"
                    : " is not defined in any unit (only declared): there is no body to inline\n").toString();
        }
        return b.append(caller).append(" does not call ").append(callee).append(" directly\n").toString();
    }

    public static String text(Analysis a, Verdict v) {
        return text(ExplainView.of(a, v));
    }

    public static String text(ExplainView x) {
        return text(x, true);
    }

    /**
     * {@code all} false is the REPL's {@code why}, sized for a screen: only the attributes that
     * differ, and only the rules that found something (refusing ones first), with a count of the
     * rest; {@code why --all} and {@code irscope explain} give every row.
     */
    public static String text(ExplainView x, boolean all) {
        StringBuilder b = new StringBuilder();
        b.append(x.tool()).append(": LLVM ").append(x.llvm()).append(" rules (").append(x.llvmReason()).append(")\n\n");
        CheckView.Call c = x.call();
        CheckReport.call(b, c);
        b.append(all ? "\nattributes (* differs):\n" : "\nattributes that differ (caller -> callee; - is absent):\n");
        for (ExplainView.AttrRow row : x.attributes()) {
            if (!all && !row.differs()) continue;
            if (!all) { // one line a key: caller's value -> callee's value
                b.append("  ").append(row.key()).append(": ").append(row.caller()).append("  ->  ").append(row.callee()).append('\n');
                continue;
            }
            b.append(row.differs() ? "  * " : "    ").append(row.key()).append("\n      caller: ").append(row.caller())
                    .append("\n      callee: ").append(row.callee()).append('\n');
        }
        b.append("\nfunctions:\n");
        header(b, "caller", c.caller());
        header(b, "callee", c.callee());
        b.append("  call site(s): ");
        c.sites().forEach(s -> b.append("line ").append(s.line()).append(' ').append(s.kind().spelling())
                .append(s.attributes().isEmpty() ? "" : " {" + s.attributes().render() + "}").append("; "));
        b.append("\n\nrules (LLVM ").append(x.llvm()).append("):\n");
        List<ExplainView.Outcome> shown = new ArrayList<>(x.rules());
        if (!all) {
            shown.removeIf(ExplainReport::quiet);
            shown.sort(java.util.Comparator.comparingInt(o -> o.outcome().startsWith("REFUSES") ? 0 : 1)); // stable: LLVM's order within
        }
        for (ExplainView.Outcome o : shown) {
            b.append("  ").append(String.format("%-34s %-26s %s", o.rule(), o.attribute(), o.outcome())).append('\n');
        }
        if (!all) {
            b.append("  (").append(x.rules().size() - shown.size()).append(" more rules pass or are not in LLVM ").append(x.llvm())
                    .append("; why --all lists every rule and attribute)\n");
        }
        return b.toString();
    }

    /** An outcome that found nothing on the call. */
    private static boolean quiet(ExplainView.Outcome o) {
        return o.outcome().equals("passes") || o.outcome().equals("no change") || o.outcome().startsWith("not in LLVM");
    }

    private static void header(StringBuilder b, String role, CheckView.End f) {
        b.append("  ").append(role).append(": ").append(f.symbol()).append(" in ").append(f.unit()).append(" line ").append(f.line())
                .append(", ").append(f.linkage()).append(f.dsoLocal() ? " dso_local" : "")
                .append(f.personality().map(p -> ", personality @" + p).orElse(""))
                .append(f.gc().map(g -> ", gc \"" + g + "\"").orElse("")).append('\n');
        if (!f.demangled().equals(f.name())) b.append("    demangled: ").append(f.demangled()).append('\n');
    }

    public static String json(Analysis a, Verdict v) {
        return json(ExplainView.of(a, v));
    }

    public static String json(ExplainView x) {
        Map<String, Object> root = Json.root("explain", x.tool());
        root.put("llvm", x.llvm());
        root.put("llvmReason", x.llvmReason());
        root.put("edge", VerdictView.edge(x.call()));
        List<Object> attrs = new ArrayList<>();
        for (ExplainView.AttrRow row : x.attributes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("key", row.key());
            o.put("caller", VerdictView.presence(x.call().verdict().edge().caller().attributes().get(row.key())));
            o.put("callee", VerdictView.presence(x.call().verdict().edge().callee().attributes().get(row.key())));
            o.put("differs", row.differs());
            attrs.add(o);
        }
        root.put("attributes", attrs);
        List<Object> rules = new ArrayList<>();
        for (ExplainView.Outcome o : x.rules()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", o.rule());
            r.put("attribute", o.attribute());
            outcome(r, o.outcome());
            rules.add(r);
        }
        root.put("rules", rules);
        return Json.write(root);
    }

    /**
     * An outcome as {@code outcome} (one word: refuses, bypassed, undecided, merges, passes,
     * unchanged, not-in-release) and the finding's text as {@code detail}
     * (null when there is none).
     */
    private static void outcome(Map<String, Object> r, String text) {
        String[][] kinds = {{"REFUSES: ", "refuses"}, {"bypassed by alwaysinline: ", "bypassed"}, {"cannot decide: ", "undecided"},
                {"merges: ", "merges"}};
        for (String[] k : kinds) {
            if (text.startsWith(k[0])) {
                r.put("outcome", k[1]);
                r.put("detail", text.substring(k[0].length()));
                return;
            }
        }
        r.put("outcome", text.equals("passes") ? "passes" : text.equals("no change") ? "unchanged" : text.startsWith("not in LLVM") ? "not-in-release" : text);
        r.put("detail", null);
    }

    public static String markdown(Analysis a, Verdict v) {
        return markdown(ExplainView.of(a, v));
    }

    public static String markdown(ExplainView x) {
        StringBuilder b = new StringBuilder();
        b.append("# irscope explain: `").append(x.call().caller().name()).append("` → `").append(x.call().callee().name()).append("`\n\n");
        b.append("```\n").append(text(x)).append("```\n");
        return b.toString();
    }
}
