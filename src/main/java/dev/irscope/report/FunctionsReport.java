package dev.irscope.report;

import dev.irscope.write.Json;
import dev.irscope.demangle.Names;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.query.Loaded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code irscope functions}. */
public final class FunctionsReport {
    private FunctionsReport() {}

    public static String text(Loaded loaded) {
        StringBuilder b = new StringBuilder();
        for (Module m : loaded.modules()) {
            b.append(m.path()).append('\n');
            b.append("  triple:    ").append(m.header().triple().orElse("(none)")).append('\n');
            b.append("  producer:  ").append(m.header().producer()).append('\n');
            b.append("  functions: ").append(m.functions().size()).append(" (").append(m.definedCount())
                    .append(" defined), ").append(m.callCount()).append(" direct call sites\n");
            for (Function f : m.functions()) {
                b.append("  ").append(f.defined() ? "define " : "declare").append(' ')
                        .append(f.linkage().keyword()).append(' ').append(Names.symbol(f.name()))
                        .append("  calls=").append(f.body().calls().size());
                if (!f.attributes().isEmpty()) b.append("  {").append(f.attributes().render()).append('}');
                b.append('\n');
            }
            m.notes().forEach(n -> b.append("  note: ").append(n.line() > 0 ? "line " + n.line() + ": " : "")
                    .append(n.message()).append('\n'));
        }
        return b.toString();
    }

    public static String json(Loaded loaded) {
        List<Object> units = new ArrayList<>();
        for (Module m : loaded.modules()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("path", m.path());
            u.put("triple", m.header().triple().orElse(""));
            u.put("producer", m.header().producer());
            List<Object> fns = new ArrayList<>();
            for (Function f : m.functions()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", f.name());
                o.put("demangled", Names.demangle(f.name()));
                o.put("defined", f.defined());
                o.put("linkage", f.linkage().keyword());
                List<Object> attrs = new ArrayList<>();
                for (Attribute a : f.attributes().list()) attrs.add(VerdictView.attribute(a));
                o.put("attributes", attrs);
                o.put("calls", f.body().calls().size());
                fns.add(o);
            }
            u.put("functions", fns);
            List<Object> notes = new ArrayList<>();
            m.notes().forEach(n -> notes.add(n.message()));
            if (!notes.isEmpty()) u.put("notes", notes);
            units.add(u);
        }
        Map<String, Object> root = Json.root("functions", dev.irscope.Tool.ID);
        root.put("units", units);
        VerdictView.putErrors(root, loaded.problems());
        return Json.write(root);
    }
}
