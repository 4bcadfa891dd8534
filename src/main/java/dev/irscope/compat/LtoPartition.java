package dev.irscope.compat;

import dev.irscope.ir.LtoKind;
import java.util.List;

/**
 * The check of rule {@code lto.partition}: a call between a full-LTO unit and a ThinLTO unit. The
 * linker puts every bitcode module without a ThinLTO summary into the one regular LTO module and
 * gives each ThinLTO module its own backend; neither ever sees the other's bodies, so the inliner
 * finds only a declaration (lld's remark: NoDefinition). Textual IR without summary entries has no
 * known partition and is never judged here.
 */
final class LtoPartition {
    private LtoPartition() {}

    static Check check() {
        return c -> {
            LtoKind caller = c.callerUnit().header().lto(), callee = c.calleeUnit().header().lto();
            if (!caller.separatedFrom(callee)) return List.of();
            return List.of(Hit.of("lto partition", name(caller), name(callee),
                    "the caller's unit goes to " + where(caller) + " and the callee's to " + where(callee)
                            + ": the regular LTO module and the ThinLTO modules never exchange bodies"));
        };
    }

    private static String name(LtoKind k) {
        return k == LtoKind.FULL ? "full LTO" : "ThinLTO";
    }

    private static String where(LtoKind k) {
        return k == LtoKind.FULL ? "the regular (full) LTO module" : "a ThinLTO backend";
    }
}
