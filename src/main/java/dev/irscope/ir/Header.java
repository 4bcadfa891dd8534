package dev.irscope.ir;

import java.util.List;
import java.util.Optional;

/**
 * The module-level facts that decide whether units link and how rules apply.
 *
 * @param idents every {@code !llvm.ident} string (one per linked-in producer)
 * @param lto the LTO partition the unit goes to (from the bitcode summary or text summary entries)
 */
public record Header(Optional<String> moduleId, Optional<String> sourceFilename, Optional<String> datalayout,
                     Optional<String> triple, List<String> idents, boolean moduleAsm, LtoKind lto) {

    /** The producer: the first ident, or "unknown" when the IR names none. */
    public String producer() {
        return idents.isEmpty() ? "unknown" : idents.get(0);
    }
}
