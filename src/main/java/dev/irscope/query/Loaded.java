package dev.irscope.query;

import dev.irscope.ir.Module;
import dev.irscope.source.NativeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The units that were read, in input order, and the inputs that were not.
 *
 * @param notLto objects holding machine code and no bitcode: the linker links them outside LTO,
 *     so nothing in them is inlined across units; listed so a build tree without bitcode is
 *     never taken for a clean answer
 * @param otherFiles files seen and passed over (a folder's sources, non-object archive members)
 */
public record Loaded(List<Module> modules, List<LoadProblem> problems, List<NativeObject> notLto, int otherFiles) {

    public Loaded {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
        notLto = List.copyOf(notLto);
    }

    public Loaded(List<Module> modules, List<LoadProblem> problems) {
        this(modules, problems, List.of(), 0);
    }

    /** True if any input failed (skipped archive members do not count). */
    public boolean failed() {
        return problems.stream().anyMatch(p -> !p.skipped());
    }

    /**
     * When no unit was read: why, in one line, naming what was there instead ({@code no LLVM IR in
     * build/: 12 ELF objects without bitcode (not part of LTO), 3 other files}). Analysing nothing
     * is never a success: every command exits 2 with this.
     */
    public Optional<String> nothingRead(List<String> inputs) {
        if (!modules.isEmpty()) return Optional.empty();
        List<String> found = new ArrayList<>();
        Map<String, Integer> byFormat = new TreeMap<>();
        for (NativeObject o : notLto) byFormat.merge(o.format(), 1, Integer::sum);
        List<String> objects = new ArrayList<>();
        byFormat.forEach((format, n) -> objects.add(n + " " + format + (n == 1 ? "" : "s")));
        if (!objects.isEmpty()) found.add(String.join(", ", objects) + " without bitcode (not part of LTO)");
        long failed = problems.stream().filter(p -> !p.skipped()).count();
        if (failed > 0) found.add(failed + " unreadable");
        long skipped = problems.stream().filter(LoadProblem::skipped).count();
        if (skipped > 0) found.add(skipped + " skipped");
        if (otherFiles > 0) found.add(otherFiles + " other file" + (otherFiles == 1 ? "" : "s"));
        if (found.isEmpty()) found.add("nothing to read");
        return Optional.of("no LLVM IR in " + String.join(", ", inputs) + ": " + String.join(", ", found));
    }
}
