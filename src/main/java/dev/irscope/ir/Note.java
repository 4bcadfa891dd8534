package dev.irscope.ir;

/** Something the reader kept but did not understand (an unknown attribute, say), with its line. */
public record Note(int line, String message) {}
