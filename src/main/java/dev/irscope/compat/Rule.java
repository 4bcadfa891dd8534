package dev.irscope.compat;

import java.util.List;

/**
 * One row of the catalogue, in the spirit of LLVM's CompatRule/MergeRule entries in Attributes.td.
 *
 * @param id stable identifier users script against ({@code compat.sanitize_address})
 * @param attribute the IR attribute (or cause) the rule reads, for listings
 * @param remark the reason LLVM's remark prints when this rule refuses on the cost-based path
 * @param alwaysRemark the reason on the always-inline path (body rules word it differently)
 * @param bypassed releases in which {@code alwaysinline} on the call or callee skips this rule
 * @param basis the evidence: the LLVM source it mirrors and/or the ir-samples case that shows it
 */
public record Rule(String id, Layer layer, Versions versions, String attribute, String remark, String alwaysRemark,
                   String why, List<Fix> fixes, Versions bypassed, String basis, Check check) {

    public boolean merge() {
        return layer == Layer.MERGE;
    }
}
