package dev.irscope.compat;

/** The answer for one edge. */
public enum Status { INLINABLE, BLOCKED, UNDECIDED }
