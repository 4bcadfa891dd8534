package dev.irscope.ir;

/** How a call site is spelled; the inliner treats {@code callbr} and {@code musttail} specially. */
public enum CallKind {
    CALL("call"), TAIL("tail call"), MUSTTAIL("musttail call"), NOTAIL("notail call"),
    INVOKE("invoke"), CALLBR("callbr");

    private final String spelling;

    CallKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }
}
