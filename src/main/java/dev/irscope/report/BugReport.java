package dev.irscope.report;

import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import dev.irscope.link.LinkIssue;
import dev.irscope.repro.Repro;
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

    public ReportDoc build() {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, Text.of("irscope report")));
        out.add(new Para(Text.of("Produced by ", Span.code(view.tool()), " with the LLVM " + view.llvm()
                + " rule set (" + view.llvmReason() + ").")));
        out.add(new Para(Text.of(summary())));
        inputs(out);
        link(out);
        edges(out);
        details(out);
        return new ReportDoc(out);
    }

    private String summary() {
        CheckView.Summary s = view.summary();
        return s.calls() + " cross-unit call" + (s.calls() == 1 ? "" : "s") + ": " + s.inlinable() + " inlinable, " + s.blocked()
                + " blocked, " + s.undecided() + " undecided.";
    }

    private void inputs(List<Block> out) {
        out.add(new Heading(2, Text.of("Inputs")));
        for (CheckView.Unit m : view.units()) {
            out.add(new Heading(3, Text.of(Span.code(m.path()))));
            List<Text> items = new ArrayList<>();
            items.add(Text.of("sha256: ", Span.code(sha256(m.path()).orElse("(bytes not available)"))));
            items.add(Text.of("producer: ", Span.code(m.producer())));
            items.add(Text.of("triple: ", value(m.triple().isEmpty() ? Optional.empty() : Optional.of(m.triple()))));
            items.add(Text.of("datalayout: ", value(m.datalayout())));
            items.add(Text.of("source_filename: ", value(m.sourceFilename())));
            long defined = m.defined();
            items.add(Text.of("functions: " + defined + " defined, " + (m.functions() - defined) + " declared"));
            out.add(new Items(items));
        }
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
        for (LinkIssue i : issues) {
            items.add(Text.of(i.severity() + ", " + i.what() + ": " + i.message()));
        }
        out.add(new Items(items));
        if (view.linkFails()) {
            out.add(new Para(Text.of("llvm-link would refuse these units: nothing is inlined until this is fixed.")));
        }
    }

    private void edges(List<Block> out) {
        out.add(new Heading(2, Text.of("Cross-unit calls")));
        List<CheckView.Call> vs = view.calls();
        if (vs.isEmpty()) {
            out.add(new Para(Text.of("No call crosses from one unit into another.")));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (CheckView.Call v : vs) {
            List<Span> causes = new ArrayList<>();
            for (CheckView.Cause f : v.blockers()) {
                if (!causes.isEmpty()) causes.add(Span.plain(", "));
                causes.add(Span.code(f.attribute()));
            }
            for (CheckView.Cause f : v.undecided()) {
                if (!causes.isEmpty()) causes.add(Span.plain(", "));
                causes.add(Span.code(f.attribute()));
                causes.add(Span.plain(" (undecided)"));
            }
            rows.add(new Row(false, List.of(
                    Text.of(String.valueOf(v.n())),
                    Text.of(Span.code(v.caller().name()), " in ", Span.code(v.caller().unit())),
                    Text.of(Span.code(v.callee().name()), " in ", Span.code(v.callee().unit())),
                    Text.of(verdictWord(v)),
                    Text.of(v.remark().isEmpty() ? "-" : v.remark()),
                    causes.isEmpty() ? Text.of("-") : new Text(causes))));
        }
        out.add(new Table("", List.of("#", "caller", "callee", "verdict", "LLVM's remark", "blocked by"), rows));
    }

    private static String verdictWord(CheckView.Call v) {
        return switch (v.status()) {
            case INLINABLE -> v.alwaysInline() ? "inlinable (always-inline)" : "inlinable";
            case BLOCKED -> "blocked";
            case UNDECIDED -> "undecided";
        };
    }

    private void details(List<Block> out) {
        List<CheckView.Call> vs = view.calls();
        if (vs.stream().allMatch(CheckView.Call::inlinable)) return;
        out.add(new Heading(2, Text.of("Blocked and undecided calls")));
        Map<String, Integer> seenSets = new LinkedHashMap<>();
        for (CheckView.Call v : vs) {
            if (v.inlinable()) continue;
            int n = v.n();
            out.add(new Heading(3, Text.of("Edge " + n + ": ", Span.code(v.caller().name()), " calls ",
                    Span.code(v.callee().name()))));
            List<Text> facts = new ArrayList<>();
            facts.add(where("caller", v.caller()));
            facts.add(where("callee", v.callee()));
            v.via().ifPresent(a -> facts.add(Text.of("called through alias ", Span.code("@" + a))));
            List<String> lines = new ArrayList<>();
            v.sites().forEach(s -> lines.add(String.valueOf(s.line())));
            facts.add(Text.of("call site line(s): " + String.join(", ", lines)));
            facts.add(Text.of("verdict: " + verdictWord(v) + (v.remark().isEmpty() ? "" : "; LLVM's remark: " + v.remark())));
            if (v.status() == Status.BLOCKED) {
                String[] files = Repro.fileNames(v.verdict());
                facts.add(Text.of("minimal repro (with ", Span.code("--bundle"), "): ", Span.code("edge-" + n + "/" + files[0]),
                        " and ", Span.code("edge-" + n + "/" + files[1])));
            }
            out.add(new Items(facts));
            int k = 1;
            for (CheckView.Cause f : v.blockers()) finding(out, "Blocker " + k++, f);
            for (CheckView.Cause f : v.undecided()) finding(out, "Undecided " + k++, f);
            sideBySide(out, v, n, seenSets);
        }
    }

    private static Text where(String role, CheckView.End f) {
        return Text.of(role + ": ", Span.code(f.symbol()), " in ", Span.code(f.unit()),
                " line " + f.line() + ", " + f.linkage() + (f.dsoLocal() ? " dso_local" : ""));
    }

    private static void finding(List<Block> out, String title, CheckView.Cause f) {
        out.add(new Heading(4, Text.of(title + ": ", Span.code(f.rule()))));
        out.add(new Para(Text.of(f.message())));
        List<Text> items = new ArrayList<>();
        items.add(Text.of("attribute: ", Span.code(f.attribute())));
        items.add(Text.of("caller: ", f.caller().isEmpty() ? Span.plain("(absent)") : Span.code(f.caller())));
        items.add(Text.of("callee: ", f.callee().isEmpty() ? Span.plain("(absent)") : Span.code(f.callee())));
        items.add(Text.of("rule applies to LLVM " + f.versions() + "; alwaysinline bypasses it: "
                + (f.bypassedBy().isEmpty() ? "never" : "LLVM " + f.bypassedBy())));
        for (Fix x : f.fixes()) items.add(Text.of("fix (" + x.who() + "): " + x.hint()));
        out.add(new Items(items));
    }

    /** Identical pairs of sets are shown once and referred to afterwards: reports stay short. */
    private static void sideBySide(List<Block> out, CheckView.Call v, int n, Map<String, Integer> seen) {
        out.add(new Heading(4, Text.of("Attributes side by side")));
        Integer first = seen.putIfAbsent(v.attributeKey(), n);
        if (first != null) {
            out.add(new Para(Text.of("The same two attribute sets as edge " + first + ".")));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (ExplainView.AttrRow r : v.attributeRows()) {
            rows.add(new Row(r.differs(), List.of(Text.of(Span.code(r.key())), cell(r.caller()), cell(r.callee()))));
        }
        out.add(new Para(Text.of("Entries marked * differ; - means absent.")));
        out.add(new Table("differs", List.of("attribute", "caller", "callee"), rows));
    }

    private static Text cell(String s) {
        return s.equals("-") ? Text.of("-") : Text.of(Span.code(s));
    }
}
