package dev.irscope.repl;

import java.util.List;
import java.util.Optional;

/**
 * The REPL's commands: name, usage, one-line help and what each argument is, so help text and tab
 * completion come from one table and cannot drift apart.
 */
enum Verb {
    LOAD("load", "load INPUT...", "read more units (.ll files, archives, folders); reloading a path keeps its handle", Arg.FILE),
    UNITS("units", "units", "list the loaded units with their handles (u1, u2, ...)"),
    FUNCTIONS("functions", "functions [PATTERN]", "list functions; PATTERN is a glob (*, ?) or /regex/ over mangled or demangled names", Arg.FUNCTION),
    SHOW("show", "show FN", "a function's header: unit, line, linkage, signature, calls", Arg.FUNCTION),
    ATTRS("attrs", "attrs FN", "a function's resolved attribute set (inline attributes plus #N groups)", Arg.FUNCTION),
    CALLS("calls", "calls FN", "the functions FN calls directly; cross-unit calls are marked with their verdict", Arg.FUNCTION),
    CALLERS("callers", "callers FN", "the functions that call FN directly; cross-unit calls are marked", Arg.FUNCTION),
    WHY("why", "why CALLER CALLEE [--all]", "explain one call: what refuses it and the attributes that differ; --all adds every rule and attribute (irscope explain)", Arg.FUNCTION, Arg.FUNCTION),
    CHECK("check", "check", "every cross-unit call and what blocks it (the same answer as irscope check)"),
    BLOCKERS("blockers", "blockers [RULE]", "blocked cross-unit calls grouped by the rule that blocks them", Arg.RULE),
    DIFF("diff", "diff FN FN | diff UNIT UNIT", "attribute differences of two functions, or of two units' functions", Arg.FUNCTION_OR_UNIT, Arg.FUNCTION_OR_UNIT),
    WHATIF("whatif", "whatif FN|UNIT EDIT...", "re-run the rules as if FN (or every function of UNIT) had other attributes and show what flips;"
            + " EDIT is key=value (string attribute), +key or +key(value) (enum attribute), -key (remove either),"
            + " key+=a,b / key-=a,b (edit a list such as target-features)", Arg.FUNCTION_OR_UNIT, Arg.EDIT),
    RULES("rules", "rules [ID]", "the rule catalogue, or one rule", Arg.RULE),
    LLVM("llvm", "llvm [N|auto]", "show or choose the LLVM release whose rules apply (auto: from the producers)", Arg.LLVM),
    FORMAT("format", "format [text|json|markdown]", "show or choose the answer format (json/markdown: check, why, rules, functions, blockers, whatif)", Arg.FORMAT),
    SAVE("save", "save FILE", "write the last answer to FILE", Arg.FILE),
    HELP("help", "help [CMD]", "list the commands, or describe one", Arg.VERB),
    QUIT("quit", "quit", "leave (Ctrl-D does too)");

    /** What an argument position holds, for completion. */
    enum Arg { FILE, FUNCTION, UNIT, FUNCTION_OR_UNIT, RULE, FORMAT, LLVM, VERB, EDIT }

    final String word;
    final String usage;
    final String summary;
    final List<Arg> args;

    Verb(String word, String usage, String summary, Arg... args) {
        this.word = word;
        this.usage = usage;
        this.summary = summary;
        this.args = List.of(args);
    }

    /** The kind of the argument at {@code index} (0-based, after the verb); the last kind repeats. */
    Optional<Arg> arg(int index) {
        if (args.isEmpty()) return Optional.empty();
        if (index < args.size()) return Optional.of(args.get(index));
        Arg last = args.get(args.size() - 1);
        return last == Arg.FILE || last == Arg.EDIT ? Optional.of(last) : Optional.empty();
    }

    static Optional<Verb> of(String word) {
        if (word.equals("exit")) return Optional.of(QUIT);
        for (Verb v : values()) if (v.word.equals(word)) return Optional.of(v);
        return Optional.empty();
    }
}
