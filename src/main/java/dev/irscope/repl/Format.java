package dev.irscope.repl;

import java.util.Locale;

/** The answer formats the REPL can switch between (the batch commands' own formats). */
enum Format {
    text, json, markdown;

    static Format parse(String s) {
        for (Format f : values()) if (f.name().equals(s.toLowerCase(Locale.ROOT))) return f;
        throw new ReplException("unknown format '" + s + "' (text, json or markdown)");
    }
}
