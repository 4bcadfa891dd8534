package dev.irscope.repl;

/** The help text, generated from {@link Verb} so it always lists what the dispatcher accepts. */
final class Help {
    private Help() {}

    static String all() {
        StringBuilder b = new StringBuilder("commands:\n");
        int w = 0;
        for (Verb v : Verb.values()) w = Math.max(w, v.usage.length());
        for (Verb v : Verb.values()) {
            String summary = v.summary.length() > 90 ? shorten(v.summary) + " (help " + v.word + ")" : v.summary;
            b.append("  ").append(v.usage).append(" ".repeat(w - v.usage.length() + 2)).append(summary).append('\n');
        }
        b.append(NAMES);
        return b.toString();
    }

    /** The first clause of a long summary, cut at its ';' or else at the last word that fits. */
    static String shorten(String summary) {
        int semi = summary.indexOf(';');
        if (semi > 0 && semi <= 90) return summary.substring(0, semi);
        int space = summary.lastIndexOf(' ', 80);
        return summary.substring(0, space > 0 ? space : Math.min(80, summary.length())) + " ...";
    }

    static String one(String word) {
        Verb v = Verb.of(word).orElseThrow(() -> new ReplException("no command '" + word + "' (help lists them)"));
        StringBuilder b = new StringBuilder(v.usage).append("\n  ").append(v.summary.replace("; ", ";\n  ")).append('\n');
        String ex = switch (v) {
            case WHATIF -> "  e.g. whatif rust_refcount_get target-cpu=x86-64 target-features=+cmov,+cx8,+fxsr\n"
                    + "       whatif rust_helper_strlen -null_pointer_is_valid\n"
                    + "       whatif u2 +nounwind      (every defined function of unit u2)\n";
            case FUNCTIONS -> "  e.g. functions refcount   functions rust_helper_*   functions /^_R.*len$/\n";
            case DIFF -> "  e.g. diff rust_refcount_get rust_helper_refcount_inc   diff u1 u2\n";
            default -> "";
        };
        return b.append(ex).append(NAMES).toString();
    }

    private static final String NAMES = "names: FN is a mangled or demangled name (with or without @); u2:FN picks unit u2 when several define it;\n"
            + "       UNIT is a handle from units (u1, u2, ...) or the unit's path; quote names with spaces\n";
}
