package dev.irscope.read.text;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.CallKind;
import java.util.List;

/**
 * A call as the {@link BodyScanner} reads it; its attribute groups are resolved by {@link ModuleBuilder}.
 *
 * @param dbg the id of the call's {@code !dbg} node, or -1
 */
record PendingCall(String callee, CallKind kind, List<Attribute> inline, List<Integer> groups,
                   List<String> bundles, boolean abiTypes, int line, boolean constantArgs, int dbg) {}
