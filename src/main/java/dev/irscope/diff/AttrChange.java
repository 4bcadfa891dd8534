package dev.irscope.diff;

import java.util.Optional;

/** One attribute of one function that differs; empty means the side lacks it. Values are as printed in IR. */
public record AttrChange(String key, KeyKind kind, Optional<String> left, Optional<String> right) {}
