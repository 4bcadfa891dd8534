package dev.irscope.repro;

import dev.irscope.compat.Verdict;
import dev.irscope.ir.Alias;
import dev.irscope.link.Edge;
import dev.irscope.source.SourceUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The smallest pair of units that still shows one refused inline: the caller alone in a copy of its
 * unit, the callee alone in a copy of its own. Small enough to attach to a bug, and the attributes,
 * triples and module flags are the original bytes, so {@code opt} refuses for the same reason.
 *
 * @param callerFile file name for the caller's unit, {@code <caller-unit>.ll}
 * @param calleeFile file name for the callee's unit; never equal to {@code callerFile}
 */
public record Repro(String callerFile, String callerText, String calleeFile, String calleeText) {

    public static Repro of(Verdict v, SourceUnit callerSource, SourceUnit calleeSource) {
        Edge e = v.edge();
        String[] names = fileNames(v);
        String caller = new ReproCutter(e.callerUnit(), callerSource.bytes()).cut(List.of(e.caller()), Optional.empty());
        Optional<Alias> via = e.via().flatMap(e.calleeUnit()::alias);
        String callee = new ReproCutter(e.calleeUnit(), calleeSource.bytes()).cut(List.of(e.callee()), via);
        // A blocker that rests on a flag a third unit brought into the linked module (another C unit's
        // SemanticInterposition) needs that flag in the pair, or the pair would inline.
        boolean linkedFlag = v.blockers().stream().anyMatch(b -> b.attribute().equals("module_flag:SemanticInterposition"));
        if (linkedFlag && e.calleeUnit().flag("SemanticInterposition").isEmpty() && e.callerUnit().flag("SemanticInterposition").isEmpty()) {
            callee = withModuleFlag(callee, "!{i32 1, !\"SemanticInterposition\", i32 1}");
        }
        return new Repro(names[0], caller, names[1], callee);
    }

    /** The unit's text with one more module flag (a fresh metadata node listed in !llvm.module.flags). */
    static String withModuleFlag(String text, String node) {
        int max = -1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^!(\\d+) = ").matcher(text);
        while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
        String id = "!" + (max + 1);
        java.util.regex.Matcher f = java.util.regex.Pattern.compile("(?m)^!llvm\\.module\\.flags = !\\{(.*)\\}\\s*$").matcher(text);
        String out;
        if (f.find()) {
            String list = f.group(1).isBlank() ? id : f.group(1) + ", " + id;
            out = text.substring(0, f.start()) + "!llvm.module.flags = !{" + list + "}" + text.substring(f.end());
        } else {
            out = text + (text.endsWith("\n") ? "" : "\n") + "!llvm.module.flags = !{" + id + "}\n";
        }
        return out + (out.endsWith("\n") ? "" : "\n") + id + " = " + node + "\n";
    }

    /** {@code <caller-unit>.ll} and {@code <callee-unit>.ll}, told apart by role if the names collide. */
    public static String[] fileNames(Verdict v) {
        String a = base(v.edge().callerUnit().path()), b = base(v.edge().calleeUnit().path());
        if (a.equals(b)) return new String[] {"caller-" + a + ".ll", "callee-" + b + ".ll"};
        return new String[] {a + ".ll", b + ".ll"};
    }

    /** The unit's file name without directories or the .ll (and compression) suffix, safe in a tar. */
    static String base(String path) {
        String s = path;
        for (char sep : new char[] {'/', '\\', ':', '!'}) s = s.substring(s.lastIndexOf(sep) + 1);
        String lower = s.toLowerCase(Locale.ROOT);
        int ll = lower.lastIndexOf(".ll");
        if (ll > 0) s = s.substring(0, ll);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
        return b.isEmpty() || b.toString().startsWith(".") ? "unit" + b : b.toString();
    }
}
