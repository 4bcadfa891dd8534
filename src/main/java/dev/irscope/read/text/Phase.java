package dev.irscope.read.text;

/**
 * What every phase of one reader works on: the {@link UnitState} it fills or reads, and the
 * input, lexer, limits and interners of that state, held in fields of their own because the
 * phases' loops read them on every byte or token.
 */
abstract class Phase {
    final UnitState u;
    final Lexer lx;
    final Bytes buf;
    final ReaderLimits limits;
    final Names names;

    Phase(UnitState u) {
        this.u = u;
        this.lx = u.lx;
        this.buf = u.buf;
        this.limits = u.limits;
        this.names = u.names;
    }
}
