package dev.irscope.read.bitcode;

import dev.irscope.ir.Module;

/**
 * One module of a bitcode input with what bitcode has beyond the model: the IDENTIFICATION
 * block's producer string ({@code LLVM19.1.7}; empty without the block) and epoch.
 */
public record BitcodeUnit(Module module, String producer, long epoch) {}
