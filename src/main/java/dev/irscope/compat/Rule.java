package dev.irscope.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the catalogue, in the spirit of LLVM's CompatRule/MergeRule entries in Attributes.td.
 * Rows are written with {@link #row} and named fields, so a row reads like a table entry.
 *
 * @param id stable identifier users script against ({@code compat.sanitize_address})
 * @param attribute what the rule reads, as shown in listings ({@code no-builtin-<name>}, {@code linkage})
 * @param keys the IR attribute keys the rule reads, for classifying attribute differences; a key
 *     ending in {@code *} is a prefix ({@code no-builtin-*}); empty for causes that are not attributes
 * @param remark the reason LLVM's remark prints when this rule refuses on the cost-based path
 * @param alwaysRemark the reason on the always-inline path (body rules word it differently)
 * @param bypassed releases in which {@code alwaysinline} on the call or callee skips this rule: the
 *     one statement of it; every text about always-inline (fixes, notes, docs) is derived from it
 * @param basis the evidence: the LLVM source it mirrors and/or the ir-samples case that shows it
 */
public record Rule(String id, Layer layer, Versions versions, String attribute, List<String> keys, String remark,
                   String alwaysRemark, String why, List<Fix> fixes, Versions bypassed, String basis, Check check) {

    public Rule {
        keys = List.copyOf(keys);
        fixes = List.copyOf(fixes);
    }

    public boolean merge() {
        return layer == Layer.MERGE;
    }

    /** Whether marking the callee always-inline would make this rule step aside on {@code llvm}. */
    public boolean skippedByAlwaysInline(int llvm) {
        return bypassed.contains(llvm);
    }

    /**
     * The one wording of the always-inline advice for this rule, from {@link #bypassed}: the same
     * text in fixes, reports and docs, so they cannot disagree about which releases it helps on.
     */
    public Fix alwaysInlineFix() {
        String range = bypassed.to() == Versions.OPEN ? (bypassed.from() <= Versions.ALL.from() ? "on every release" : "from LLVM " + bypassed.from() + " on")
                : "on LLVM " + bypassed + " (not from " + (bypassed.to() + 1) + " on)";
        return Fix.source("mark the callee always-inline (C: __always_inline, Rust: #[inline(always)]): the always-inline path skips this check " + range);
    }

    public static Builder row(String id) {
        return new Builder(id);
    }

    /** Named fields for a catalogue row; {@link #build} checks that each required one was given. */
    public static final class Builder {
        private final String id;
        private Layer layer;
        private Versions versions;
        private String attribute;
        private List<String> keys;
        private String remark;
        private String alwaysRemark;
        private String why;
        private final List<Fix> fixes = new ArrayList<>();
        private Versions bypassed;
        private String basis;
        private Check check;

        private Builder(String id) {
            this.id = id;
        }

        public Builder layer(Layer l) { layer = l; return this; }
        /** The LLVM releases the rule exists in. */
        public Builder llvm(Versions v) { versions = v; return this; }
        /** What the rule reads, as listings show it; the keys default to its plain attribute names. */
        public Builder reads(String what) { attribute = what; return this; }
        /** The attribute keys, when {@link #reads} is prose or a pattern. */
        public Builder keys(String... k) { keys = List.of(k); return this; }
        public Builder remark(String r) { remark = r; return this; }
        public Builder alwaysRemark(String r) { alwaysRemark = r; return this; }
        public Builder why(String w) { why = w; return this; }
        public Builder alwaysInlineSkips(Versions v) { bypassed = v; return this; }
        public Builder basis(String b) { basis = b; return this; }
        public Builder check(Check c) { check = c; return this; }
        public Builder fixes(Fix... f) { fixes.addAll(List.of(f)); return this; }

        public Rule build() {
            String what = Objects.requireNonNull(attribute, () -> id + ": reads");
            return new Rule(id, Objects.requireNonNull(layer, () -> id + ": layer"),
                    Objects.requireNonNull(versions, () -> id + ": llvm"), what,
                    keys != null ? keys : defaultKeys(what), Objects.requireNonNull(remark, () -> id + ": remark"),
                    alwaysRemark != null ? alwaysRemark : remark, Objects.requireNonNull(why, () -> id + ": why"),
                    fixes, Objects.requireNonNull(bypassed, () -> id + ": alwaysInlineSkips"),
                    Objects.requireNonNull(basis, () -> id + ": basis"), Objects.requireNonNull(check, () -> id + ": check"));
        }

        // "target-cpu, target-features" -> both keys; "no-builtin-<name>" -> the prefix; prose -> none.
        private static List<String> defaultKeys(String reads) {
            List<String> out = new ArrayList<>();
            for (String part : reads.split("[,/]")) {
                String key = part.trim();
                if (key.isEmpty() || key.contains(" ")) continue;
                int hole = key.indexOf('<');
                out.add(hole > 0 ? key.substring(0, hole) + "*" : key);
            }
            return out;
        }
    }
}
