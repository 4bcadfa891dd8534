/**
 * Reading irscope's inputs: turns file names, folders, archives and stdin into named,
 * read-only byte buffers of textual LLVM IR ({@link dev.irscope.source.SourceUnit}), plus
 * one-line problems for whatever could not be read ({@link dev.irscope.source.SourceProblem}).
 *
 * <p>Entry point: {@link dev.irscope.source.InputReader}. Everything is held in memory (nothing is
 * extracted), every size is capped while it streams ({@link dev.irscope.source.Limits}), and
 * plain files are memory-mapped so a 1 GB module does not need 1 GB of heap.
 */
package dev.irscope.source;
