package dev.irscope.compat;

import dev.irscope.link.Edge;
import dev.irscope.link.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the catalogue for an edge. It knows nothing about attributes: a rule's check finds hits,
 * and the engine sorts them into blockers, bypassed mismatches (alwaysinline), undecided cases and
 * merge effects, and picks the remark LLVM would print for the first refusal in LLVM's order.
 */
public final class Engine {
    private final List<Rule> rules;

    public Engine() {
        this(Catalogue.rules());
    }

    public Engine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Verdict> evaluate(Program program, int llvm) {
        List<Verdict> out = new ArrayList<>();
        for (Edge e : program.edges()) out.add(evaluate(program, e, llvm));
        return out;
    }

    public Verdict evaluate(Program program, Edge edge, int llvm) {
        EdgeContext c = new EdgeContext(edge, llvm, program);
        boolean always = c.alwaysInline();
        List<Finding.Block> blocks = new ArrayList<>();
        List<Finding.Undecided> undecided = new ArrayList<>();
        List<Finding.Bypassed> bypassed = new ArrayList<>();
        List<Finding.Merge> merges = new ArrayList<>();
        String remark = null;
        for (Rule r : rules) {
            if (!r.versions().contains(llvm)) continue;
            for (Hit h : r.check().test(c)) {
                List<Fix> fixes = h.fixes().isEmpty() ? r.fixes() : h.fixes();
                if (r.merge()) {
                    merges.add(new Finding.Merge(r, h.attribute(), h.callerValue(), h.calleeValue(), h.message()));
                } else if (h.undecided()) {
                    undecided.add(new Finding.Undecided(r, h.attribute(), h.callerValue(), h.calleeValue(), h.message()));
                } else if (always && r.bypassed().contains(llvm)) {
                    bypassed.add(new Finding.Bypassed(r, h.attribute(), h.callerValue(), h.calleeValue(), h.message(), fixes));
                } else {
                    blocks.add(new Finding.Block(r, h.attribute(), h.callerValue(), h.calleeValue(), h.message(),
                            withAlwaysInline(fixes, r, always, llvm)));
                    if (remark == null) remark = always ? r.alwaysRemark() : r.remark();
                }
            }
        }
        Status status = !blocks.isEmpty() ? Status.BLOCKED : !undecided.isEmpty() ? Status.UNDECIDED : Status.INLINABLE;
        if (remark == null) remark = status == Status.INLINABLE && always ? "always inline attribute" : "";
        // Merge effects only matter for an inline that happens.
        if (status != Status.INLINABLE) merges = List.of();
        return new Verdict(edge, llvm, status, always, blocks, undecided, bypassed, merges, remark);
    }

    /**
     * The always-inline advice is added here, from the rule's one statement of the releases it
     * skips on: only where it would help on this release, and never for a call already on that path.
     */
    private static List<Fix> withAlwaysInline(List<Fix> fixes, Rule r, boolean always, int llvm) {
        if (always || !r.skippedByAlwaysInline(llvm)) return fixes;
        List<Fix> out = new ArrayList<>(fixes);
        out.add(r.alwaysInlineFix());
        return out;
    }
}
