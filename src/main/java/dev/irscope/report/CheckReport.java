package dev.irscope.report;

import dev.irscope.write.Json;
import dev.irscope.write.Markdown;
import dev.irscope.write.Yaml;

import dev.irscope.compat.Versions;
import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import dev.irscope.link.LinkIssue;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.demangle.Names;
import dev.irscope.source.NativeObject;
import java.util.List;

/** Renders {@code irscope check}: text for people, JSON for scripts, Markdown for bug trackers, YAML remarks for LLVM's tools. */
public final class CheckReport {
    private CheckReport() {}

    public static String json(Analysis a) {
        return json(CheckView.of(a));
    }

    public static String json(CheckView view) {
        return Json.write(VerdictView.root(view));
    }

    public static String text(Analysis a) {
        return text(CheckView.of(a));
    }

    /** The compact answer: summary, then one group per set of causes (see {@link CheckText}). */
    public static String text(CheckView view) {
        return CheckText.render(view);
    }

    /** Every call in full, one block each ({@code --full}). */
    public static String full(CheckView view) {
        StringBuilder b = new StringBuilder();
        b.append(view.tool()).append(": LLVM ").append(view.llvm()).append(" rules (").append(view.llvmReason()).append(")\n");
        b.append("units:\n");
        for (CheckView.Unit m : view.units()) {
            b.append("  ").append(m.path()).append("  ").append(m.triple().isEmpty() ? "(no triple)" : m.triple()).append("  ")
                    .append(m.producer()).append("  ").append(m.defined()).append(" defined functions\n");
        }
        notLto(b, view);
        missing(b, view, "  ");
        if (!view.linkIssues().isEmpty()) {
            b.append("link:\n");
            for (LinkIssue i : view.linkIssues()) b.append("  ").append(i.severity()).append(": ").append(i.message()).append('\n');
            if (view.linkFails()) b.append("  llvm-link would refuse these units: nothing is inlined until this is fixed\n");
        }
        CheckView.Summary s = view.summary();
        b.append("edges: ").append(s.calls()).append(" cross-unit calls: ").append(s.inlinable()).append(" inlinable, ")
                .append(s.blocked()).append(" blocked, ").append(s.undecided()).append(" undecided\n");
        undefined(b, view);
        for (CheckView.Call c : view.calls()) {
            b.append('\n');
            call(b, c);
        }
        return b.toString();
    }

    /** Most names a text line lists before "and N more"; JSON lists them all. */
    private static final int LISTED = 12;

    /** Objects without bitcode: linked outside LTO, so none of their functions is inlined across units. */
    static void notLto(StringBuilder b, CheckView view) {
        List<NativeObject> objects = view.notLto();
        if (objects.isEmpty()) return;
        b.append("not part of LTO: ").append(objects.size()).append(objects.size() == 1 ? " object" : " objects")
                .append(" without bitcode (").append(listed(objects.stream().map(o -> o.name()).toList())).append(")\n");
    }

    /** Calls that no loaded unit's definition answers: outside this answer. */
    static void undefined(StringBuilder b, CheckView view) {
        List<Analysis.Undefined> u = view.undefined();
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
    static void missing(StringBuilder b, CheckView view, String indent) {
        List<LoadProblem> failed = view.problems().stream().filter(p -> !p.skipped()).toList();
        if (failed.isEmpty()) return;
        b.append("not read (their calls are missing from this answer):\n");
        for (LoadProblem p : failed) {
            b.append(indent).append(p.diagnostic().lines().findFirst().orElse(p.name())).append('\n');
        }
    }

    static String headline(CheckView.Call c) {
        return c.caller().unit() + ": " + c.caller().symbol() + " -> " + c.callee().unit() + ": " + c.callee().symbol()
                + c.via().map(x -> " (via alias @" + x + ")").orElse("");
    }

    static void call(StringBuilder b, CheckView.Call v) {
        b.append(headline(v)).append('\n');
        String dem = v.caller().demangled();
        if (!dem.equals(v.caller().name())) b.append("  caller: ").append(dem).append('\n');
        b.append("  ").append(switch (v.status()) {
            case INLINABLE -> v.alwaysInline() ? "INLINABLE (always-inline)" : "INLINABLE (attributes allow it; the cost model decides)";
            case BLOCKED -> "BLOCKED";
            case UNDECIDED -> "UNDECIDED";
        });
        if (!v.remark().isEmpty()) b.append(" - LLVM's remark: ").append(v.remark());
        b.append('\n');
        if (v.mixed()) b.append("  ").append(mixedNote(v)).append('\n');
        int n = 1;
        for (CheckView.Cause f : v.blockers()) cause(b, n++ + ". ", f, "");
        for (CheckView.Cause f : v.undecided()) cause(b, n++ + ". ", f, "cannot decide: ");
        if (v.bypassAll()) {
            b.append("  alwaysinline (__always_inline) on the callee would bypass all of these on LLVM ").append(v.llvm());
            b.append(notLater(v.blockers())).append('\n');
        }
        if (!v.bypassed().isEmpty()) {
            b.append("  bypassed by alwaysinline on LLVM ").append(v.llvm()).append(":\n");
            for (CheckView.Cause f : v.bypassed()) {
                b.append("    - ").append(f.rule()).append(" (").append(f.attribute()).append("): ").append(f.message())
                        .append(" [bypassed through LLVM ").append(f.bypassedBy()).append(notLater(List.of(f)).replace(", but", ";"))
                        .append("]\n");
            }
        }
        if (!v.merges().isEmpty()) {
            b.append("  merge rules, if inlined:\n");
            for (CheckView.Cause m : v.merges()) b.append("    - ").append(m.message()).append(" (").append(m.rule()).append(")\n");
        }
    }

    /** ", but not R from LLVM N on" for the rules whose always-inline bypass ends, from their rows. */
    static String notLater(List<CheckView.Cause> causes) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CheckView.Cause r : causes) {
            if (r.bypassedBy().isEmpty() || r.bypassedBy().to() == Versions.OPEN || !seen.add(r.rule())) continue;
            out.append(out.length() == 0 ? ", but not " : ", nor ").append(r.rule()).append(" from LLVM ").append(r.bypassedBy().to() + 1).append(" on");
        }
        return out.toString();
    }

    /** LLVM judges each call site: say which calls this verdict covers when the pair has others. */
    static String mixedNote(CheckView.Call v) {
        StringBuilder b = new StringBuilder("mixed call sites: this verdict is for the call(s) at line");
        v.sites().forEach(s -> b.append(' ').append(s.line()));
        b.append("; the call(s) at line");
        v.otherSites().forEach(s -> b.append(' ').append(s.line()));
        return b.append(" differ in call-site attributes or operand bundles and are judged separately").toString();
    }

    static void cause(StringBuilder b, String prefix, CheckView.Cause f, String lead) {
        b.append("  ").append(prefix).append(f.rule()).append(": ").append(lead).append(f.message()).append('\n');
        String pad = "     ";
        b.append(pad).append("attribute: ").append(f.attribute()).append("   LLVM ").append(f.versions())
                .append(", ").append(f.layer().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
        if (!f.caller().isEmpty()) b.append(pad).append("caller: ").append(f.caller()).append('\n');
        if (!f.callee().isEmpty()) b.append(pad).append("callee: ").append(f.callee()).append('\n');
        for (Fix x : f.fixes()) b.append(pad).append("fix: ").append(x.render()).append('\n');
    }

    public static String markdown(Analysis a) {
        return markdown(CheckView.of(a));
    }

    public static String markdown(CheckView view) {
        StringBuilder b = new StringBuilder();
        b.append("# irscope check\n\n");
        b.append("- tool: `").append(view.tool()).append("`\n");
        b.append("- rules: LLVM ").append(view.llvm()).append(" (").append(view.llvmReason()).append(")\n\n");
        b.append("| unit | triple | producer | functions |\n|---|---|---|--:|\n");
        for (CheckView.Unit m : view.units()) {
            b.append("| `").append(m.path()).append("` | `").append(m.triple()).append("` | ").append(Markdown.cell(m.producer()))
                    .append(" | ").append(m.functions()).append(" |\n");
        }
        if (view.problems().stream().anyMatch(p -> !p.skipped())) {
            b.append("\n## Not read\n\nThese inputs produced no unit, so their calls are missing below:\n\n");
            StringBuilder t = new StringBuilder();
            missing(t, view, "- ");
            b.append(t.substring(t.indexOf("\n") + 1));
        }
        if (!view.linkIssues().isEmpty()) {
            b.append("\n## Link\n\n");
            for (LinkIssue i : view.linkIssues()) b.append("- **").append(i.severity()).append("**: ").append(Markdown.cell(i.message())).append('\n');
        }
        b.append("\n## Cross-unit calls\n\n| caller | callee | verdict | LLVM's remark | causes |\n|---|---|---|---|---|\n");
        for (CheckView.Call v : view.calls()) {
            StringBuilder causes = new StringBuilder();
            for (CheckView.Cause f : v.blockers()) causes.append(causes.length() > 0 ? ", " : "").append('`').append(f.attribute()).append('`');
            for (CheckView.Cause f : v.undecided()) causes.append(causes.length() > 0 ? ", " : "").append('`').append(f.attribute()).append("` (?)");
            b.append("| `").append(v.caller().name()).append("` | `").append(v.callee().name()).append("` | ")
                    .append(v.status().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(Markdown.cell(v.remark()))
                    .append(" | ").append(causes).append(" |\n");
        }
        for (CheckView.Call v : view.calls()) {
            if (v.inlinable() && v.merges().isEmpty()) continue;
            b.append("\n### `").append(v.caller().name()).append("` → `").append(v.callee().name()).append("`\n\n```\n");
            StringBuilder t = new StringBuilder();
            call(t, v);
            b.append(t).append("```\n");
        }
        return b.toString();
    }

    /** LLVM optimization-remark YAML documents, readable by opt-viewer and llvm-remarkutil. */
    public static String yaml(Analysis a) {
        return yaml(CheckView.of(a));
    }

    /**
     * One document per call site, as opt writes one remark per call it visits (the sites of one
     * call share its verdict), each with the site's {@code DebugLoc} when the unit has debug info:
     * the DIFile's filename as written, which is what opt-19 prints (not joined with the directory).
     */
    public static String yaml(CheckView view) {
        StringBuilder b = new StringBuilder();
        for (CheckView.Call v : view.calls()) {
            for (dev.irscope.ir.CallSite site : v.sites()) remark(b, v, site.debugLoc());
        }
        return b.toString();
    }

    private static void remark(StringBuilder b, CheckView.Call v, java.util.Optional<dev.irscope.ir.DebugLoc> loc) {
        {
            String caller = v.caller().name(), callee = v.callee().name();
            if (v.inlinable()) {
                b.append("--- !Passed\nPass:            inline\nName:            ").append(v.alwaysInline() ? "AlwaysInline" : "Inlined").append('\n');
            } else if (v.status() == Status.UNDECIDED) {
                b.append("--- !Analysis\nPass:            inline\nName:            Undecided\n");
            } else {
                b.append("--- !Missed\nPass:            inline\nName:            NeverInline\n");
            }
            loc.ifPresent(l -> b.append("DebugLoc:        { File: ").append(Yaml.scalar(l.file())).append(", Line: ").append(l.line())
                    .append(", Column: ").append(l.column()).append(" }\n"));
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
                b.append("  - Reason:          ").append(Yaml.scalar(v.remark())).append('\n');
                for (CheckView.Cause f : v.blockers()) {
                    b.append("  - Rule:            ").append(Yaml.scalar(f.rule())).append('\n');
                    b.append("  - Attribute:       ").append(Yaml.scalar(f.attribute())).append('\n');
                    b.append("  - CallerValue:     ").append(Yaml.scalar(f.caller())).append('\n');
                    b.append("  - CalleeValue:     ").append(Yaml.scalar(f.callee())).append('\n');
                }
                for (CheckView.Cause f : v.undecided()) {
                    b.append("  - Undecided:       ").append(Yaml.scalar(f.message())).append('\n');
                }
            }
            b.append("...\n");
        }
    }
}
