package dev.irscope.read.bitcode;

import dev.irscope.ir.Alias;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a module read from bitcode with the module read from the {@code .ll} of the same unit,
 * field by field, and names the first difference by its path ({@code functions[12].params[0]
 * .attributes}). Fields bitcode cannot have are left out, each for a stated reason: line numbers
 * (functions, calls, aliases, body lines, the module's line count and byte size) and the module
 * id (llvm-dis prints the bitcode file's name). Notes are compared as sets of messages, because
 * the text reader notes things in file order and the bitcode reader in block order.
 *
 * <p>One difference is in the inputs, not the readers: LLParser gives an intrinsic declaration
 * ({@code @llvm.*}) the attributes LLVM defines for that intrinsic, not the ones the {@code .ll}
 * wrote (clang-19 writes {@code mustprogress} there; the bitcode llvm-as makes, and llvm-dis prints
 * back, has not). So the function attributes of intrinsic declarations are not compared, and when
 * that made two of the text's groups one (the group numbers then shift) groups are compared by
 * the sets functions and calls resolve to, not by number; {@code llvm-dis} of the bitcode shows
 * the bitcode reader's values. The other: llvm-as-22 upgrades the AArch64 branch-protection
 * module flags {@code branch-target-enforcement} and {@code sign-return-address*} from 1 to 2
 * (llvm::UpgradeModuleFlags), so those two keys accept text 1 / bitcode 2.
 */
final class ModuleComparator {
    private ModuleComparator() {}

    /** The first difference, or empty. */
    static Optional<String> diff(Module text, Module bc) {
        List<String> out = new ArrayList<>();
        check(out, "header.sourceFilename", text.header().sourceFilename(), bc.header().sourceFilename());
        check(out, "header.datalayout", text.header().datalayout(), bc.header().datalayout());
        check(out, "header.triple", text.header().triple(), bc.header().triple());
        check(out, "header.idents", text.header().idents(), bc.header().idents());
        check(out, "header.moduleAsm", text.header().moduleAsm(), bc.header().moduleAsm());
        check(out, "flags.size", text.flags().size(), bc.flags().size());
        for (int i = 0; i < Math.min(text.flags().size(), bc.flags().size()); i++) {
            var a = text.flags().get(i);
            var b = bc.flags().get(i);
            if (!a.equals(b) && !upgraded(a, b)) check(out, "flags[" + i + "]", a, b);
        }
        boolean renumbered = false;
        for (int i = 0; i < Math.min(text.functions().size(), bc.functions().size()); i++) {
            Function f = text.functions().get(i);
            renumbered |= intrinsicDecl(f) && !f.attributes().equals(bc.functions().get(i).attributes());
        }
        if (!renumbered) check(out, "groups", text.groups(), bc.groups());
        compareGroupLists = !renumbered;
        check(out, "comdats", text.comdats(), bc.comdats());
        check(out, "globalRefs", text.globalRefs(), bc.globalRefs());
        check(out, "aliases.size", text.aliases().size(), bc.aliases().size());
        for (int i = 0; i < Math.min(text.aliases().size(), bc.aliases().size()); i++) {
            Alias a = text.aliases().get(i), b = bc.aliases().get(i);
            String p = "aliases[" + i + "]";
            check(out, p + ".name", a.name(), b.name());
            check(out, p + ".kind", a.kind(), b.kind());
            check(out, p + ".linkage", a.linkage(), b.linkage());
            check(out, p + ".target", a.target(), b.target());
        }
        check(out, "functions.size", text.functions().size(), bc.functions().size());
        for (int i = 0; i < Math.min(text.functions().size(), bc.functions().size()); i++) {
            function(out, "functions[" + i + "](" + text.functions().get(i).name() + ")", text.functions().get(i),
                    bc.functions().get(i));
        }
        check(out, "notes", messages(text.notes()), messages(bc.notes()));
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    private static void function(List<String> out, String p, Function a, Function b) {
        check(out, p + ".name", a.name(), b.name());
        check(out, p + ".defined", a.defined(), b.defined());
        check(out, p + ".linkage", a.linkage(), b.linkage());
        check(out, p + ".dsoLocal", a.dsoLocal(), b.dsoLocal());
        check(out, p + ".visibility", a.visibility(), b.visibility());
        check(out, p + ".dllStorage", a.dllStorage(), b.dllStorage());
        check(out, p + ".callingConv", a.callingConv(), b.callingConv());
        check(out, p + ".returnAttributes", a.returnAttributes(), b.returnAttributes());
        check(out, p + ".returnType", a.returnType(), b.returnType());
        check(out, p + ".params.size", a.params().size(), b.params().size());
        for (int k = 0; k < Math.min(a.params().size(), b.params().size()); k++) {
            check(out, p + ".params[" + k + "]", a.params().get(k), b.params().get(k));
        }
        check(out, p + ".varArgs", a.varArgs(), b.varArgs());
        check(out, p + ".unnamedAddr", a.unnamedAddr(), b.unnamedAddr());
        check(out, p + ".addrSpace", a.addrSpace(), b.addrSpace());
        if (!intrinsicDecl(a)) check(out, p + ".attributes", a.attributes(), b.attributes());
        if (compareGroupLists) check(out, p + ".groups", a.groups(), b.groups());
        check(out, p + ".section", a.section(), b.section());
        check(out, p + ".partition", a.partition(), b.partition());
        check(out, p + ".comdat", a.comdat(), b.comdat());
        check(out, p + ".align", a.align(), b.align());
        check(out, p + ".gc", a.gc(), b.gc());
        check(out, p + ".prefix", a.prefix(), b.prefix());
        check(out, p + ".prologue", a.prologue(), b.prologue());
        check(out, p + ".personality", a.personality(), b.personality());
        check(out, p + ".personalityText", a.personalityText(), b.personalityText());
        check(out, p + ".metadata", a.metadata(), b.metadata());
        check(out, p + ".body.indirectCalls", a.body().indirectCalls(), b.body().indirectCalls());
        check(out, p + ".body.inlineAsmCalls", a.body().inlineAsmCalls(), b.body().inlineAsmCalls());
        check(out, p + ".body.indirectBr", a.body().indirectBr(), b.body().indirectBr());
        check(out, p + ".body.blockAddress", a.body().blockAddress(), b.body().blockAddress());
        check(out, p + ".body.indirectAbi", a.body().indirectAbi(), b.body().indirectAbi());
        check(out, p + ".body.asmAbi", a.body().asmAbi(), b.body().asmAbi());
        check(out, p + ".body.calls.size", a.body().calls().size(), b.body().calls().size());
        for (int k = 0; k < Math.min(a.body().calls().size(), b.body().calls().size()); k++) {
            CallSite x = a.body().calls().get(k), y = b.body().calls().get(k);
            String q = p + ".body.calls[" + k + "]";
            check(out, q + ".callee", x.callee(), y.callee());
            check(out, q + ".kind", x.kind(), y.kind());
            check(out, q + ".attributes", x.attributes(), y.attributes());
            check(out, q + ".bundles", x.bundles(), y.bundles());
            check(out, q + ".abiTypes", x.abiTypes(), y.abiTypes());
            check(out, q + ".constantArgs", x.constantArgs(), y.constantArgs());
            check(out, q + ".debugLoc", x.debugLoc(), y.debugLoc()); // by place: the two number nodes differently
        }
    }

    private static boolean compareGroupLists = true; // one comparison at a time (tests run it serially)

    private static boolean upgraded(dev.irscope.ir.ModuleFlag a, dev.irscope.ir.ModuleFlag b) {
        boolean bp = a.key().startsWith("branch-target-enforcement") || a.key().startsWith("sign-return-address");
        return bp && a.key().equals(b.key()) && a.behavior() == b.behavior() && a.value().equals("i32 1")
                && b.value().equals("i32 2");
    }

    private static boolean intrinsicDecl(Function f) {
        return !f.defined() && f.name().startsWith("llvm.");
    }

    private static List<String> messages(List<Note> notes) {
        List<String> m = new ArrayList<>();
        for (Note n : notes) m.add(n.message());
        m.sort(null);
        return m;
    }

    private static void check(List<String> out, String path, Object text, Object bitcode) {
        if (!text.equals(bitcode)) out.add(path + ": text " + text + " / bitcode " + bitcode);
    }
}
