package dev.irscope.demangle;

import static dev.irscope.demangle.Demangler.MAX_DEPTH;
import static dev.irscope.demangle.Demangler.MAX_OUTPUT;
import static dev.irscope.demangle.Demangler.MAX_STEPS;
import static dev.irscope.demangle.Invalid.invalid;

import java.util.List;

/** The tree the Itanium parser builds: each node prints itself in two halves around a declarator. */
final class ItaniumNodes {
    private ItaniumNodes() {}

    // ------------------------------------------------------------------------------------
    // C++ Itanium ABI
    // ------------------------------------------------------------------------------------

    /** A demangled C++ entity; printed in two halves around a declarator, like LLVM's demangler. */
    abstract static class Node {
        /** True for function types, arrays and things that print a right-hand part. */
        boolean hasRhs() {
            return false;
        }

        boolean isFunction() {
            return false;
        }

        boolean isArray() {
            return false;
        }

        abstract void left(Out o);

        void right(Out o) {}

        final void print(Out o) {
            left(o);
            right(o);
        }

        /** The unqualified base name, for constructors and destructors. */
        String baseName() {
            return null;
        }

        /** Whether this name ends in template arguments (so the encoding has a return type). */
        boolean endsWithTemplateArgs() {
            return false;
        }

        /** Whether the name is a constructor, destructor or conversion operator. */
        boolean isCtorDtorConv() {
            return false;
        }
    }

    static final class Out {
        final StringBuilder sb = new StringBuilder();
        int packIndex = -1;
        int packMax = -1;
        int depth;
        int steps;

        Out add(String s) {
            sb.append(s);
            if (sb.length() > MAX_OUTPUT) {
                throw invalid();
            }
            return this;
        }

        Out add(char c) {
            sb.append(c);
            if (sb.length() > MAX_OUTPUT) {
                throw invalid();
            }
            return this;
        }

        char last() {
            return sb.length() == 0 ? '\0' : sb.charAt(sb.length() - 1);
        }

        void enter() {
            // The step bound covers printing that produces no text (empty packs) many times over.
            if (++depth > MAX_DEPTH || ++steps > MAX_STEPS) {
                throw invalid();
            }
        }

        void leave() {
            depth--;
        }
    }

    static final class Name extends Node {
        final String text;
        final String base;

        Name(String text) {
            this(text, text);
        }

        Name(String text, String base) {
            this.text = text;
            this.base = base;
        }

        @Override
        void left(Out o) {
            o.add(text);
        }

        @Override
        String baseName() {
            return base;
        }
    }

    static final class Nested extends Node {
        final Node scope;
        final Node name;

        Nested(Node scope, Node name) {
            this.scope = scope;
            this.name = name;
        }

        @Override
        void left(Out o) {
            o.enter();
            scope.print(o);
            o.add("::");
            name.print(o);
            o.leave();
        }

        @Override
        String baseName() {
            return name.baseName();
        }

        @Override
        boolean endsWithTemplateArgs() {
            return name.endsWithTemplateArgs();
        }

        @Override
        boolean isCtorDtorConv() {
            return name.isCtorDtorConv();
        }
    }

    static final class Special extends Node {
        final String prefix;
        final Node child;
        final String base;

        /** A ctor/dtor/conversion marker or special name such as "vtable for ". */
        Special(String prefix, Node child, String base) {
            this.prefix = prefix;
            this.child = child;
            this.base = base;
        }

        @Override
        void left(Out o) {
            o.add(prefix);
            if (child != null) {
                o.enter();
                child.print(o);
                o.leave();
            }
        }

        @Override
        String baseName() {
            return base;
        }

        @Override
        boolean isCtorDtorConv() {
            return true;
        }
    }

    static final class WithTemplateArgs extends Node {
        final Node name;
        final List<Node> args;

        WithTemplateArgs(Node name, List<Node> args) {
            this.name = name;
            this.args = args;
        }

        @Override
        void left(Out o) {
            o.enter();
            name.print(o);
            if (o.last() == '<') {
                o.add(' ');
            }
            o.add('<');
            boolean trailingEmpty = printList(o, args);
            if (o.last() == '>' && !trailingEmpty) {
                o.add(' ');
            }
            o.add('>');
            o.leave();
        }

        @Override
        String baseName() {
            return name.baseName();
        }

        @Override
        boolean endsWithTemplateArgs() {
            return true;
        }

        @Override
        boolean isCtorDtorConv() {
            return name.isCtorDtorConv();
        }
    }

    /**
     * Comma-separated, skipping elements (empty packs) that print nothing. Returns true when
     * the last element printed nothing after a comma: GNU c++filt then still believes the last
     * character is the comma's space and so omits the space it puts between {@code > >}.
     */
    static boolean printList(Out o, List<Node> items) {
        boolean first = true;
        boolean trailingEmpty = false;
        for (Node n : items) {
            int mark = o.sb.length();
            if (!first) {
                o.add(", ");
            }
            int start = o.sb.length();
            n.print(o);
            if (o.sb.length() == start) {
                o.sb.setLength(mark);
                trailingEmpty = !first;
            } else {
                first = false;
                trailingEmpty = false;
            }
        }
        return trailingEmpty;
    }

    static final class Pack extends Node {
        final List<Node> items;

        Pack(List<Node> items) {
            this.items = items;
        }

        @Override
        void left(Out o) {
            o.enter();
            if (o.packIndex >= 0 && o.packIndex < items.size()) {
                items.get(o.packIndex).print(o);
            } else if (o.packIndex < 0) {
                printList(o, items);
            }
            o.leave();
        }
    }

    /** A template parameter reference, resolved to its argument when parsed. */
    static final class ParamRef extends Node {
        final Node arg;

        ParamRef(Node arg) {
            this.arg = arg;
        }

        @Override
        boolean hasRhs() {
            return arg.hasRhs();
        }

        @Override
        boolean isFunction() {
            return arg.isFunction();
        }

        @Override
        boolean isArray() {
            return arg.isArray();
        }

        @Override
        void left(Out o) {
            side(o, true);
        }

        @Override
        void right(Out o) {
            side(o, false);
        }

        /** One side of the argument; inside a pack expansion, of the pack element being printed. */
        private void side(Out o, boolean left) {
            o.enter();
            Node n = arg;
            int saved = o.packIndex;
            if (arg instanceof Pack p && saved >= 0) {
                n = saved < p.items.size() ? p.items.get(saved) : null;
                o.packIndex = -1;
            }
            if (n != null) {
                if (left) n.left(o);
                else n.right(o);
            }
            o.packIndex = saved;
            o.leave();
        }
    }

    static final class PackExpansion extends Node {
        final Node child;
        final int size;

        PackExpansion(Node child, int size) {
            this.child = child;
            this.size = size;
        }

        @Override
        void left(Out o) {
            o.enter();
            int saved = o.packIndex;
            boolean first = true;
            for (int i = 0; i < size; i++) {
                o.packIndex = i;
                if (!first) {
                    o.add(", ");
                }
                first = false;
                child.print(o);
            }
            o.packIndex = saved;
            o.leave();
        }
    }

    static final class Qualified extends Node {
        final Node child;
        final String quals;
        final int mask;

        Qualified(Node child, String quals) {
            this(child, quals, 0);
        }

        Qualified(Node child, String quals, int mask) {
            this.child = child;
            this.quals = quals;
            this.mask = mask;
        }

        /** Qualifiers to print: those the (substituted) child does not already carry. */
        private String effective() {
            if (mask == 0) {
                return quals;
            }
            Node r = child;
            while (r instanceof ParamRef p) {
                r = p.arg;
            }
            if (r instanceof Qualified q && q.mask != 0) {
                int m = mask & ~q.mask;
                return m == mask ? quals : Itanium.cvString(m);
            }
            return quals;
        }

        @Override
        boolean hasRhs() {
            return child.hasRhs();
        }

        @Override
        boolean isFunction() {
            return child.isFunction();
        }

        @Override
        boolean isArray() {
            return child.isArray();
        }

        @Override
        void left(Out o) {
            o.enter();
            child.left(o);
            if (!child.isFunction()) {
                o.add(effective());
            }
            o.leave();
        }

        @Override
        void right(Out o) {
            o.enter();
            child.right(o);
            if (child.isFunction()) {
                o.add(effective());
            }
            o.leave();
        }
    }

    /** Pointer, reference, rvalue reference, or pointer to member (when cls != null). */
    static final class PtrLike extends Node {
        final Node child;
        final String sigil;
        final Node cls;

        PtrLike(Node child, String sigil, Node cls) {
            this.child = child;
            this.sigil = sigil;
            this.cls = cls;
        }

        @Override
        boolean hasRhs() {
            return child.isFunction() || child.isArray();
        }

        /** Reference collapsing through template parameters: {@code T&&} with T = {@code U&} is {@code U&}. */
        private record Collapsed(Node child, String sigil) {}

        private Collapsed collapsed(Out o) {
            Node c = child;
            String sig = sigil;
            if (cls == null && (sig.equals("&") || sig.equals("&&"))) {
                for (int guard = 0; guard < MAX_DEPTH; guard++) {
                    Node r = c;
                    while (r instanceof ParamRef p) {
                        r = p.arg;
                        if (r instanceof Pack pk && o.packIndex >= 0 && o.packIndex < pk.items.size()) {
                            r = pk.items.get(o.packIndex);
                        }
                    }
                    if (r instanceof PtrLike p && p.cls == null && (p.sigil.equals("&") || p.sigil.equals("&&"))) {
                        sig = sig.equals("&&") && p.sigil.equals("&&") ? "&&" : "&";
                        c = p.child;
                    } else {
                        break;
                    }
                }
            }
            return new Collapsed(c, sig);
        }

        @Override
        void left(Out o) {
            o.enter();
            Collapsed cs = collapsed(o);
            Node child = cs.child();
            String sigil = cs.sigil();
            child.left(o);
            boolean paren = child.isFunction() || child.isArray();
            if (paren) {
                char l = o.last();
                if (l != ' ' && l != '(' && l != '*' && l != '&') {
                    o.add(' ');
                }
                o.add('(');
            } else if (cls != null) {
                o.add(' ');
            }
            if (cls != null) {
                cls.print(o);
                o.add("::");
            }
            o.add(sigil);
            o.leave();
        }

        @Override
        void right(Out o) {
            o.enter();
            Node child = collapsed(o).child();
            if (child.isFunction() || child.isArray()) {
                o.add(')');
            }
            child.right(o);
            o.leave();
        }
    }

    static final class ArrayType extends Node {
        final Node elem;
        final String dim;

        ArrayType(Node elem, String dim) {
            this.elem = elem;
            this.dim = dim;
        }

        @Override
        boolean hasRhs() {
            return true;
        }

        @Override
        boolean isArray() {
            return true;
        }

        @Override
        void left(Out o) {
            o.enter();
            elem.left(o);
            o.leave();
        }

        @Override
        void right(Out o) {
            o.enter();
            o.add(" [").add(dim).add(']');
            elem.right(o);
            o.leave();
        }
    }

    static final class FunctionType extends Node {
        final Node ret;
        final List<Node> params;
        final String suffix;

        FunctionType(Node ret, List<Node> params, String suffix) {
            this.ret = ret;
            this.params = params;
            this.suffix = suffix;
        }

        @Override
        boolean hasRhs() {
            return true;
        }

        @Override
        boolean isFunction() {
            return true;
        }

        @Override
        void left(Out o) {
            o.enter();
            ret.left(o);
            if (!ret.hasRhs()) {
                o.add(' ');
            }
            o.leave();
        }

        @Override
        void right(Out o) {
            o.enter();
            o.add('(');
            printList(o, params);
            o.add(')');
            ret.right(o);
            o.add(suffix);
            o.leave();
        }
    }

    /** A whole function: [ret] name(params) [cv] [ref]. */
    static final class Encoding extends Node {
        final Node ret;
        final Node name;
        final List<Node> params;
        final String suffix;

        Encoding(Node ret, Node name, List<Node> params, String suffix) {
            this.ret = ret;
            this.name = name;
            this.params = params;
            this.suffix = suffix;
        }

        @Override
        void left(Out o) {
            o.enter();
            if (ret != null) {
                ret.left(o);
                if (!ret.hasRhs()) {
                    o.add(' ');
                }
            }
            name.print(o);
            o.leave();
        }

        @Override
        void right(Out o) {
            o.enter();
            o.add('(');
            printList(o, params);
            o.add(')');
            if (ret != null) {
                ret.right(o);
            }
            o.add(suffix);
            o.leave();
        }
    }
}
