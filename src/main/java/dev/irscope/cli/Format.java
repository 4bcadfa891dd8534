package dev.irscope.cli;

/** Output formats shared by the batch commands. */
public enum Format { text, json, markdown, yaml }
