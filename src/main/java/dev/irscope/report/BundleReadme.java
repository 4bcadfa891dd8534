package dev.irscope.report;

import dev.irscope.compat.Status;
import dev.irscope.repro.Repro;
import java.util.List;

/**
 * The README and {@code repro.sh} of a repro bundle: per blocked call, the exact {@code llvm-link}
 * and {@code opt} commands of the LLVM release the answer used, and the remark opt should print,
 * so a maintainer can check the refusal without irscope.
 */
public final class BundleReadme {
    private BundleReadme() {}

    /** Releases whose tools the commands name; irscope's rules go further than the installed tools. */
    static String tool(String name, int llvm) {
        return name + "-" + llvm;
    }

    public static String readme(CheckView view, List<Integer> edges) {
        StringBuilder b = new StringBuilder();
        b.append("# irscope repro bundle\n\n");
        b.append("Made by `").append(view.tool()).append("` with the LLVM ").append(view.llvm()).append(" rule set (")
                .append(view.llvmReason()).append(").\n\n");
        b.append("`report.md` is the report. Each `edge-N/` holds a minimal pair of units for call N of the report that LLVM ")
                .append(view.llvm()).append(" still refuses to inline for the same reason. `sh repro.sh` runs every pair; ")
                .append("each step is below. The tools are LLVM ").append(view.llvm()).append("'s (`")
                .append(tool("llvm-link", view.llvm())).append("`, `").append(tool("opt", view.llvm()))
                .append("`); set LLVM_LINK and OPT to use others.\n");
        for (CheckView.Call c : view.calls()) {
            if (!edges.contains(c.n())) continue;
            b.append("\n## edge-").append(c.n()).append(": ").append(c.caller().demangled()).append(" -> ").append(c.callee().demangled())
                    .append("\n\n```sh\n").append(commands(c, view.llvm(), "")).append("```\n\n")
                    .append("opt should print:\n\n```\n").append(remark(c)).append("\n```\n");
        }
        return b.toString();
    }

    public static String script(CheckView view, List<Integer> edges) {
        StringBuilder b = new StringBuilder("#!/bin/sh\n# Replays every minimal repro of this bundle (see README.md).\nset -e\ncd \"$(dirname \"$0\")\"\n");
        b.append("LLVM_LINK=${LLVM_LINK:-").append(tool("llvm-link", view.llvm())).append("}\n");
        b.append("OPT=${OPT:-").append(tool("opt", view.llvm())).append("}\n");
        for (CheckView.Call c : view.calls()) {
            if (!edges.contains(c.n())) continue;
            b.append("\necho '== edge-").append(c.n()).append(": expect: ").append(remark(c).replace("'", "'\\''")).append("'\n");
            b.append(commands(c, view.llvm(), "$"));
        }
        return b.toString();
    }

    private static String commands(CheckView.Call c, int llvm, String var) {
        String[] f = Repro.fileNames(c.verdict());
        String dir = "edge-" + c.n() + "/";
        String link = var.isEmpty() ? tool("llvm-link", llvm) : "\"$LLVM_LINK\"", opt = var.isEmpty() ? tool("opt", llvm) : "\"$OPT\"";
        return link + " -S " + dir + f[0] + " " + dir + f[1] + " -o " + dir + "linked.ll\n"
                + opt + " -passes='cgscc(inline)' -pass-remarks=inline -pass-remarks-missed=inline -disable-output " + dir + "linked.ll\n";
    }

    /** The remark opt prints for a call refused on the cost-based path; the always-inline path words it differently. */
    static String remark(CheckView.Call c) {
        if (c.status() != Status.BLOCKED) return "(no refusal)";
        if (c.alwaysInline()) return "a missed remark for '" + c.callee().name() + "' in '" + c.caller().name() + "' ending: " + c.remark();
        String at = c.sites().get(0).debugLoc().map(l -> l.file() + ":" + l.line() + ":" + l.column()).orElse("<unknown>:0:0");
        return "remark: " + at + ": '" + c.callee().name() + "' not inlined into '" + c.caller().name()
                + "' because it should never be inlined (cost=never): " + c.remark();
    }
}
