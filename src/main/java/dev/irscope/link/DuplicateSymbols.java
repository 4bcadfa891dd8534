package dev.irscope.link;

import dev.irscope.ir.Alias;
import dev.irscope.ir.Function;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names defined strongly in two units: llvm-link refuses them ("Linking globals named 'f': symbol
 * multiply defined!", IRLinker via ModuleLinker::shouldLinkFromSource when neither side is
 * weak-for-linker). Weak, linkonce, common, extern_weak and available_externally definitions give
 * way, local ones never clash, and comdat members are settled by their comdat (selection kind
 * any keeps the first), so none of those is an error. Verified with llvm-link-19 and -22 on
 * src/test/resources/link/multiply-defined.
 */
final class DuplicateSymbols {
    private DuplicateSymbols() {}

    static List<LinkIssue> find(List<Module> units) {
        Map<String, String> firstUnit = new HashMap<>();
        List<LinkIssue> out = new ArrayList<>();
        for (Module m : units) {
            for (Function f : m.functions()) {
                if (f.defined() && f.comdat().isEmpty()) check(f.name(), f.linkage(), m, firstUnit, out);
            }
            for (Alias a : m.aliases()) check(a.name(), a.linkage(), m, firstUnit, out);
        }
        return out;
    }

    private static void check(String name, Linkage linkage, Module m, Map<String, String> firstUnit, List<LinkIssue> out) {
        if (!strong(linkage)) return;
        String before = firstUnit.putIfAbsent(name, m.path());
        if (before != null && !before.equals(m.path())) {
            out.add(new LinkIssue("error", "symbol @" + name, before, m.path(),
                    "Linking globals named '" + name + "': symbol multiply defined! (defined in " + before + " and " + m.path() + ")"));
        }
    }

    /** Not weak for the linker (GlobalValue::isWeakForLinker) and not local. */
    private static boolean strong(Linkage l) {
        return switch (l) {
            case EXTERNAL -> true;
            case APPENDING, PRIVATE, INTERNAL, AVAILABLE_EXTERNALLY, LINKONCE, LINKONCE_ODR, WEAK, WEAK_ODR, COMMON, EXTERN_WEAK -> false;
        };
    }
}
