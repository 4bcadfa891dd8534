package dev.irscope.report;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.Finding;
import dev.irscope.compat.Rule;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.query.Analysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The answer of {@code irscope explain}, built once: the call (as {@code check} sees it), both
 * functions' attributes side by side, and what every catalogue rule of the release found.
 */
public record ExplainView(String tool, int llvm, String llvmReason, CheckView.Call call, List<AttrRow> attributes,
                          List<Outcome> rules) {

    public ExplainView {
        attributes = List.copyOf(attributes);
        rules = List.copyOf(rules);
    }

    /** One attribute key; {@code "-"} stands for absent on that side. */
    public record AttrRow(String key, String caller, String callee) {
        public boolean differs() {
            return !caller.equals(callee);
        }
    }

    /** One catalogue rule and what it found on this call ({@code passes}, {@code REFUSES: ...}, ...). */
    public record Outcome(String rule, String attribute, String outcome) {}

    public static ExplainView of(Analysis a, Verdict v) {
        return new ExplainView(dev.irscope.Tool.ID, a.llvm(), a.llvmReason(), CheckView.call(1, v),
                sideBySide(v.edge().caller().attributes(), v.edge().callee().attributes()), outcomes(v));
    }

    /** Rows over the union of keys, sorted by key. */
    static List<AttrRow> sideBySide(AttributeSet a, AttributeSet b) {
        TreeSet<String> keys = new TreeSet<>();
        for (Attribute x : a.list()) keys.add(x.key());
        for (Attribute x : b.list()) keys.add(x.key());
        List<AttrRow> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(new AttrRow(k, a.get(k).map(Attribute::render).orElse("-"), b.get(k).map(Attribute::render).orElse("-")));
        }
        return rows;
    }

    /** Each catalogue rule of this release and what it found on the edge. */
    static List<Outcome> outcomes(Verdict v) {
        Map<Rule, String> state = new LinkedHashMap<>();
        for (Finding.Block f : v.blockers()) state.merge(f.rule(), "REFUSES: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Bypassed f : v.bypassed()) state.merge(f.rule(), "bypassed by alwaysinline: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Undecided f : v.undecided()) state.merge(f.rule(), "cannot decide: " + f.message(), (x, y) -> x + "; " + y);
        for (Finding.Merge f : v.merges()) state.merge(f.rule(), "merges: " + f.message(), (x, y) -> x + "; " + y);
        List<Outcome> out = new ArrayList<>();
        for (Rule r : Catalogue.rules()) {
            String s = state.get(r);
            if (s == null) s = r.versions().contains(v.llvm()) ? (r.merge() ? "no change" : "passes") : "not in LLVM " + v.llvm();
            out.add(new Outcome(r.id(), r.attribute(), s));
        }
        return out;
    }
}
