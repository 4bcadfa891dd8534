package dev.irscope.link;

/**
 * Something {@code llvm-link} would warn about or refuse when putting the units together.
 *
 * @param severity "error" (nothing links) or "warning"
 * @param what what differs: {@code target triple}, {@code datalayout}, {@code module flag 'Code Model'}
 */
public record LinkIssue(String severity, String what, String left, String right, String message) {
    public boolean error() {
        return severity.equals("error");
    }
}
