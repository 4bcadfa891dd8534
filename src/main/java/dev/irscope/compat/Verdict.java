package dev.irscope.compat;

import dev.irscope.link.Edge;
import java.util.List;

/**
 * The engine's answer for one edge on one LLVM release: every refusing rule (LLVM stops at the first
 * and prints one remark; irscope lists all), what alwaysinline overrides, and what would merge.
 *
 * @param llvmRemark the reason LLVM's own remark would give, so users can match what they saw
 */
public record Verdict(Edge edge, int llvm, Status status, boolean alwaysInline, List<Finding.Block> blockers,
                      List<Finding.Undecided> undecided, List<Finding.Bypassed> bypassed,
                      List<Finding.Merge> merges, String llvmRemark) {

    public boolean inlinable() {
        return status == Status.INLINABLE;
    }
}
