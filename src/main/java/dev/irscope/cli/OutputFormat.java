package dev.irscope.cli;

/** Output formats shared by the batch commands. */
public enum OutputFormat { text, json, markdown, yaml }
