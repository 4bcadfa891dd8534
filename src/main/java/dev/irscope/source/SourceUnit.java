package dev.irscope.source;

/** One IR unit's bytes, named by where it came from. */
public record SourceUnit(String name, java.nio.ByteBuffer bytes) {}
