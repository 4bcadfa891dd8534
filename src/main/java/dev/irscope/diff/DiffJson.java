package dev.irscope.diff;

import dev.irscope.compat.Status;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders a diff as one JSON object for scripts; absent values are JSON null, field names camelCase. */
public final class DiffJson {
    private DiffJson() {}

    public static String render(Diff d, String tool) {
        Map<String, Object> root = Json.root("diff", tool);
        if (d instanceof UnitDiff u) {
            root.put("mode", "units");
            root.putAll(unit(u));
        } else if (d instanceof BuildDiff x) {
            root.put("mode", "builds");
            build(root, x);
        }
        root.put("identical", d.isEmpty());
        return Json.write(root);
    }

    private static Map<String, Object> unit(UnitDiff u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", side(u.left()));
        m.put("right", side(u.right()));
        List<Object> header = new ArrayList<>();
        for (FieldChange f : u.header()) header.add(field(f));
        m.put("module", header);
        List<Object> flags = new ArrayList<>();
        for (FlagChange f : u.flags()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", f.key());
            x.put("left", flag(f.left()));
            x.put("right", flag(f.right()));
            x.put("link", f.severity());
            x.put("outcome", f.outcome());
            flags.add(x);
        }
        m.put("flags", flags);
        List<Object> attrs = new ArrayList<>();
        for (KeyDiff k : u.attributes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", k.key());
            x.put("kind", k.kind().label());
            x.put("left", spread(k.left()));
            x.put("right", spread(k.right()));
            attrs.add(x);
        }
        m.put("attributes", attrs);
        m.put("addedFunctions", u.added());
        m.put("removedFunctions", u.removed());
        List<Object> fns = new ArrayList<>();
        for (FunctionChange f : u.functions()) {
            List<Object> changes = new ArrayList<>();
            for (AttrChange c : f.attributes()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("key", c.key());
                x.put("kind", c.kind().label());
                x.put("left", c.left());
                x.put("right", c.right());
                changes.add(x);
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", f.name());
            x.put("attributes", changes);
            fns.add(x);
        }
        m.put("functions", fns);
        return m;
    }

    private static Map<String, Object> side(UnitDiff.Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", s.name());
        m.put("triple", s.triple());
        m.put("producer", s.producer());
        m.put("functions", s.defined());
        return m;
    }

    private static Map<String, Object> field(FieldChange f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("what", f.what());
        x.put("left", f.left());
        x.put("right", f.right());
        x.put("link", f.link().isEmpty() ? null : f.link());
        return x;
    }

    private static Object flag(Optional<ModuleFlag> f) {
        return f.map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("behavior", x.behaviorName());
            m.put("value", x.value());
            return (Object) m;
        });
    }

    private static Map<String, Object> spread(Spread s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("defined", s.defined());
        m.put("absent", s.absent());
        List<Object> values = new ArrayList<>();
        for (Spread.Count c : s.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", c.value());
            x.put("attribute", c.rendered());
            x.put("functions", c.functions());
            values.add(x);
        }
        m.put("values", values);
        return m;
    }

    private static void build(Map<String, Object> root, BuildDiff d) {
        root.put("left", d.leftRoot());
        root.put("right", d.rightRoot());
        root.put("llvm", pair(d.leftLlvm(), d.rightLlvm()));
        List<Object> link = new ArrayList<>();
        for (FieldChange f : d.link()) link.add(field(f));
        root.put("link", link);
        List<Object> edges = new ArrayList<>();
        for (EdgeChange e : d.edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("change", e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            x.put("callerUnit", e.callerUnit());
            x.put("caller", e.caller());
            x.put("calleeUnit", e.calleeUnit());
            x.put("callee", e.callee());
            x.put("left", status(e.left()));
            x.put("right", status(e.right()));
            x.put("leftCauses", causes(e.leftCauses()));
            x.put("rightCauses", causes(e.rightCauses()));
            edges.add(x);
        }
        root.put("edges", edges);
        root.put("addedUnits", d.added());
        root.put("removedUnits", d.removed());
        List<Object> units = new ArrayList<>();
        for (UnitDiff u : d.units()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", u.left().name());
            Map<String, Object> body = unit(u);
            body.remove("left");
            body.remove("right");
            x.put("producer", pair(u.left().producer(), u.right().producer()));
            x.putAll(body);
            units.add(x);
        }
        root.put("units", units);
    }

    private static Map<String, Object> pair(Object left, Object right) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", left);
        m.put("right", right);
        return m;
    }

    private static Object status(Optional<Status> s) {
        return s.map(x -> x.name().toLowerCase(Locale.ROOT));
    }

    private static List<Object> causes(List<Cause> cs) {
        List<Object> out = new ArrayList<>();
        for (Cause c : cs) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rule", c.rule());
            x.put("attribute", c.attribute());
            x.put("undecided", c.undecided());
            x.put("why", c.message());
            out.add(x);
        }
        return out;
    }
}
