package dev.irscope.read.bitcode;

import dev.irscope.ir.ModuleFlag;
import java.util.Optional;

/**
 * Module flags and idents from metadata nodes, spelled as the text reader keeps them: a flag's
 * value is the node's third operand printed with referenced nodes written inline
 * ({@code i32 2}, {@code !"foo"}, {@code !{!"a", i32 1}}); an ident is its node's first string.
 */
final class MetadataText {
    private final MetadataReader md;
    private final ConstantText constants;
    boolean incomplete;

    MetadataText(MetadataReader md, ConstantText constants) {
        this.md = md;
        this.constants = constants;
    }

    /** {@code !{i32 behavior, !"key", value}}; anything else keeps its text under the key {@code !N}. */
    ModuleFlag flag(long id) throws BitcodeError {
        long[] n = md.node(id);
        if (n == null || (n[0] != 3 && n[0] != 5) || n.length < 4) {
            return new ModuleFlag(0, "!" + id, text(id, 0));
        }
        int behavior = 0;
        long[] b = n[1] > 0 ? md.node(n[1] - 1) : null;
        if (b != null && b[0] == 2 && b.length >= 3) {
            String v = constants.typed(b[2]);
            int sp = v.lastIndexOf(' ');
            try {
                behavior = Integer.parseInt(v.substring(sp + 1));
            } catch (NumberFormatException e) {
                behavior = 0;
            }
        }
        String key = n[2] > 0 && md.isString(n[2] - 1) ? md.string(n[2] - 1) : "!" + id;
        StringBuilder v = new StringBuilder();
        for (int i = 3; i < n.length; i++) {
            if (i > 3) v.append(',');
            v.append(operand(n[i], 1));
        }
        return new ModuleFlag(behavior, key, v.toString());
    }

    Optional<String> ident(long id) throws BitcodeError {
        long[] n = md.node(id);
        if (n == null || (n[0] != 3 && n[0] != 5)) return Optional.empty();
        for (int i = 1; i < n.length; i++) {
            if (n[i] > 0 && md.isString(n[i] - 1)) return Optional.of(md.string(n[i] - 1));
        }
        return Optional.empty();
    }

    /** A node operand: 0 is null, else the metadata id + 1. */
    private String operand(long op, int depth) throws BitcodeError {
        return op == 0 ? "null" : text(op - 1, depth);
    }

    private String text(long id, int depth) throws BitcodeError {
        if (md.isString(id)) {
            StringBuilder b = new StringBuilder("!\"");
            Names.appendEscaped(b, md.string(id));
            return b.append('"').toString();
        }
        long[] n = md.node(id);
        if (n == null || depth > 8) {
            incomplete = true;
            return "!" + id;
        }
        if (n[0] == 2 && n.length >= 3) return constants.typed(n[2]); // VALUE: [type, value]
        if (n[0] == 3 || n[0] == 5) {
            StringBuilder b = new StringBuilder("!{");
            for (int i = 1; i < n.length; i++) {
                if (i > 1) b.append(", ");
                b.append(operand(n[i], depth + 1));
            }
            return b.append('}').toString();
        }
        incomplete = true;
        return "!" + id;
    }
}
