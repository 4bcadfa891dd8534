package dev.irscope.repl;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Attribute differences, of two functions side by side or of two units' whole attribute landscape.
 * It only compares spellings; whether a difference matters is the rule catalogue's call (see why).
 */
final class AttrDiff {
    private static final int KEY_WIDTH = 30, VALUE_WIDTH = 40;

    private AttrDiff() {}

    /** A slot name: string attributes quoted, as in IR, so {@code "x"} and {@code x} stay apart. */
    private static String slot(Attribute a) {
        return a.isString() ? "\"" + a.key() + "\"" : a.key();
    }

    private static Optional<Attribute> at(AttributeSet s, String slot) {
        if (slot.startsWith("\"")) {
            String k = slot.substring(1, slot.length() - 1);
            return s.string(k).map(v -> new Attribute.Str(k, v));
        }
        return s.keyword(slot);
    }

    /** What a cell shows: a string attribute's value, an enum attribute as written, or "-" when absent. */
    private static String cell(Optional<Attribute> a) {
        if (a.isEmpty()) return "-";
        Attribute x = a.get();
        if (x.isString()) return Attribute.quote(x.value());
        return x.value().isEmpty() ? "present" : x.render();
    }

    private static TreeSet<String> slots(List<AttributeSet> sets) {
        TreeSet<String> out = new TreeSet<>();
        for (AttributeSet s : sets) for (Attribute a : s.list()) out.add(slot(a));
        return out;
    }

    static String functions(Located left, Located right, String leftName, String rightName) {
        AttributeSet l = left.function().attributes(), r = right.function().attributes();
        List<String[]> rows = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (String k : slots(List.of(l, r))) {
            String a = cell(at(l, k)), b = cell(at(r, k));
            if (a.equals(b)) same.add(k);
            else rows.add(new String[] {k, a, b});
        }
        StringBuilder b = new StringBuilder();
        b.append("left:  ").append(leftName).append(" in ").append(left.unit().label()).append('\n');
        b.append("right: ").append(rightName).append(" in ").append(right.unit().label()).append('\n');
        b.append(rows.size()).append(rows.size() == 1 ? " attribute differs" : " attributes differ").append(", ")
                .append(same.size()).append(" the same\n");
        if (!rows.isEmpty()) {
            int kw = Math.min(KEY_WIDTH, rows.stream().mapToInt(x -> x[0].length()).max().orElse(0));
            int vw = Math.min(VALUE_WIDTH, Math.max(4, rows.stream().mapToInt(x -> x[1].length()).max().orElse(0)));
            b.append("  ").append(pad("attribute", kw)).append("  ").append(pad("left", vw)).append("  right\n");
            for (String[] row : rows) {
                b.append("  ").append(pad(row[0], kw)).append("  ");
                if (row[0].length() > kw) b.append('\n').append(" ".repeat(kw + 4));
                if (row[1].length() > vw) {
                    b.append(row[1]).append('\n').append(" ".repeat(kw + 4 + vw + 2)).append(row[2]).append('\n');
                } else {
                    b.append(pad(row[1], vw)).append("  ").append(row[2]).append('\n');
                }
            }
        }
        if (!same.isEmpty()) b.append("same: ").append(String.join(" ", same)).append('\n');
        return b.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Per attribute, the values each unit's defined functions carry, for the attributes where they differ. */
    static String units(Unit left, Unit right) {
        List<Function> lf = left.module().functions().stream().filter(Function::defined).toList();
        List<Function> rf = right.module().functions().stream().filter(Function::defined).toList();
        List<AttributeSet> all = new ArrayList<>();
        lf.forEach(f -> all.add(f.attributes()));
        rf.forEach(f -> all.add(f.attributes()));
        StringBuilder body = new StringBuilder();
        int differ = 0, same = 0;
        for (String k : slots(all)) {
            Map<String, Integer> lv = values(lf, k), rv = values(rf, k);
            if (lv.keySet().equals(rv.keySet())) {
                same++;
                continue;
            }
            differ++;
            body.append("  ").append(k).append('\n');
            body.append("    ").append(left.handle()).append(": ").append(render(lv)).append('\n');
            body.append("    ").append(right.handle()).append(": ").append(render(rv)).append('\n');
        }
        return left.label() + " (" + lf.size() + " defined) vs " + right.label() + " (" + rf.size() + " defined): "
                + differ + (differ == 1 ? " attribute differs" : " attributes differ") + ", " + same + " the same\n" + body;
    }

    private static Map<String, Integer> values(List<Function> fs, String slot) {
        Map<String, Integer> out = new TreeMap<>();
        for (Function f : fs) out.merge(cell(at(f.attributes(), slot)), 1, Integer::sum);
        return out;
    }

    private static String render(Map<String, Integer> v) {
        if (v.isEmpty()) return "(no defined functions)";
        StringBuilder b = new StringBuilder();
        v.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(k.equals("-") ? "absent" : k).append(" (").append(n).append(')'));
        return b.toString();
    }
}
