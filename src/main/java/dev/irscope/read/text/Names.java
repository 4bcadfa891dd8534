package dev.irscope.read.text;

/**
 * One String per spelling: attribute words, types and plain names ({@code words}) and the
 * insides of quoted names, unescaped ({@code quoted}). Interners of the whole input, not of one
 * part, so a thread that reads many parts decodes each name once, not once a part.
 */
record Names(SliceInterner words, SliceInterner quoted) {
    static Names of(Bytes whole) {
        byte[][] scratch = {new byte[256]};
        return new Names(new SliceInterner(whole, (f, t) -> Lexer.slice(whole, f, t, scratch)),
                new SliceInterner(whole, (f, t) -> Lexer.unescape(whole, f, t, scratch)));
    }
}
