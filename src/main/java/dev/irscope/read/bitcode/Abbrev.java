package dev.irscope.read.bitcode;

/**
 * One DEFINE_ABBREV: the encoding of each operand of the records that use it. {@code kinds[i]} is
 * one of the constants below and {@code values[i]} its literal value or bit width; an ARRAY is
 * followed by the single operand that encodes its elements (BitCodeFormat, "Abbreviations").
 */
record Abbrev(byte[] kinds, long[] values) {
    static final byte LITERAL = 0, FIXED = 1, VBR = 2, ARRAY = 3, CHAR6 = 4, BLOB = 5;
}
