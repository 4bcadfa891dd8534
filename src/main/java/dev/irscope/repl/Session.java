package dev.irscope.repl;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.LlvmVersion;
import dev.irscope.compat.Verdict;
import dev.irscope.ir.Module;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadProblem;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import dev.irscope.report.CheckReport;
import dev.irscope.report.ExplainReport;
import dev.irscope.report.FunctionsReport;
import dev.irscope.demangle.Names;
import dev.irscope.report.RulesReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The REPL without a terminal: one command line in, one {@link Reply} out. Every answer comes from
 * the shared query layer and report renderers, so the REPL and the batch commands agree.
 *
 * <p>State is an immutable snapshot. {@link #evaluate} computes a reply and the next snapshot
 * without committing it; {@link #commit} installs it. A terminal loop can run {@code evaluate} on a
 * worker thread and simply drop the result when the user presses Ctrl-C.
 */
public final class Session {
    /** Everything a command may change. */
    record State(Workspace workspace, AnswerFormat format, Optional<String> last) {}

    /** A computed but not yet committed command. */
    public static final class Pending {
        private final Reply reply;
        private final State next;

        Pending(Reply reply, State next) {
            this.reply = reply;
            this.next = next;
        }

        public Reply reply() {
            return reply;
        }
    }

    private final UnaryOperator<String> demangle;
    private volatile State state = new State(Workspace.empty(), AnswerFormat.text, Optional.empty());

    public Session() {
        this(Names::demangle);
    }

    /** A session with another demangler (tests use a fixed table). */
    Session(UnaryOperator<String> demangle) {
        this.demangle = demangle;
    }

    /** Runs one line and keeps its effects. */
    public Reply run(String line) {
        Pending p = evaluate(line);
        commit(p);
        return p.reply();
    }

    /** A reply that leaves the state as it is (for failures outside {@link #evaluate}). */
    Pending unchanged(Reply r) {
        return new Pending(r, state);
    }

    public void commit(Pending p) {
        state = p.next;
    }

    /** Runs one line against the current state without changing it. */
    public Pending evaluate(String line) {
        State s = state;
        Verb verb = null;
        try {
            List<String> words = Words.split(line.strip());
            if (words.isEmpty() || words.get(0).startsWith("#")) return new Pending(Reply.ok(""), s);
            Optional<Verb> known = Verb.of(words.get(0));
            if (known.isEmpty()) {
                List<String> all = java.util.Arrays.stream(Verb.values()).map(v -> v.word).toList();
                throw new ReplException("unknown command '" + words.get(0) + "'" + dev.irscope.query.Nearest.hint(words.get(0), all)
                        + "; help lists the commands");
            }
            verb = known.get();
            return dispatch(s, verb, words.subList(1, words.size()));
        } catch (ReplException e) {
            return new Pending(Reply.error(pointToHelp(e.getMessage(), verb)), s);
        } catch (RuntimeException e) {
            return new Pending(Reply.error(pointToHelp("internal error: " + e, verb)), s);
        }
    }

    /** Every error says where to read more: {@code help VERB}, or {@code help} for an unknown command. */
    static String pointToHelp(String message, Verb verb) {
        if (message.contains("help")) return message;
        return message + (verb == null ? "; help lists the commands" : "; help " + verb.word + " explains it");
    }

    /** The units, functions and rules the session knows, for completion. */
    Workspace workspace() {
        return state.workspace();
    }

    UnaryOperator<String> demangler() {
        return demangle;
    }

    private Pending dispatch(State s, Verb verb, List<String> args) {
        Workspace ws = s.workspace();
        return switch (verb) {
            case LOAD -> load(s, args);
            case UNITS -> {
                arity(verb, args, 0, 0);
                yield done(s, new Listings(ws, demangle).units());
            }
            case FUNCTIONS -> {
                arity(verb, args, 0, 1);
                Optional<String> p = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
                Listings l = new Listings(needUnits(ws), demangle);
                String text = l.functions(p);
                yield shaped(s, text, () -> FunctionsReport.json(new Loaded(l.filtered(p), List.of())));
            }
            case SHOW -> done(s, new Listings(ws, demangle).show(ws.function(one(verb, args), demangle)));
            case ATTRS -> done(s, new Listings(ws, demangle).attrs(ws.function(one(verb, args), demangle)));
            case CALLS -> done(s, new Listings(ws, demangle).calls(ws.definition(one(verb, args), demangle)));
            case CALLERS -> done(s, new Listings(ws, demangle).callers(ws.function(one(verb, args), demangle)));
            case WHY -> why(s, args);
            case CHECK -> {
                arity(verb, args, 0, 0);
                Analysis a = needUnits(ws).analysis();
                yield done(s, switch (s.format()) {
                    case text -> CheckReport.text(a);
                    case json -> CheckReport.json(a);
                    case markdown -> CheckReport.markdown(a);
                });
            }
            case BLOCKERS -> {
                arity(verb, args, 0, 1);
                Optional<String> rule = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
                Blockers b = new Blockers(needUnits(ws));
                String text = b.text(rule);
                yield shaped(s, text, () -> b.json(rule));
            }
            case DIFF -> diff(s, args);
            case WHATIF -> whatif(s, args);
            case RULES -> {
                arity(verb, args, 0, 1);
                String id = args.isEmpty() ? null : args.get(0);
                if (id != null && Catalogue.byId(id).isEmpty()) throw new ReplException("no rule '" + id + "' (rules lists them)");
                yield done(s, switch (s.format()) {
                    case text -> RulesReport.text(id);
                    case json -> RulesReport.json(id);
                    case markdown -> id == null ? RulesReport.markdown() : fence(RulesReport.text(id));
                });
            }
            case LLVM -> llvm(s, args);
            case FORMAT -> {
                arity(verb, args, 0, 1);
                if (args.isEmpty()) yield new Pending(Reply.ok("format " + s.format()), s);
                AnswerFormat f = AnswerFormat.parse(args.get(0));
                yield new Pending(Reply.ok("format " + f), new State(ws, f, s.last()));
            }
            case SAVE -> save(s, args);
            case HELP -> {
                arity(verb, args, 0, 1);
                yield done(s, args.isEmpty() ? Help.all() : Help.one(args.get(0)));
            }
            case QUIT -> new Pending(new Reply("", Reply.Kind.QUIT), s);
        };
    }

    private static void arity(Verb v, List<String> args, int min, int max) {
        if (args.size() < min || args.size() > max) throw new ReplException("usage: " + v.usage);
    }

    private static String one(Verb v, List<String> args) {
        arity(v, args, 1, 1);
        return args.get(0);
    }

    private static Workspace needUnits(Workspace ws) {
        if (ws.isEmpty()) throw new ReplException("no units loaded (load INPUT...)");
        return ws;
    }

    /** An answer that becomes "the last answer" for save. */
    private static Pending done(State s, String text) {
        Reply r = Reply.ok(text);
        return new Pending(r, new State(s.workspace(), s.format(), Optional.of(r.text())));
    }

    /** Text, or the given JSON, or the text fenced for Markdown, as the format says. */
    private static Pending shaped(State s, String text, java.util.function.Supplier<String> json) {
        return done(s, switch (s.format()) {
            case text -> text;
            case json -> json.get();
            case markdown -> fence(text);
        });
    }

    private static String fence(String text) {
        return "```\n" + text + (text.endsWith("\n") ? "" : "\n") + "```\n";
    }

    private Pending load(State s, List<String> args) {
        if (args.isEmpty()) throw new ReplException("usage: " + Verb.LOAD.usage);
        if (args.contains("-")) throw new ReplException("the REPL reads its commands from stdin; load files instead of -");
        Loaded loaded = Loader.load(args, dev.irscope.query.LoadOptions.defaults(), InputStream.nullInputStream());
        Workspace ws = s.workspace().with(loaded.modules());
        StringBuilder b = new StringBuilder();
        for (Module m : loaded.modules()) b.append(Listings.unitLine(ws.unitOf(m)));
        for (LoadProblem p : loaded.problems()) b.append(p.diagnostic()).append(p.diagnostic().endsWith("\n") ? "" : "\n");
        if (loaded.modules().isEmpty()) {
            loaded.nothingRead(args).ifPresent(why -> b.append("error: ").append(why).append('\n'));
            return new Pending(new Reply(b.toString(), Reply.Kind.ERROR), s);
        }
        // Some inputs failed: the others are loaded, but the reply is an error (a piped REPL exits 2).
        Reply r = loaded.failed() ? new Reply(Reply.ok(b.toString()).text(), Reply.Kind.ERROR) : Reply.ok(b.toString());
        return new Pending(r, new State(ws, s.format(), Optional.of(r.text())));
    }

    /** Loads the inputs given on the command line; the reply lists units and problems. */
    public Reply load(List<String> inputs) {
        List<String> words = new ArrayList<>();
        words.add("load");
        inputs.forEach(i -> words.add(quote(i)));
        return run(String.join(" ", words));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Pending why(State s, List<String> given) {
        boolean all = given.contains("--all");
        List<String> args = given.stream().filter(w -> !w.equals("--all")).toList();
        arity(Verb.WHY, args, 2, 2);
        Workspace ws = needUnits(s.workspace());
        Located caller = ws.function(args.get(0), demangle), callee = ws.function(args.get(1), demangle);
        Analysis a = ws.analysis();
        Optional<Verdict> v = a.explain(caller.function().name(), callee.function().name());
        if (v.isEmpty()) return done(s, ExplainReport.noEdge(a, caller.function().name(), callee.function().name()));
        return done(s, switch (s.format()) {
            case text -> ExplainReport.text(dev.irscope.report.ExplainView.of(a, v.get()), all);
            case json -> ExplainReport.json(a, v.get());
            case markdown -> ExplainReport.markdown(a, v.get());
        });
    }

    private Pending diff(State s, List<String> args) {
        arity(Verb.DIFF, args, 2, 2);
        Workspace ws = needUnits(s.workspace());
        Optional<Unit> l = unitWord(ws, args.get(0)), r = unitWord(ws, args.get(1));
        if (l.isPresent() && r.isPresent()) return done(s, AttrDiff.units(l.get(), r.get()));
        if (l.isPresent() || r.isPresent()) throw new ReplException("diff compares two functions or two units, not one of each");
        Located a = ws.function(args.get(0), demangle), b = ws.function(args.get(1), demangle);
        Listings names = new Listings(ws, demangle);
        return done(s, AttrDiff.functions(a, b, names.name(a.function()), names.name(b.function())));
    }

    /** A word names a unit if it is a handle or a loaded path (and not also a function name). */
    private Optional<Unit> unitWord(Workspace ws, String w) {
        if (w.matches("u\\d+")) return Optional.of(ws.requireUnit(w));
        return ws.units().stream().filter(u -> u.module().path().equals(w)).findFirst();
    }

    private Pending whatif(State s, List<String> args) {
        if (args.size() < 2) throw new ReplException("usage: " + Verb.WHATIF.usage);
        Workspace ws = needUnits(s.workspace());
        List<Edit> edits = args.subList(1, args.size()).stream().map(Edit::parse).toList();
        Optional<Unit> unit = unitWord(ws, args.get(0));
        WhatIf w;
        if (unit.isPresent()) {
            w = WhatIf.unit(ws, unit.get(), edits);
        } else {
            Located f = ws.definition(args.get(0), demangle);
            w = WhatIf.function(ws, f, edits, new Listings(ws, demangle).name(f.function()));
        }
        return shaped(s, w.text(), w::json);
    }

    private Pending llvm(State s, List<String> args) {
        arity(Verb.LLVM, args, 0, 1);
        Workspace ws = s.workspace();
        if (!args.isEmpty()) {
            String a = args.get(0);
            Optional<Integer> v;
            if (a.equals("auto")) {
                v = Optional.empty();
            } else {
                int n;
                try {
                    n = Integer.parseInt(a);
                } catch (NumberFormatException e) {
                    throw new ReplException("llvm takes a release number (14 or later) or auto, not '" + a + "'");
                }
                if (!LlvmVersion.known(n)) throw new ReplException("llvm " + n + ": " + LlvmVersion.KNOWN);
                v = Optional.of(n);
            }
            ws = ws.withLlvm(v);
        }
        String text = ws.isEmpty() && ws.llvmOverride().isEmpty() ? "llvm auto (from the producers; no units loaded)"
                : "llvm " + ws.analysis().llvm() + " (" + ws.analysis().llvmReason() + ")";
        return new Pending(Reply.ok(text), new State(ws, s.format(), s.last()));
    }

    private Pending save(State s, List<String> args) {
        arity(Verb.SAVE, args, 1, 1);
        String text = s.last().orElseThrow(() -> new ReplException("nothing to save yet: save writes the last answer"));
        Path file = Path.of(args.get(0));
        for (Unit u : s.workspace().units()) {
            if (sameFile(file, Path.of(u.module().path()))) throw new ReplException("refusing to write over the input " + u.module().path());
        }
        try {
            // As the CLI's -o: devices written in place, files atomically with the umask's permissions.
            dev.irscope.write.FileTarget.open(file, false).commit(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReplException(e.getMessage());
        }
        return new Pending(Reply.ok("saved " + text.lines().count() + " lines to " + file), s);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
