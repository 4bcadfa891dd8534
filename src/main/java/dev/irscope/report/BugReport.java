package dev.irscope.report;

import dev.irscope.demangle.Names;
import dev.irscope.repro.Repro;
import dev.irscope.compat.Finding;
import dev.irscope.compat.Fix;
import dev.irscope.compat.Status;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
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
    private final Analysis analysis;
    private final List<SourceUnit> sources;

    /** @param sources the bytes each module was read from, matched by name, for the checksums */
    public BugReport(Analysis analysis, List<SourceUnit> sources) {
        this.analysis = analysis;
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
        out.add(new Para(Text.of("Produced by ", Span.code(dev.irscope.Tool.ID), " with the LLVM " + analysis.llvm()
                + " rule set (" + analysis.llvmReason() + ").")));
        out.add(new Para(Text.of(summary())));
        inputs(out);
        link(out);
        edges(out);
        details(out);
        return new ReportDoc(out);
    }

    private String summary() {
        List<Verdict> vs = analysis.verdicts();
        long ok = vs.stream().filter(Verdict::inlinable).count();
        return vs.size() + " cross-unit call" + (vs.size() == 1 ? "" : "s") + ": " + ok + " inlinable, " + analysis.blockedCount()
                + " blocked, " + analysis.undecidedCount() + " undecided.";
    }

    private void inputs(List<Block> out) {
        out.add(new Heading(2, Text.of("Inputs")));
        for (Module m : analysis.loaded().modules()) {
            out.add(new Heading(3, Text.of(Span.code(m.path()))));
            List<Text> items = new ArrayList<>();
            items.add(Text.of("sha256: ", Span.code(sha256(m).orElse("(bytes not available)"))));
            items.add(Text.of("producer: ", Span.code(m.header().producer())));
            items.add(Text.of("triple: ", value(m.header().triple())));
            items.add(Text.of("datalayout: ", value(m.header().datalayout())));
            items.add(Text.of("source_filename: ", value(m.header().sourceFilename())));
            long defined = m.definedCount();
            items.add(Text.of("functions: " + defined + " defined, " + (m.functions().size() - defined) + " declared"));
            out.add(new Items(items));
        }
        List<LoadProblem> problems = analysis.loaded().problems();
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

    private Optional<String> sha256(Module m) {
        for (SourceUnit u : sources) {
            if (!u.name().equals(m.path())) continue;
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
        List<LinkIssue> issues = analysis.linkIssues();
        if (issues.isEmpty()) {
            out.add(new Para(Text.of("No conflicts: llvm-link would accept these units as they are.")));
            return;
        }
        List<Text> items = new ArrayList<>();
        for (LinkIssue i : issues) {
            items.add(Text.of(i.severity() + ", " + i.what() + ": " + i.message()));
        }
        out.add(new Items(items));
        if (analysis.linkFails()) {
            out.add(new Para(Text.of("llvm-link would refuse these units: nothing is inlined until this is fixed.")));
        }
    }

    private void edges(List<Block> out) {
        out.add(new Heading(2, Text.of("Cross-unit calls")));
        List<Verdict> vs = analysis.verdicts();
        if (vs.isEmpty()) {
            out.add(new Para(Text.of("No call crosses from one unit into another.")));
            return;
        }
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (Verdict v : vs) {
            List<Span> causes = new ArrayList<>();
            for (Finding.Block f : v.blockers()) {
                if (!causes.isEmpty()) causes.add(Span.plain(", "));
                causes.add(Span.code(f.attribute()));
            }
            for (Finding.Undecided f : v.undecided()) {
                if (!causes.isEmpty()) causes.add(Span.plain(", "));
                causes.add(Span.code(f.attribute()));
                causes.add(Span.plain(" (undecided)"));
            }
            rows.add(new Row(false, List.of(
                    Text.of(String.valueOf(n++)),
                    Text.of(Span.code(v.edge().caller().name()), " in ", Span.code(v.edge().callerUnit().path())),
                    Text.of(Span.code(v.edge().callee().name()), " in ", Span.code(v.edge().calleeUnit().path())),
                    Text.of(verdictWord(v)),
                    Text.of(v.llvmRemark().isEmpty() ? "-" : v.llvmRemark()),
                    causes.isEmpty() ? Text.of("-") : new Text(causes))));
        }
        out.add(new Table("", List.of("#", "caller", "callee", "verdict", "LLVM's remark", "blocked by"), rows));
    }

    private static String verdictWord(Verdict v) {
        return switch (v.status()) {
            case INLINABLE -> v.alwaysInline() ? "inlinable (always-inline)" : "inlinable";
            case BLOCKED -> "blocked";
            case UNDECIDED -> "undecided";
        };
    }

    private void details(List<Block> out) {
        List<Verdict> vs = analysis.verdicts();
        if (vs.stream().allMatch(Verdict::inlinable)) return;
        out.add(new Heading(2, Text.of("Blocked and undecided calls")));
        Map<String, Integer> seenSets = new LinkedHashMap<>();
        for (int i = 0; i < vs.size(); i++) {
            Verdict v = vs.get(i);
            if (v.inlinable()) continue;
            int n = i + 1;
            out.add(new Heading(3, Text.of("Edge " + n + ": ", Span.code(v.edge().caller().name()), " calls ",
                    Span.code(v.edge().callee().name()))));
            List<Text> facts = new ArrayList<>();
            facts.add(where("caller", v.edge().caller(), v.edge().callerUnit()));
            facts.add(where("callee", v.edge().callee(), v.edge().calleeUnit()));
            v.edge().via().ifPresent(a -> facts.add(Text.of("called through alias ", Span.code("@" + a))));
            List<String> lines = new ArrayList<>();
            v.edge().sites().forEach(s -> lines.add(String.valueOf(s.line())));
            facts.add(Text.of("call site line(s): " + String.join(", ", lines)));
            facts.add(Text.of("verdict: " + verdictWord(v) + (v.llvmRemark().isEmpty() ? "" : "; LLVM's remark: " + v.llvmRemark())));
            if (v.status() == Status.BLOCKED) {
                String[] files = Repro.fileNames(v);
                facts.add(Text.of("minimal repro (with ", Span.code("--bundle"), "): ", Span.code("edge-" + n + "/" + files[0]),
                        " and ", Span.code("edge-" + n + "/" + files[1])));
            }
            out.add(new Items(facts));
            int k = 1;
            for (Finding.Block f : v.blockers()) finding(out, "Blocker " + k++, f, f.fixes());
            for (Finding.Undecided f : v.undecided()) finding(out, "Undecided " + k++, f, List.of());
            sideBySide(out, v, n, seenSets);
        }
    }

    private static Text where(String role, Function f, Module unit) {
        return Text.of(role + ": ", Span.code(Names.symbol(f.name())), " in ", Span.code(unit.path()),
                " line " + f.line() + ", " + f.linkage().keyword() + (f.dsoLocal() ? " dso_local" : ""));
    }

    private static void finding(List<Block> out, String title, Finding f, List<Fix> fixes) {
        out.add(new Heading(4, Text.of(title + ": ", Span.code(f.rule().id()))));
        out.add(new Para(Text.of(f.message())));
        List<Text> items = new ArrayList<>();
        items.add(Text.of("attribute: ", Span.code(f.attribute())));
        items.add(Text.of("caller: ", f.callerValue().isEmpty() ? Span.plain("(absent)") : Span.code(f.callerValue())));
        items.add(Text.of("callee: ", f.calleeValue().isEmpty() ? Span.plain("(absent)") : Span.code(f.calleeValue())));
        items.add(Text.of("rule applies to LLVM " + f.rule().versions() + "; alwaysinline bypasses it: "
                + (f.rule().bypassed().isEmpty() ? "never" : "LLVM " + f.rule().bypassed())));
        for (Fix x : fixes) items.add(Text.of("fix (" + x.who() + "): " + x.hint()));
        out.add(new Items(items));
    }

    /** Identical pairs of sets are shown once and referred to afterwards: reports stay short. */
    private static void sideBySide(List<Block> out, Verdict v, int n, Map<String, Integer> seen) {
        out.add(new Heading(4, Text.of("Attributes side by side")));
        String key = v.edge().caller().attributes().render() + "\u0000" + v.edge().callee().attributes().render();
        Integer first = seen.putIfAbsent(key, n);
        if (first != null) {
            out.add(new Para(Text.of("The same two attribute sets as edge " + first + ".")));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (String[] r : ExplainReport.sideBySide(v.edge().caller().attributes(), v.edge().callee().attributes())) {
            rows.add(new Row(!r[0].equals(r[1]), List.of(Text.of(Span.code(r[2])), cell(r[0]), cell(r[1]))));
        }
        out.add(new Para(Text.of("Entries marked * differ; - means absent.")));
        out.add(new Table("differs", List.of("attribute", "caller", "callee"), rows));
    }

    private static Text cell(String s) {
        return s.equals("-") ? Text.of("-") : Text.of(Span.code(s));
    }
}
