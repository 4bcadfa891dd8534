package dev.irscope.repl;

import dev.irscope.compat.Catalogue;
import dev.irscope.compat.Rule;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Tab-completion candidates for a line and cursor, from the session's units and the {@link Verb}
 * table. Plain strings, so it is testable without a terminal; {@link ReplCompleter} hands them to JLine.
 */
final class Completion {
    /** What to complete: the word under the cursor, and the argument kind at its position (empty for the verb). */
    record Slot(String prefix, Optional<Verb> verb, Optional<Verb.Arg> arg, List<String> before) {}

    private Completion() {}

    static Slot slot(String line, int cursor) {
        String upto = line.substring(0, Math.min(cursor, line.length()));
        List<String> words = lenientSplit(upto);
        boolean fresh = upto.isEmpty() || Character.isWhitespace(upto.charAt(upto.length() - 1));
        String prefix = fresh || words.isEmpty() ? "" : words.get(words.size() - 1);
        List<String> before = fresh || words.isEmpty() ? words : words.subList(0, words.size() - 1);
        if (before.isEmpty()) return new Slot(prefix, Optional.empty(), Optional.empty(), before);
        Optional<Verb> verb = Verb.of(before.get(0));
        return new Slot(prefix, verb, verb.flatMap(v -> v.arg(before.size() - 1)), before);
    }

    private static List<String> lenientSplit(String s) {
        try {
            return Words.split(s);
        } catch (ReplException e) {
            return Words.split(s + "\"");
        }
    }

    static List<String> candidates(Session session, String line, int cursor) {
        Slot slot = slot(line, cursor);
        TreeSet<String> all = new TreeSet<>();
        if (slot.verb().isEmpty() && slot.before().isEmpty()) {
            for (Verb v : Verb.values()) all.add(v.word);
        } else if (slot.arg().isPresent()) {
            Workspace ws = session.workspace();
            switch (slot.arg().get()) {
                case FUNCTION -> {
                    if (slot.verb().get() == Verb.WHY && slot.before().size() == 2 && callees(session, slot.before().get(1), all)) break;
                    functions(session, all);
                }
                case UNIT -> ws.units().forEach(u -> all.add(u.handle()));
                case FUNCTION_OR_UNIT -> {
                    ws.units().forEach(u -> all.add(u.handle()));
                    functions(session, all);
                }
                case RULE -> Catalogue.rules().stream().map(Rule::id).forEach(all::add);
                case FORMAT -> { for (AnswerFormat f : AnswerFormat.values()) all.add(f.name()); }
                case LLVM -> all.add("auto");
                case VERB -> { for (Verb v : Verb.values()) all.add(v.word); }
                case EDIT -> edits(session, slot, all);
                case FILE -> { }
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : all) if (c.startsWith(slot.prefix())) out.add(c);
        return out;
    }

    /**
     * After {@code why CALLER}: the functions CALLER calls directly (the only answers why has),
     * mangled and demangled; false if CALLER names no defined function, so every name is offered.
     */
    private static boolean callees(Session session, String caller, TreeSet<String> out) {
        Function f;
        try {
            f = session.workspace().definition(caller, session.demangler()).function();
        } catch (ReplException e) {
            return false;
        }
        if (!f.defined()) return false;
        for (dev.irscope.ir.CallSite c : f.body().calls()) {
            if (c.intrinsic()) continue;
            out.add(c.callee());
            String d = session.demangler().apply(c.callee());
            if (!d.equals(c.callee())) out.add(d);
        }
        return true;
    }

    private static void functions(Session session, TreeSet<String> out) {
        for (Unit u : session.workspace().units()) {
            for (Function f : u.module().functions()) {
                out.add(f.name());
                String d = session.demangler().apply(f.name());
                if (!d.equals(f.name())) out.add(d);
            }
        }
    }

    /** -key for attributes the subject has, +key for enum attributes seen anywhere, key= for string ones. */
    private static void edits(Session session, Slot slot, TreeSet<String> out) {
        Workspace ws = session.workspace();
        String subject = slot.before().size() > 1 ? slot.before().get(1) : "";
        List<Function> fs = new ArrayList<>();
        if (subject.matches("u\\d+")) ws.unit(subject).ifPresent(u -> fs.addAll(u.module().functions()));
        else ws.find(subject, session.demangler()).forEach(l -> fs.add(l.function()));
        if (slot.prefix().startsWith("-")) {
            for (Function f : fs) for (Attribute a : f.attributes().list()) out.add("-" + a.key());
            return;
        }
        for (Unit u : ws.units()) {
            for (Function f : u.module().functions()) {
                for (Attribute a : f.attributes().list()) out.add(a.isString() ? a.key() + "=" : "+" + a.key());
            }
        }
    }
}
