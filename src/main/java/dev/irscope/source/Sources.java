package dev.irscope.source;

import java.util.List;

/** Units in a deterministic order, plus the problems. */
public record Sources(List<SourceUnit> units, List<SourceProblem> problems) {}
