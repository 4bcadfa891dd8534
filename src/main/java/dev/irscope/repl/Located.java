package dev.irscope.repl;

import dev.irscope.ir.Function;

/** A function together with the unit it was found in (names repeat across units). */
record Located(Unit unit, Function function) {}
