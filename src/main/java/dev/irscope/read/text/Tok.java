package dev.irscope.read.text;

/**
 * Token kinds of LLVM's textual IR, as far as irscope reads it. The lexer keeps the current token
 * as (kind, start, end) instead of allocating token objects: the reader runs over gigabytes.
 */
enum Tok {
    WORD, NUMBER, GLOBAL, LOCAL, GROUP, META, STRING, COMDAT,
    LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET, LT, GT,
    COMMA, EQ, STAR, ELLIPSIS, COLON, BANG, PIPE, SUMMARY, EOL, EOF
}
