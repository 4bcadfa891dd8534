package dev.irscope.ir;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One codegen unit as read from a {@code .ll}: header, functions in file order, aliases, module flags,
 * attribute groups and the reader's notes. Immutable; look-ups by name are indexed once.
 */
public final class Module {
    private final String path;
    private final Header header;
    private final List<Function> functions;
    private final List<Alias> aliases;
    private final List<ModuleFlag> flags;
    private final Map<Integer, AttributeSet> groups;
    private final List<String> comdats;
    private final List<Note> notes;
    private final long bytes;
    private final int lines;
    private final Map<String, Function> byName;
    private final Map<String, Alias> aliasByName;
    private final java.util.Set<String> globalRefs;

    public Module(String path, Header header, List<Function> functions, List<Alias> aliases,
                  List<ModuleFlag> flags, Map<Integer, AttributeSet> groups, List<String> comdats,
                  List<Note> notes, long bytes, int lines) {
        this(path, header, functions, aliases, flags, groups, comdats, notes, bytes, lines, java.util.Set.of());
    }

    /**
     * @param globalRefs the names the initializers of the unit's global variables refer to (a
     *        vtable's methods, a table of function pointers): llvm-link keeps a local or linkonce
     *        function such a table names, so its calls are cross-unit edges like any other
     */
    public Module(String path, Header header, List<Function> functions, List<Alias> aliases,
                  List<ModuleFlag> flags, Map<Integer, AttributeSet> groups, List<String> comdats,
                  List<Note> notes, long bytes, int lines, java.util.Set<String> globalRefs) {
        this.globalRefs = java.util.Set.copyOf(globalRefs);
        this.path = path;
        this.header = header;
        this.functions = List.copyOf(functions);
        this.aliases = List.copyOf(aliases);
        this.flags = List.copyOf(flags);
        this.groups = Collections.unmodifiableMap(new java.util.TreeMap<>(groups));
        this.comdats = List.copyOf(comdats);
        this.notes = List.copyOf(notes);
        this.bytes = bytes;
        this.lines = lines;
        Map<String, Function> m = new HashMap<>(functions.size() * 2);
        for (Function f : functions) m.putIfAbsent(f.name(), f);
        this.byName = m;
        Map<String, Alias> a = new HashMap<>();
        for (Alias x : aliases) a.putIfAbsent(x.name(), x);
        this.aliasByName = a;
    }

    public String path() { return path; }
    public Header header() { return header; }
    public List<Function> functions() { return functions; }
    public List<Alias> aliases() { return aliases; }
    public List<ModuleFlag> flags() { return flags; }
    public Map<Integer, AttributeSet> groups() { return groups; }
    public List<String> comdats() { return comdats; }
    public List<Note> notes() { return notes; }
    public long bytes() { return bytes; }
    /** Names referred to by global variables' initializers (not by function bodies). */
    public java.util.Set<String> globalRefs() { return globalRefs; }
    public int lines() { return lines; }

    public Optional<Function> function(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<Alias> alias(String name) {
        return Optional.ofNullable(aliasByName.get(name));
    }

    public Optional<ModuleFlag> flag(String key) {
        for (ModuleFlag f : flags) if (f.key().equals(key)) return Optional.of(f);
        return Optional.empty();
    }

    public String triple() {
        return header.triple().orElse("");
    }

    /** Number of defined functions. */
    public long definedCount() {
        return functions.stream().filter(Function::defined).count();
    }

    /** Number of direct call sites in all bodies. */
    public long callCount() {
        long n = 0;
        for (Function f : functions) n += f.body().calls().size();
        return n;
    }

    /** The module with some functions replaced (by name); used by what-if queries and edits. */
    public Module withFunctions(List<Function> replaced) {
        return new Module(path, header, replaced, aliases, flags, groups, comdats, notes, bytes, lines, globalRefs);
    }
}
