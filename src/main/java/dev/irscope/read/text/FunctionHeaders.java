package dev.irscope.read.text;

import dev.irscope.ir.KnownAttributes;
import dev.irscope.ir.Alias;
import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Body;
import dev.irscope.ir.CallKind;
import dev.irscope.ir.CallSite;
import dev.irscope.ir.DebugRef;
import dev.irscope.ir.Function;
import dev.irscope.ir.Header;
import dev.irscope.ir.Linkage;
import dev.irscope.ir.LtoKind;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.ir.Note;
import dev.irscope.ir.Param;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The function-header phase: a {@code define} or {@code declare} line up to its body, into a
 * {@link PendingFunction} (linkage, visibility, calling convention, return and parameter types and
 * attributes, groups, section, comdat, personality, ...); a body goes to the {@link BodyScanner}.
 */
final class FunctionHeaders extends Phase {
    private final Syntax syn;
    private final BodyScanner bodies;
    private final Map<List<Attribute>, AttributeSet> paramSets = new HashMap<>();

    FunctionHeaders(UnitState u, Syntax syn, BodyScanner bodies) {
        super(u);
        this.syn = syn;
        this.bodies = bodies;
    }

    void function(boolean define) throws ParseError {
        if (u.functions.size() >= limits.maxFunctions()) {
            throw lx.error("more than " + limits.maxFunctions() + " functions in one unit (ReaderLimits.maxFunctions)");
        }
        PendingFunction f = new PendingFunction();
        f.defined = define;
        f.line = lx.line();
        // The return type is kept as the source slice from its first to its last token: joining its
        // tokens with blanks gave "i8 *" for a typed-pointer "i8*" (and "addrspace (1)").
        retScratch.clear();
        int retFrom = -1;
        int retTo = -1;
        // Everything up to '@name(' is linkage, visibility, calling convention, return attributes and type.
        while (true) {
            Tok t = lx.next();
            if (t == Tok.GLOBAL && lx.peekByte() == '(') {
                f.name = syn.internName();
                break;
            }
            if (t == Tok.EOL || t == Tok.EOF) throw lx.error("expected function name");
            if (t == Tok.META && !define) {
                // A declaration prints its attachments right after 'declare' (AsmWriter::printFunction):
                // 'declare !kcfi_type !17 dso_local i64 @strlen(ptr)'; they are not part of the return type.
                String kind = lx.nameText();
                if (lx.next() != Tok.META && lx.kind() != Tok.BANG) throw lx.error("expected metadata after !" + kind);
                if (lx.kind() == Tok.BANG) syn.item();
                f.metadata = PendingFunction.add(f.metadata, kind);
                continue;
            }
            if (t == Tok.WORD) {
                String w = syn.internSlice(lx.start(), lx.stop());
                Optional<Linkage> l = Linkage.fromKeyword(w);
                if (l.isPresent()) { f.linkage = l.get(); continue; }
                switch (w) {
                    case "dso_local" -> { f.dsoLocal = true; continue; }
                    case "dso_preemptable" -> { f.dsoLocal = false; continue; }
                    case "default", "hidden", "protected" -> { f.visibility = w; continue; }
                    case "dllimport", "dllexport" -> { f.dll = w; continue; }
                    case "cc" -> {
                        lx.expect(Tok.NUMBER, "a calling convention number after 'cc'");
                        f.cconv = "cc " + lx.text();
                        continue;
                    }
                    default -> { }
                }
                if (isCallingConv(w)) { f.cconv = w; continue; }
                if (KnownAttributes.isParamAttr(w)) { retScratch.add(syn.attribute(t)); continue; }
            }
            if (retFrom < 0) retFrom = lx.start();
            syn.item();
            retTo = lx.stop();
        }
        f.retType = retFrom < 0 ? "" : syn.internSlice(retFrom, retTo);
        f.retSet = paramSet(retScratch);
        lx.next(); // '('
        params(f);
        // After the parameter list: unnamed_addr, attributes, section, comdat, gc, personality, ...
        while (true) {
            Tok t = lx.next();
            if (t == Tok.LBRACE) {
                if (!define) throw lx.error("unexpected '{' after a declaration");
                bodies.body(f);
                break;
            }
            if (t == Tok.EOL || t == Tok.EOF) {
                if (define) throw lx.error("expected '{' to start the body of @" + f.name);
                break;
            }
            switch (t) {
                case GROUP -> f.groups = PendingFunction.add(f.groups, syn.groupId());
                case STRING -> f.inlineAttrs = PendingFunction.add(f.inlineAttrs, syn.attribute(t));
                case META -> {
                    String kind = lx.nameText();
                    if (lx.next() != Tok.META && lx.kind() != Tok.BANG) throw lx.error("expected metadata after !" + kind);
                    if (lx.kind() == Tok.BANG) syn.item();
                    f.metadata = PendingFunction.add(f.metadata, kind);
                }
                case WORD -> headerWord(f);
                default -> throw lx.error("unexpected '" + lx.text() + "' in the header of @" + f.name);
            }
        }
        u.functions.add(f);
    }
    private void headerWord(PendingFunction f) throws ParseError {
        String w = syn.internSlice(lx.start(), lx.stop());
        switch (w) {
            case "unnamed_addr", "local_unnamed_addr" -> f.unnamedAddr = w;
            case "addrspace" -> {
                lx.expect(Tok.LPAREN, "'('");
                String n = syn.groupInner();
                f.addrSpace = Syntax.parseIndex(n.trim()) < 0 ? 0 : Syntax.parseIndex(n.trim());
            }
            case "section" -> { lx.expect(Tok.STRING, "a section name"); f.section = lx.stringValue(); }
            case "partition" -> { lx.expect(Tok.STRING, "a partition name"); f.partition = lx.stringValue(); }
            case "gc" -> { lx.expect(Tok.STRING, "a GC name"); f.gc = lx.stringValue(); }
            case "align" -> { lx.expect(Tok.NUMBER, "an alignment"); f.align = Syntax.parseIndex(lx.text()); }
            case "comdat" -> {
                f.comdat = f.name;
                if (lx.peekByte() == '(') {
                    lx.next();
                    lx.expect(Tok.COMDAT, "a comdat name");
                    f.comdat = lx.nameText();
                    lx.expect(Tok.RPAREN, "')'");
                }
            }
            case "prefix" -> f.prefix = typedConstant();
            case "prologue" -> f.prologue = typedConstant();
            case "personality" -> {
                String c = typedConstant();
                f.personalityText = c;
                f.personality = firstGlobal(c).orElse(c);
            }
            default -> f.inlineAttrs = PendingFunction.add(f.inlineAttrs, syn.attribute(Tok.WORD));
        }
    }
    /** {@code <type> <constant>} as in prefix/prologue/personality; returns the text of both. */
    private String typedConstant() throws ParseError {
        lx.next();
        int from = lx.start();
        type();
        lx.next();
        if (lx.kind() == Tok.WORD && lx.peekByte() == '(') { // bitcast (...), getelementptr (...)
            lx.next();
            syn.skipGroup();
        } else {
            syn.item();
        }
        return lx.slice(from, lx.stop());
    }
    private static Optional<String> firstGlobal(String text) {
        int i = text.indexOf('@');
        if (i < 0) return Optional.empty();
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '"') {
            int k = text.indexOf('"', j + 1);
            return Optional.of(k < 0 ? text.substring(j + 1) : text.substring(j + 1, k));
        }
        while (j < text.length() && Lexer.isIdentChar((byte) text.charAt(j))) j++;
        return Optional.of(text.substring(i + 1, j));
    }
    /** At the first token of a type: consumes it with its suffixes ({@code *}, addrspace, fn params). */
    private String type() throws ParseError {
        int from = lx.start();
        Tok t = lx.kind();
        if (Syntax.isOpener(t)) syn.skipGroup();
        else if (t == Tok.WORD) {
            if (lx.peekByte() == '(' && lx.adjacentNext()) { lx.next(); syn.skipGroup(); } // target("...")
        } else if (t != Tok.LOCAL) {
            throw lx.error("expected a type");
        }
        while (true) {
            int n = lx.peekByte();
            if (n == '*') { lx.next(); continue; }
            if (n == '(') { lx.next(); syn.skipGroup(); continue; }
            // Only the word addrspace is taken: a typed "%struct.S* nocapture" parameter's type
            // must not swallow the attribute that follows it.
            if (n == 'a' && lx.peekIsWord("addrspace")) { lx.next(); lx.next(); syn.skipGroup(); continue; }
            break;
        }
        return syn.internSlice(from, lx.stop());
    }
    private void params(PendingFunction f) throws ParseError {
        if (lx.peekByte() == ')') { lx.next(); return; }
        while (true) {
            Tok t = lx.next();
            if (t == Tok.ELLIPSIS) {
                f.varArgs = true;
                lx.expect(Tok.RPAREN, "')' after '...'");
                return;
            }
            String ty = type();
            List<Attribute> attrs = scratch;
            attrs.clear();
            Optional<String> name = Optional.empty();
            while (true) {
                t = lx.next();
                if (t == Tok.COMMA || t == Tok.RPAREN) break;
                if (t == Tok.LOCAL) name = Optional.of(syn.internName());
                else if (t == Tok.WORD || t == Tok.STRING) attrs.add(syn.attribute(t));
                else throw lx.error("unexpected '" + lx.text() + "' in a parameter list");
            }
            f.params = PendingFunction.add(f.params, new Param(ty, paramSet(attrs), name));
            if (t == Tok.RPAREN) return;
        }
    }
    private final List<Attribute> scratch = new ArrayList<>(); // one parameter's attributes, reused
    private final List<Attribute> retScratch = new ArrayList<>(); // one function's return attributes, reused
    /** Parameter and return attribute lists repeat (noundef, nonnull align 8, ...): one shared set per list. */
    private AttributeSet paramSet(List<Attribute> attrs) {
        if (attrs.isEmpty()) return AttributeSet.EMPTY;
        AttributeSet s = paramSets.get(attrs);
        if (s == null) {
            List<Attribute> key = new ArrayList<>(attrs); // ArrayList to ArrayList equals needs no iterator
            s = AttributeSet.of(key);
            paramSets.put(key, s);
        }
        return s;
    }
    private static boolean isCallingConv(String w) {
        if (w.startsWith("x86_fp80") || w.startsWith("x86_amx") || w.startsWith("x86_mmx")) return false;
        return (w.endsWith("cc") && !w.equals("cc")) || w.startsWith("aarch64_") || w.startsWith("amdgpu_")
                || w.startsWith("spir_") || w.startsWith("ptx_") || w.startsWith("arm_") || w.startsWith("avr_")
                || w.startsWith("msp430_") || w.startsWith("m68k_") || w.startsWith("riscv_")
                || w.equals("hhvm_ccc");
    }
}
