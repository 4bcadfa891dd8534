package dev.irscope.report;

import dev.irscope.write.Json;
import dev.irscope.write.Markdown;
import dev.irscope.write.Yaml;
import dev.irscope.demangle.Names;

import dev.irscope.compat.Finding;
import dev.irscope.compat.Rule;
import dev.irscope.compat.Versions;
import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.link.LinkIssue;
import dev.irscope.query.Analysis;
import java.util.List;

/** Renders {@code irscope check}: text for people, JSON for scripts, Markdown for bug trackers, YAML remarks for LLVM's tools. */
public final class CheckReport {
    private CheckReport() {}

    public static String json(Analysis a) {
        return Json.write(VerdictView.root(a, a.verdicts()));
    }

    public static String text(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append(dev.irscope.Tool.ID).append(": LLVM ").append(a.llvm()).append(" rules (").append(a.llvmReason()).append(")\n");
        b.append("units:\n");
        for (Module m : a.loaded().modules()) {
            b.append("  ").append(m.path()).append("  ").append(m.triple().isEmpty() ? "(no triple)" : m.triple()).append("  ")
                    .append(m.header().producer()).append("  ").append(m.definedCount()).append(" defined functions\n");
        }
        notLto(b, a);
        missing(b, a, "  ");
        if (!a.linkIssues().isEmpty()) {
            b.append("link:\n");
            for (LinkIssue i : a.linkIssues()) b.append("  ").append(i.severity()).append(": ").append(i.message()).append('\n');
            if (a.linkFails()) b.append("  llvm-link would refuse these units: nothing is inlined until this is fixed\n");
        }
        List<Verdict> vs = a.verdicts();
        long ok = vs.stream().filter(Verdict::inlinable).count();
        b.append("edges: ").append(vs.size()).append(" cross-unit calls: ").append(ok).append(" inlinable, ")
                .append(a.blockedCount()).append(" blocked, ").append(a.undecidedCount()).append(" undecided\n");
        undefined(b, a);
        for (Verdict v : vs) {
            b.append('\n');
            verdict(b, v);
        }
        return b.toString();
    }

    /** Most names a text line lists before "and N more"; JSON lists them all. */
    private static final int LISTED = 12;

    /** Objects without bitcode: linked outside LTO, so none of their functions is inlined across units. */
    static void notLto(StringBuilder b, Analysis a) {
        List<dev.irscope.source.NativeObject> objects = a.loaded().notLto();
        if (objects.isEmpty()) return;
        b.append("not part of LTO: ").append(objects.size()).append(objects.size() == 1 ? " object" : " objects")
                .append(" without bitcode (").append(listed(objects.stream().map(o -> o.name()).toList())).append(")\n");
    }

    /** Calls that no loaded unit's definition answers: outside this answer. */
    static void undefined(StringBuilder b, Analysis a) {
        List<Analysis.Undefined> u = a.undefinedCalls();
        if (u.isEmpty()) return;
        int sites = u.stream().mapToInt(Analysis.Undefined::calls).sum();
        b.append("undefined: ").append(sites).append(sites == 1 ? " call" : " calls").append(" to ").append(u.size())
                .append(u.size() == 1 ? " function" : " functions").append(" no loaded unit defines: ")
                .append(listed(u.stream().map(x -> Names.symbol(x.name())).toList())).append('\n');
    }

    private static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + ", and " + (names.size() - LISTED) + " more" : shown;
    }

    /** Inputs that produced no unit: the answer above them is incomplete, and says so. */
    static void missing(StringBuilder b, Analysis a, String indent) {
        List<dev.irscope.query.LoadProblem> failed = a.loaded().problems().stream().filter(p -> !p.skipped()).toList();
        if (failed.isEmpty()) return;
        b.append("not read (their calls are missing from this answer):\n");
        for (dev.irscope.query.LoadProblem p : failed) {
            b.append(indent).append(p.diagnostic().lines().findFirst().orElse(p.name())).append('\n');
        }
    }

    static String headline(Verdict v) {
        return v.edge().callerUnit().path() + ": " + Names.symbol(v.edge().caller().name()) + " -> "
                + v.edge().calleeUnit().path() + ": " + Names.symbol(v.edge().callee().name())
                + v.edge().via().map(x -> " (via alias @" + x + ")").orElse("");
    }

    static void verdict(StringBuilder b, Verdict v) {
        b.append(headline(v)).append('\n');
        String dem = Names.demangle(v.edge().caller().name());
        if (!dem.equals(v.edge().caller().name())) b.append("  caller: ").append(dem).append('\n');
        b.append("  ").append(switch (v.status()) {
            case INLINABLE -> v.alwaysInline() ? "INLINABLE (always-inline)" : "INLINABLE (attributes allow it; the cost model decides)";
            case BLOCKED -> "BLOCKED";
            case UNDECIDED -> "UNDECIDED";
        });
        if (!v.llvmRemark().isEmpty()) b.append(" - LLVM's remark: ").append(v.llvmRemark());
        b.append('\n');
        if (v.edge().mixed()) b.append("  ").append(mixedNote(v)).append('\n');
        int n = 1;
        for (Finding.Block f : v.blockers()) finding(b, n++ + ". ", f, f.fixes(), "");
        for (Finding.Undecided f : v.undecided()) finding(b, n++ + ". ", f, List.of(), "cannot decide: ");
        if (!v.blockers().isEmpty() && v.status() == Status.BLOCKED && !v.alwaysInline()) {
            long byp = v.blockers().stream().filter(f -> f.rule().skippedByAlwaysInline(v.llvm())).count();
            if (byp == v.blockers().size()) {
                b.append("  alwaysinline (__always_inline) on the callee would bypass all of these on LLVM ").append(v.llvm());
                b.append(notLater(v.blockers().stream().map(Finding::rule).toList())).append('\n');
            }
        }
        if (!v.bypassed().isEmpty()) {
            b.append("  bypassed by alwaysinline on LLVM ").append(v.llvm()).append(":\n");
            for (Finding.Bypassed f : v.bypassed()) {
                b.append("    - ").append(f.rule().id()).append(" (").append(f.attribute()).append("): ").append(f.message())
                        .append(" [bypassed through LLVM ").append(f.rule().bypassed()).append(notLater(List.of(f.rule())).replace(", but", ";"))
                        .append("]\n");
            }
        }
        if (!v.merges().isEmpty()) {
            b.append("  merge rules, if inlined:\n");
            for (Finding.Merge m : v.merges()) b.append("    - ").append(m.message()).append(" (").append(m.rule().id()).append(")\n");
        }
    }

    /** ", but not R from LLVM N on" for the rules whose always-inline bypass ends, from their rows. */
    private static String notLater(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Rule r : rules) {
            if (r.bypassed().isEmpty() || r.bypassed().to() == Versions.OPEN || !seen.add(r.id())) continue;
            out.append(out.length() == 0 ? ", but not " : ", nor ").append(r.id()).append(" from LLVM ").append(r.bypassed().to() + 1).append(" on");
        }
        return out.toString();
    }

    /** LLVM judges each call site: say which calls this verdict covers when the pair has others. */
    static String mixedNote(Verdict v) {
        StringBuilder b = new StringBuilder("mixed call sites: this verdict is for the call(s) at line");
        v.edge().sites().forEach(s -> b.append(' ').append(s.line()));
        b.append("; the call(s) at line");
        v.edge().otherSites().forEach(s -> b.append(' ').append(s.line()));
        return b.append(" differ in call-site attributes or operand bundles and are judged separately").toString();
    }

    static void finding(StringBuilder b, String prefix, Finding f, List<Fix> fixes, String lead) {
        b.append("  ").append(prefix).append(f.rule().id()).append(": ").append(lead).append(f.message()).append('\n');
        String pad = "     ";
        b.append(pad).append("attribute: ").append(f.attribute()).append("   LLVM ").append(f.rule().versions())
                .append(", ").append(f.rule().layer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
        if (!f.callerValue().isEmpty()) b.append(pad).append("caller: ").append(f.callerValue()).append('\n');
        if (!f.calleeValue().isEmpty()) b.append(pad).append("callee: ").append(f.calleeValue()).append('\n');
        for (Fix x : fixes) b.append(pad).append("fix: ").append(x.render()).append('\n');
    }

    public static String markdown(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append("# irscope check\n\n");
        b.append("- tool: `").append(dev.irscope.Tool.ID).append("`\n");
        b.append("- rules: LLVM ").append(a.llvm()).append(" (").append(a.llvmReason()).append(")\n\n");
        b.append("| unit | triple | producer | functions |\n|---|---|---|--:|\n");
        for (Module m : a.loaded().modules()) {
            b.append("| `").append(m.path()).append("` | `").append(m.triple()).append("` | ").append(Markdown.cell(m.header().producer()))
                    .append(" | ").append(m.functions().size()).append(" |\n");
        }
        if (a.loaded().failed()) {
            b.append("\n## Not read\n\nThese inputs produced no unit, so their calls are missing below:\n\n");
            StringBuilder t = new StringBuilder();
            missing(t, a, "- ");
            b.append(t.substring(t.indexOf("\n") + 1));
        }
        if (!a.linkIssues().isEmpty()) {
            b.append("\n## Link\n\n");
            for (LinkIssue i : a.linkIssues()) b.append("- **").append(i.severity()).append("**: ").append(Markdown.cell(i.message())).append('\n');
        }
        b.append("\n## Cross-unit calls\n\n| caller | callee | verdict | LLVM's remark | causes |\n|---|---|---|---|---|\n");
        for (Verdict v : a.verdicts()) {
            StringBuilder causes = new StringBuilder();
            for (Finding.Block f : v.blockers()) causes.append(causes.length() > 0 ? ", " : "").append('`').append(f.attribute()).append('`');
            for (Finding.Undecided f : v.undecided()) causes.append(causes.length() > 0 ? ", " : "").append('`').append(f.attribute()).append("` (?)");
            b.append("| `").append(v.edge().caller().name()).append("` | `").append(v.edge().callee().name()).append("` | ")
                    .append(v.status().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(Markdown.cell(v.llvmRemark()))
                    .append(" | ").append(causes).append(" |\n");
        }
        for (Verdict v : a.verdicts()) {
            if (v.inlinable() && v.merges().isEmpty()) continue;
            b.append("\n### `").append(v.edge().caller().name()).append("` → `").append(v.edge().callee().name()).append("`\n\n```\n");
            StringBuilder t = new StringBuilder();
            verdict(t, v);
            b.append(t).append("```\n");
        }
        return b.toString();
    }

    /** LLVM optimization-remark YAML documents, readable by opt-viewer and llvm-remarkutil. */
    public static String yaml(Analysis a) {
        StringBuilder b = new StringBuilder();
        for (Verdict v : a.verdicts()) {
            String caller = v.edge().caller().name(), callee = v.edge().callee().name();
            if (v.inlinable()) {
                b.append("--- !Passed\nPass:            inline\nName:            ").append(v.alwaysInline() ? "AlwaysInline" : "Inlined").append('\n');
            } else if (v.status() == Status.UNDECIDED) {
                b.append("--- !Analysis\nPass:            inline\nName:            Undecided\n");
            } else {
                b.append("--- !Missed\nPass:            inline\nName:            NeverInline\n");
            }
            b.append("Function:        ").append(Yaml.scalar(caller)).append('\n');
            b.append("Args:\n");
            b.append("  - Callee:          ").append(Yaml.scalar(callee)).append('\n');
            if (v.inlinable()) {
                b.append("  - String:          ' inlined into '\n");
                b.append("  - Caller:          ").append(Yaml.scalar(caller)).append('\n');
            } else {
                b.append("  - String:          ' not inlined into '\n");
                b.append("  - Caller:          ").append(Yaml.scalar(caller)).append('\n');
                b.append("  - String:          ' because it should never be inlined '\n");
                b.append("  - String:          '(cost=never)'\n");
                b.append("  - String:          ': '\n");
                b.append("  - Reason:          ").append(Yaml.scalar(v.llvmRemark())).append('\n');
                for (Finding.Block f : v.blockers()) {
                    b.append("  - Rule:            ").append(Yaml.scalar(f.rule().id())).append('\n');
                    b.append("  - Attribute:       ").append(Yaml.scalar(f.attribute())).append('\n');
                    b.append("  - CallerValue:     ").append(Yaml.scalar(f.callerValue())).append('\n');
                    b.append("  - CalleeValue:     ").append(Yaml.scalar(f.calleeValue())).append('\n');
                }
                for (Finding.Undecided f : v.undecided()) {
                    b.append("  - Undecided:       ").append(Yaml.scalar(f.message())).append('\n');
                }
            }
            b.append("...\n");
        }
        return b.toString();
    }
}
