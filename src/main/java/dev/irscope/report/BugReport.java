package dev.irscope.report;

import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import dev.irscope.link.LinkIssue;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.report.ReportDoc.Block;
import dev.irscope.report.ReportDoc.Heading;
import dev.irscope.report.ReportDoc.Items;
import dev.irscope.report.ReportDoc.Para;
import dev.irscope.report.ReportDoc.Row;
import dev.irscope.report.ReportDoc.Span;
import dev.irscope.report.ReportDoc.Table;
import dev.irscope.report.ReportDoc.Text;
import dev.irscope.source.SourceUnit;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@code irscope report}: everything a maintainer needs to reproduce an inlining refusal
 * without asking back (inputs with checksums, rule set, link conflicts, every edge, every cause).
 * Only paths the user passed appear, and nothing depends on the clock, so the bytes are stable.
 */
public final class BugReport {
    private final CheckView view;
    private final List<SourceUnit> sources;

    /** @param sources the bytes each module was read from, matched by name, for the checksums */
    public BugReport(Analysis analysis, List<SourceUnit> sources) {
        this(CheckView.of(analysis), sources);
    }

    public BugReport(CheckView view, List<SourceUnit> sources) {
        this.view = view;
        this.sources = List.copyOf(sources);
    }

    public String markdown() {
        return BugReportMarkdown.render(build());
    }

    public String text() {
        return BugReportText.render(build(), BugReportText.WIDTH);
    }

    /**
     * Summary first, then one section per group of calls sharing their causes (each cause once,
     * the calls and the attribute differences folded), then link problems and the inputs (folded).
     * Sized for a tracker comment: a 60-unit build stays well under GitHub's 65,536 characters.
     */
    public ReportDoc build() {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, Text.of("irscope report")));
        out.add(new Para(Text.of("Produced by ", Span.code(view.tool()), " with the LLVM " + view.llvm()
                + " rule set (" + view.llvmReason() + ").")));
        out.add(new Para(Text.of(summary())));
        causes(out);
        groups(out);
        link(out);
        inputs(out);
        return new ReportDoc(out);
    }

    private String summary() {
        CheckView.Summary s = view.summary();
        return s.calls() + " cross-unit call" + (s.calls() == 1 ? "" : "s") + " in " + view.units().size() + " unit"
                + (view.units().size() == 1 ? "" : "s") + ": " + s.inlinable() + " inlinable, " + s.blocked()
                + " blocked, " + s.undecided() + " undecided; " + view.groups().size() + " distinct set"
                + (view.groups().size() == 1 ? "" : "s") + " of causes.";
    }

    /** Calls per blocking rule, most first, like llvm-remarkutil's count --group-by. */
    private void causes(List<Block> out) {
        CheckView.Summary s = view.summary();
        if (s.perCause().isEmpty() && s.perUndecided().isEmpty()) return;
        List<Text> items = new ArrayList<>();
        s.perCause().forEach((rule, n) -> items.add(Text.of(n + (n == 1 ? " call" : " calls") + " blocked by ", Span.code(rule))));
        s.perUndecided().forEach((rule, n) -> items.add(Text.of(n + (n == 1 ? " call" : " calls") + " undecided on ", Span.code(rule))));
        out.add(new Items(items));
    }

    private void groups(List<Block> out) {
        if (view.groups().isEmpty()) {
            out.add(new Para(Text.of("No call crosses from one unit into another.")));
            return;
        }
        Map<String, Integer> seenSets = new LinkedHashMap<>();
        for (CheckView.Group g : view.groups()) {
            CheckView.Call first = g.calls().get(0);
            List<Span> title = new ArrayList<>(List.of(Span.plain("Group " + g.n() + ": " + g.calls().size()
                    + (g.calls().size() == 1 ? " call " : " calls ") + verdictWord(first))));
            List<String> rules = new ArrayList<>();
            for (CheckView.Cause c : g.causes()) if (!rules.contains(c.rule())) rules.add(c.rule());
            for (int i = 0; i < rules.size(); i++) {
                title.add(Span.plain(i == 0 ? (first.status() == Status.UNDECIDED ? " on " : " by ") : ", "));
                title.add(Span.code(rules.get(i)));
            }
            out.add(new Heading(2, new Text(title)));
            if (!first.remark().isEmpty()) out.add(new Para(Text.of("LLVM's remark: " + first.remark() + ".")));
            int k = 1;
            for (CheckView.Cause f : first.blockers()) finding(out, "Blocker " + k++, f, g);
            for (CheckView.Cause f : first.undecided()) finding(out, "Undecided " + k++, f, g);
            if (first.bypassAll()) {
                out.add(new Para(Text.of("Always-inline on the callee (C: ", Span.code("__always_inline"), ", Rust: ",
                        Span.code("#[inline(always)]"), ") would bypass all of these on LLVM " + first.llvm()
                        + CheckReport.notLater(first.blockers()) + ".")));
            }
            if (!first.bypassed().isEmpty()) {
                List<String> ids = new ArrayList<>();
                for (CheckView.Cause c : first.bypassed()) if (!ids.contains(c.rule())) ids.add(c.rule());
                out.add(new Para(Text.of("Bypassed by always-inline on LLVM " + first.llvm() + ": " + String.join(", ", ids)
                        + CheckReport.notLater(first.bypassed()) + ".")));
            }
            if (!first.merges().isEmpty()) {
                List<Text> m = new ArrayList<>();
                for (CheckView.Cause c : first.merges()) m.add(Text.of(c.message() + " (", Span.code(c.rule()), ")"));
                out.add(new Para(Text.of("If inlined, the caller changes:")));
                out.add(new Items(m));
            }
            List<Block> calls = new ArrayList<>(List.of(callTable(g)));
            if (g.calls().size() > LISTED) {
                calls.add(new Para(Text.of("And " + (g.calls().size() - LISTED) + " more, not listed to keep the report postable; ",
                        Span.code("irscope check --full"), " lists every call.")));
            }
            if (first.status() == Status.BLOCKED) {
                calls.add(new Para(Text.of("With ", Span.code("--bundle"), ", call N has a minimal repro in ", Span.code("edge-N/"),
                        " (see its README for the llvm-link and opt commands).")));
            }
            out.add(new ReportDoc.Details(Text.of(g.calls().size() == 1 ? "The call" : "The " + g.calls().size() + " calls"), calls));
            attributes(out, first, seenSets);
        }
    }

    /** Calls listed per group; a bigger group says how many more there are (GitHub comments hold 65,536 characters). */
    static final int LISTED = 200;

    private Block callTable(CheckView.Group g) {
        Map<String, String> names = CheckText.unitNames(view);
        List<Row> rows = new ArrayList<>();
        for (CheckView.Call c : g.calls().subList(0, Math.min(LISTED, g.calls().size()))) {
            String at = CheckView.location(c.sites().get(0)).orElse(names.get(c.caller().unit()) + ":" + c.sites().get(0).line());
            rows.add(new Row(false, List.of(Text.of(String.valueOf(c.n())), Text.of(Span.code(c.caller().demangled())),
                    Text.of(Span.code(c.callee().demangled())), Text.of(names.get(c.callee().unit())), Text.of(at))));
        }
        return new Table("", List.of("#", "caller", "callee", "callee's unit", "call site"), rows);
    }

    /** The attributes that differ between caller and callee, once per distinct pair of sets. */
    private static void attributes(List<Block> out, CheckView.Call c, Map<String, Integer> seen) {
        Integer first = seen.putIfAbsent(c.attributeKey(), c.n());
        if (first != null) return;
        List<Row> rows = new ArrayList<>();
        for (ExplainView.AttrRow r : c.attributeRows()) {
            if (r.differs()) rows.add(new Row(false, List.of(Text.of(Span.code(r.key())), cell(r.caller()), cell(r.callee()))));
        }
        if (rows.isEmpty()) return;
        out.add(new ReportDoc.Details(Text.of("Attributes that differ (call " + c.n() + "; - means absent)"),
                List.of(new Table("", List.of("attribute", "caller", "callee"), rows))));
    }

    private void inputs(List<Block> out) {
        out.add(new Heading(2, Text.of("Inputs")));
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> layouts = new LinkedHashMap<>();
        for (CheckView.Unit m : view.units()) {
            String dl = m.datalayout().orElse("(none)");
            int n = layouts.computeIfAbsent(dl, k -> layouts.size() + 1);
            rows.add(new Row(false, List.of(Text.of(Span.code(m.path())), Text.of(m.producer()), Text.of(m.triple().isEmpty() ? "(none)" : m.triple()),
                    Text.of("L" + n), Text.of(m.defined() + " defined, " + (m.functions() - m.defined()) + " declared"),
                    Text.of(m.sourceFilename().map(Span::code).orElse(Span.plain("(none)"))),
                    Text.of(Span.code(sha256(m.path()).orElse("(bytes not available)"))))));
        }
        List<Block> body = new ArrayList<>();
        body.add(new Table("", List.of("unit", "producer", "triple", "datalayout", "functions", "source_filename", "sha256"), rows));
        List<Text> dls = new ArrayList<>();
        layouts.forEach((dl, n) -> dls.add(Text.of("L" + n + ": ", Span.code(dl))));
        body.add(new Items(dls));
        out.add(new ReportDoc.Details(Text.of(view.units().size() + (view.units().size() == 1 ? " unit" : " units")
                + " (producer, triple, datalayout, sha256)"), body));
        List<LoadProblem> problems = view.problems();
        if (!problems.isEmpty()) {
            out.add(new Heading(3, Text.of("Inputs that could not be read")));
            List<Text> items = new ArrayList<>();
            for (LoadProblem p : problems) items.add(Text.of(firstLine(p.diagnostic()))); // names the input itself
            out.add(new Items(items));
        }
    }

    private static Span value(Optional<String> v) {
        return v.map(Span::code).orElse(Span.plain("(none)"));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private Optional<String> sha256(String path) {
        for (SourceUnit u : sources) {
            if (!u.name().equals(path)) continue;
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                ByteBuffer b = u.bytes().duplicate();
                b.rewind();
                d.update(b);
                return Optional.of(HexFormat.of().formatHex(d.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
        return Optional.empty();
    }

    private void link(List<Block> out) {
        out.add(new Heading(2, Text.of("Link")));
        List<LinkIssue> issues = view.linkIssues();
        if (issues.isEmpty()) {
            out.add(new Para(Text.of("No conflicts: llvm-link would accept these units as they are.")));
            return;
        }
        List<Text> items = new ArrayList<>();
        for (CheckView.LinkGroup g : view.link()) {
            LinkIssue i = g.issues().get(0);
            items.add(Text.of(g.severity() + ", " + i.what() + ": " + i.message()
                    + (g.count() > 1 ? " (and " + (g.count() - 1) + " more like it)" : "")));
        }
        out.add(new Items(items));
        if (view.linkFails()) {
            out.add(new Para(Text.of("llvm-link would refuse these units: nothing is inlined until this is fixed.")));
        }
    }

    private static String verdictWord(CheckView.Call v) {
        return switch (v.status()) {
            case INLINABLE -> v.alwaysInline() ? "inlinable (always-inline)" : "inlinable";
            case BLOCKED -> "blocked";
            case UNDECIDED -> "undecided";
        };
    }

    private static void finding(List<Block> out, String title, CheckView.Cause f, CheckView.Group g) {
        out.add(new Heading(3, Text.of(title + ": ", Span.code(f.rule()))));
        out.add(new Para(Text.of(f.message())));
        List<Text> items = new ArrayList<>();
        items.add(Text.of("attribute: ", Span.code(f.attribute())));
        String caller = Elide.difference(f.caller(), f.callee(), 120), callee = Elide.difference(f.callee(), f.caller(), 120);
        items.add(Text.of("caller: ", f.caller().isEmpty() ? Span.plain("(absent)") : Span.code(caller)));
        items.add(Text.of("callee: ", f.callee().isEmpty() ? Span.plain("(absent)") : Span.code(callee)));
        items.add(Text.of("rule applies to LLVM " + f.versions() + "; always-inline bypasses it: "
                + (f.bypassedBy().isEmpty() ? "never" : "LLVM " + f.bypassedBy())));
        for (CheckView.GroupFix x : CheckView.groupFixes(g, f)) {
            items.add(Text.of("fix (" + x.fix().who() + (x.where().isEmpty() ? "" : ", " + x.where()) + "): " + x.fix().hint()));
        }
        out.add(new Items(items));
        if (!caller.equals(f.caller()) || !callee.equals(f.callee())) {
            out.add(new ReportDoc.Details(Text.of("Whole values"), List.of(new Items(List.of(
                    Text.of("caller: ", Span.code(f.caller())), Text.of("callee: ", Span.code(f.callee())))))));
        }
    }

    private static Text cell(String s) {
        return s.equals("-") ? Text.of("-") : Text.of(Span.code(s));
    }
}
