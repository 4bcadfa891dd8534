package dev.irscope.read.bitcode;

import dev.irscope.ir.Module;
import java.util.List;

/**
 * One module of a bitcode input with what bitcode has beyond the model: the IDENTIFICATION
 * block's producer and epoch, and the debug location of each direct call ({@code calls.get(f)
 * .get(k)} is that of {@code module.functions().get(f).body().calls().get(k)};
 * {@link DebugLoc#NONE} without one), which the lead may move into {@code ir.CallSite}.
 */
public record BitcodeUnit(Module module, String producer, long epoch, List<List<DebugLoc>> callLocations) {}
