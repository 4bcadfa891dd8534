package dev.irscope.repl;

import java.util.Locale;

/** The answer formats the REPL can switch between (the batch commands' own formats). */
enum AnswerFormat {
    text, json, markdown;

    static AnswerFormat parse(String s) {
        for (AnswerFormat f : values()) if (f.name().equals(s.toLowerCase(Locale.ROOT))) return f;
        throw new ReplException("unknown format '" + s + "' (text, json or markdown)");
    }
}
