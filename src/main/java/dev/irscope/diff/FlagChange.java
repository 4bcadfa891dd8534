package dev.irscope.diff;

import dev.irscope.ir.ModuleFlag;
import java.util.Optional;

/**
 * A module flag that differs, with what llvm-link does about it when LEFT is linked first.
 *
 * @param severity {@code error} (llvm-link refuses: nothing is inlined), {@code warning} or {@code ok}
 * @param outcome one line: LLVM's own message for errors and warnings, else the merge result
 */
public record FlagChange(String key, Optional<ModuleFlag> left, Optional<ModuleFlag> right, String severity,
                         String outcome) {
    public boolean error() {
        return severity.equals("error");
    }
}
