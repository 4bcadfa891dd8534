package dev.irscope.ir;

import java.util.Optional;

/** A formal parameter: its type as written, its attributes, and its name if the IR gives one. */
public record Param(String type, AttributeSet attributes, Optional<String> name) {}
