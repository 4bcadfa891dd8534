package dev.irscope.compat;

import java.util.List;

/** The test of one rule on one edge; most rules find at most one hit, some one per attribute. */
@FunctionalInterface
public interface Check {
    List<Hit> test(EdgeContext c);
}
