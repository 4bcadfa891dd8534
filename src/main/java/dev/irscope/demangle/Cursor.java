package dev.irscope.demangle;

import static dev.irscope.demangle.Demangler.MAX_DEPTH;
import static dev.irscope.demangle.Demangler.MAX_STEPS;
import static dev.irscope.demangle.Invalid.invalid;

/**
 * The reading state both grammars share: one symbol, a position, and the depth and step caps
 * that stop a hostile symbol from recursing or looping without bound.
 */
abstract class Cursor {
    final String s;
    int pos;
    private int depth;
    private int steps;

    Cursor(String s) {
        this.s = s;
    }

    final void enter() {
        if (++depth > MAX_DEPTH || ++steps > MAX_STEPS) {
            throw invalid();
        }
    }

    final void leave() {
        depth--;
    }

    final char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    final char peek(int k) {
        return pos + k < s.length() ? s.charAt(pos + k) : '\0';
    }

    final boolean eat(char c) {
        if (peek() == c && pos < s.length()) {
            pos++;
            return true;
        }
        return false;
    }

    final boolean eat(String t) {
        if (s.startsWith(t, pos)) {
            pos += t.length();
            return true;
        }
        return false;
    }

    final void expect(char c) {
        if (!eat(c)) {
            throw invalid();
        }
    }

    final char next() {
        if (pos >= s.length()) {
            throw invalid();
        }
        return s.charAt(pos++);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
