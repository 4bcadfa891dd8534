package dev.irscope.repl;

import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.query.Analysis;
import dev.irscope.query.Loaded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The units under study and the one {@link Analysis} over them. Immutable: a command that changes
 * what is loaded or which LLVM applies builds a new workspace, so a cancelled command can never
 * leave half a change behind.
 */
final class Workspace {
    private final List<Unit> units;
    private final Optional<Integer> llvm;
    private final int nextHandle;
    private final Analysis analysis;

    private Workspace(List<Unit> units, Optional<Integer> llvm, int nextHandle) {
        this.units = List.copyOf(units);
        this.llvm = llvm;
        this.nextHandle = nextHandle;
        this.analysis = new Analysis(new Loaded(modules(this.units), List.of()), llvm);
    }

    static Workspace empty() {
        return new Workspace(List.of(), Optional.empty(), 1);
    }

    private static List<Module> modules(List<Unit> units) {
        return units.stream().map(Unit::module).toList();
    }

    List<Unit> units() { return units; }
    Optional<Integer> llvmOverride() { return llvm; }
    Analysis analysis() { return analysis; }
    boolean isEmpty() { return units.isEmpty(); }

    /** Adds units; a module whose path is already loaded replaces that unit and keeps its handle. */
    Workspace with(List<Module> added) {
        List<Unit> out = new ArrayList<>(units);
        int next = nextHandle;
        for (Module m : added) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) if (out.get(i).module().path().equals(m.path())) at = i;
            if (at >= 0) out.set(at, new Unit(out.get(at).handle(), m));
            else out.add(new Unit("u" + next++, m));
        }
        return new Workspace(out, llvm, next);
    }

    Workspace withLlvm(Optional<Integer> v) {
        return new Workspace(units, v, nextHandle);
    }

    /** The same units with some modules swapped (what-if), sharing handles. */
    Workspace withModules(List<Module> replaced) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) out.add(new Unit(units.get(i).handle(), replaced.get(i)));
        return new Workspace(out, llvm, nextHandle);
    }

    Optional<Unit> unit(String handle) {
        for (Unit u : units) if (u.handle().equals(handle)) return Optional.of(u);
        return Optional.empty();
    }

    Unit unitOf(Module m) {
        for (Unit u : units) if (u.module() == m) return u;
        throw new IllegalStateException("module not in workspace: " + m.path());
    }

    /** A unit handle or a unit's exact path. */
    Unit requireUnit(String word) {
        return unit(word).or(() -> units.stream().filter(u -> u.module().path().equals(word)).findFirst())
                .orElseThrow(() -> new ReplException("no unit '" + word + "' (units lists them)"));
    }

    /**
     * Every function called {@code spec}: mangled (with or without {@code @}) or demangled, optionally
     * qualified {@code u2:name} to pick a unit.
     */
    List<Located> find(String spec, UnaryOperator<String> demangle) {
        String name = spec;
        Optional<Unit> only = Optional.empty();
        int colon = spec.indexOf(':');
        if (colon > 1 && spec.startsWith("u") && !spec.startsWith("::", colon) && spec.substring(1, colon).chars().allMatch(Character::isDigit)) {
            only = Optional.of(requireUnit(spec.substring(0, colon)));
            name = spec.substring(colon + 1);
        }
        if (name.startsWith("@")) name = name.substring(1);
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
        List<Located> out = new ArrayList<>();
        for (Unit u : units) {
            if (only.isPresent() && only.get() != u) continue;
            for (Function f : u.module().functions()) {
                if (f.name().equals(name) || demangle.apply(f.name()).equals(name)) out.add(new Located(u, f));
            }
        }
        return out;
    }

    /**
     * The one function a name means: its definition if exactly one unit defines it, else its first
     * declaration. Two definitions need a {@code uN:} prefix to choose.
     */
    Located function(String spec, UnaryOperator<String> demangle) {
        if (units.isEmpty()) throw new ReplException("no units loaded (load INPUT...)");
        List<Located> all = find(spec, demangle);
        if (all.isEmpty()) {
            throw new ReplException("no function named " + spec + dev.irscope.query.Nearest.hint(spec.startsWith("@") ? spec.substring(1) : spec,
                    allNames(demangle)) + "; functions PATTERN lists them");
        }
        List<Located> defs = all.stream().filter(l -> l.function().defined()).toList();
        if (defs.size() > 1) {
            StringBuilder b = new StringBuilder();
            for (Located l : defs) b.append(b.length() == 0 ? "" : ", ").append(l.unit().handle()).append(':').append(spec);
            throw new ReplException(spec + " is defined in " + defs.size() + " units; say which: " + b);
        }
        return defs.isEmpty() ? all.get(0) : defs.get(0);
    }

    private java.util.Set<String> allNames(UnaryOperator<String> demangle) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Unit u : units) {
            for (Function f : u.module().functions()) {
                names.add(f.name());
                names.add(demangle.apply(f.name()));
            }
        }
        return names;
    }

    /** A defined function, for questions about bodies and calls. */
    Located definition(String spec, UnaryOperator<String> demangle) {
        Located l = function(spec, demangle);
        if (!l.function().defined()) throw new ReplException(spec + " is only declared (in " + l.unit().label() + "), never defined");
        return l;
    }
}
