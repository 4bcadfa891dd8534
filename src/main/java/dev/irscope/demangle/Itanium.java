package dev.irscope.demangle;

import static dev.irscope.demangle.Demangler.MAX_DEPTH;
import static dev.irscope.demangle.Invalid.invalid;
import dev.irscope.demangle.ItaniumNodes.*;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for the Itanium C++ ABI mangling (common subset), printed like c++filt. */
final class Itanium extends Cursor {
    private final List<Node> subs = new ArrayList<>();
    private List<Node> templateParams = new ArrayList<>();

    Itanium(String s) {
        super(s);
    }

    String demangleTop() {
        pos = 2;
        Node n = encoding(true);
        StringBuilder clones = new StringBuilder();
        while (pos < s.length() && s.charAt(pos) == '.' && pos + 1 < s.length()
                && (isLower(s.charAt(pos + 1)) || isDigit(s.charAt(pos + 1)) || s.charAt(pos + 1) == '_')) {
            int start = pos;
            pos += 2;
            while (pos < s.length() && (isLower(s.charAt(pos)) || isDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            while (pos + 1 < s.length() && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
                pos += 2;
                while (pos < s.length() && isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            clones.append(" [clone ").append(s, start, pos).append(']');
        }
        if (pos != s.length()) {
            return null;
        }
        Out o = new Out();
        n.print(o);
        o.add(clones.toString());
        return o.sb.toString();
    }

    private boolean atEncodingEnd() {
        char c = peek();
        return c == '\0' || c == 'E' || c == '.';
    }

    /** {@code <encoding> ::= <name> <bare-function-type> | <name> | <special-name>}. */
    private Node encoding(boolean top) {
        enter();
        try {
            char c = peek();
            if (c == 'T' || (c == 'G' && (peek(1) == 'V' || peek(1) == 'R' || peek(1) == 'T'))) {
                return specialName();
            }
            int[] quals = new int[1];
            String[] ref = new String[1];
            Node name = name(quals, ref, true);
            if (atEncodingEnd()) {
                if (quals[0] != 0 || ref[0] != null) {
                    throw invalid();
                }
                return name;
            }
            Node ret = null;
            if (name.endsWithTemplateArgs() && !name.isCtorDtorConv()) {
                ret = type();
            }
            List<Node> params = new ArrayList<>();
            if (peek() == 'v' && (peek(1) == '\0' || peek(1) == 'E' || peek(1) == '.')) {
                pos++;
            } else {
                do {
                    params.add(type());
                } while (!atEncodingEnd());
            }
            return new Encoding(ret, name, params, cvString(quals[0]) + (ref[0] == null ? "" : ref[0]));
        } finally {
            leave();
        }
    }

    static String cvString(int q) {
        StringBuilder sb = new StringBuilder();
        if ((q & 4) != 0) {
            sb.append(" const");
        }
        if ((q & 2) != 0) {
            sb.append(" volatile");
        }
        if ((q & 1) != 0) {
            sb.append(" restrict");
        }
        return sb.toString();
    }

    /** CV qualifiers r/V/K as bits restrict=1, volatile=2, const=4. */
    private int cvQualifiers() {
        int q = 0;
        if (eat('r')) {
            q |= 1;
        }
        if (eat('V')) {
            q |= 2;
        }
        if (eat('K')) {
            q |= 4;
        }
        return q;
    }

    private Node specialName() {
        if (eat("TV")) {
            return new Special("vtable for ", type(), null);
        }
        if (eat("TT")) {
            return new Special("VTT for ", type(), null);
        }
        if (eat("TI")) {
            return new Special("typeinfo for ", type(), null);
        }
        if (eat("TS")) {
            return new Special("typeinfo name for ", type(), null);
        }
        if (eat("TH")) {
            return new Special("TLS init function for ", name(null, null, false), null);
        }
        if (eat("TW")) {
            return new Special("TLS wrapper function for ", name(null, null, false), null);
        }
        if (eat("Th")) {
            callOffset('h');
            return new Special("non-virtual thunk to ", encoding(false), null);
        }
        if (eat("Tv")) {
            callOffset('v');
            return new Special("virtual thunk to ", encoding(false), null);
        }
        if (eat("Tc")) {
            callOffset(next());
            callOffset(next());
            return new Special("covariant return thunk to ", encoding(false), null);
        }
        if (eat("TC")) {
            Node derived = type();
            number();
            expect('_');
            Node base = type();
            Out o = new Out();
            base.print(o);
            o.add("-in-");
            derived.print(o);
            return new Name("construction vtable for " + o.sb);
        }
        if (eat("GTt")) {
            return new Special("transaction clone for ", encoding(false), null);
        }
        if (eat("GTn")) {
            return new Special("non-transaction clone for ", encoding(false), null);
        }
        if (eat("GV")) {
            return new Special("guard variable for ", name(null, null, false), null);
        }
        throw invalid();
    }

    private void callOffset(char kind) {
        if (kind == 'h') {
            number();
            expect('_');
        } else if (kind == 'v') {
            number();
            expect('_');
            number();
            expect('_');
        } else {
            throw invalid();
        }
    }

    /** {@code [n] <digits>}; returns the value as text ("-5" for n5). */
    private String number() {
        boolean neg = eat('n');
        int start = pos;
        while (isDigit(peek())) {
            pos++;
        }
        if (start == pos) {
            throw invalid();
        }
        String digits = s.substring(start, pos);
        return neg ? "-" + digits : digits;
    }

    private int smallNumber() {
        int start = pos;
        long v = 0;
        while (isDigit(peek())) {
            v = v * 10 + (s.charAt(pos++) - '0');
            if (v > s.length()) {
                throw invalid();
            }
        }
        if (start == pos) {
            throw invalid();
        }
        return (int) v;
    }

    /**
     * {@code <name>}: nested, local, unscoped (template) name. {@code quals}/{@code ref}
     * receive a nested name's method qualifiers when non-null.
     */
    private Node name(int[] quals, String[] ref, boolean tagTemplates) {
        enter();
        try {
            char c = peek();
            if (c == 'N') {
                return nestedName(quals, ref, tagTemplates);
            }
            if (c == 'Z') {
                return localName(quals, ref, tagTemplates);
            }
            Node n;
            boolean isSubst = false;
            if (c == 'S' && peek(1) == 't') {
                pos += 2;
                n = new Nested(new Name("std"), unqualifiedName(null));
            } else if (c == 'S') {
                n = substitution();
                isSubst = true;
            } else {
                n = unqualifiedName(null);
            }
            if (peek() == 'I') {
                if (!isSubst) {
                    subs.add(n);
                }
                n = new WithTemplateArgs(n, templateArgs(tagTemplates));
            } else if (isSubst) {
                throw invalid();
            }
            return n;
        } finally {
            leave();
        }
    }

    private Node localName(int[] quals, String[] ref, boolean tagTemplates) {
        expect('Z');
        Node fn = encoding(false);
        if (fn instanceof Encoding e && e.ret != null) {
            fn = new Encoding(null, e.name, e.params, e.suffix);
        }
        expect('E');
        Node entity;
        if (eat('s')) {
            entity = new Name("string literal");
        } else {
            if (peek() == 'd') {
                throw invalid();
            }
            entity = name(quals, ref, tagTemplates);
        }
        discriminator();
        return new Nested(fn, entity);
    }

    private void discriminator() {
        if (peek() == '_') {
            if (peek(1) == '_') {
                pos += 2;
                smallNumber();
                expect('_');
            } else if (isDigit(peek(1))) {
                pos += 2;
            }
        }
    }

    private Node nestedName(int[] quals, String[] ref, boolean tagTemplates) {
        expect('N');
        int q = cvQualifiers();
        String r = null;
        if (eat('R')) {
            r = " &";
        } else if (eat('O')) {
            r = " &&";
        }
        if (quals != null) {
            quals[0] = q;
            ref[0] = r;
        } else if (q != 0 || r != null) {
            throw invalid();
        }
        Node soFar = null;
        boolean lastPushed = false;
        while (!eat('E')) {
            enter();
            try {
                eat('L');
                char c = peek();
                if (c == 'S' && peek(1) == 't') {
                    if (soFar != null) {
                        throw invalid();
                    }
                    pos += 2;
                    soFar = new Name("std");
                    lastPushed = false;
                    continue;
                }
                if (c == 'S') {
                    if (soFar != null) {
                        throw invalid();
                    }
                    soFar = substitution();
                    lastPushed = false;
                    continue;
                }
                if (c == 'I') {
                    if (soFar == null) {
                        throw invalid();
                    }
                    soFar = new WithTemplateArgs(soFar, templateArgs(tagTemplates));
                } else if (c == 'T') {
                    if (soFar != null) {
                        throw invalid();
                    }
                    soFar = templateParam();
                } else if (c == 'D' && (peek(1) == 't' || peek(1) == 'T')) {
                    throw invalid();
                } else {
                    Node un = unqualifiedName(soFar);
                    soFar = soFar == null ? un : new Nested(soFar, un);
                }
                subs.add(soFar);
                lastPushed = true;
                eat('M');
            } finally {
                leave();
            }
        }
        if (soFar == null) {
            throw invalid();
        }
        if (lastPushed) {
            subs.remove(subs.size() - 1);
        }
        return soFar;
    }

    /** Source name, operator, ctor/dtor, unnamed type or closure type (+ ABI tags). */
    private Node unqualifiedName(Node scope) {
        enter();
        try {
            char c = peek();
            Node n;
            if (isDigit(c)) {
                n = sourceName();
            } else if (c == 'C' || (c == 'D' && isDigit(peek(1)))) {
                n = ctorDtor(scope);
            } else if (c == 'U') {
                n = unnamedType();
            } else if (isLower(c)) {
                n = operatorName();
            } else if (c == 'L') {
                pos++;
                n = sourceName();
            } else {
                throw invalid();
            }
            while (peek() == 'B') {
                pos++;
                Name tag = sourceName();
                n = new Name(textOf(n) + "[abi:" + tag.text + "]", n.baseName());
            }
            return n;
        } finally {
            leave();
        }
    }

    private static String textOf(Node n) {
        Out o = new Out();
        n.print(o);
        return o.sb.toString();
    }

    private Name sourceName() {
        int len = smallNumber();
        if (len == 0 || pos + len > s.length()) {
            throw invalid();
        }
        String id = s.substring(pos, pos + len);
        pos += len;
        if (id.length() >= 10 && id.startsWith("_GLOBAL_")
                && (id.charAt(8) == '.' || id.charAt(8) == '_' || id.charAt(8) == '$') && id.charAt(9) == 'N') {
            return new Name("(anonymous namespace)");
        }
        return new Name(id);
    }

    private Node ctorDtor(Node scope) {
        if (scope == null) {
            throw invalid();
        }
        String base = scope.baseName();
        if (base == null) {
            throw invalid();
        }
        if (eat('C')) {
            boolean inheriting = eat('I');
            char k = next();
            if (k < '1' || k > '5') {
                throw invalid();
            }
            if (inheriting) {
                Node inherited = type();
                String ib = inherited.baseName();
                if (ib == null) {
                    throw invalid();
                }
                return new Special(ib, null, base);
            }
            return new Special(base, null, base);
        }
        expect('D');
        char k = next();
        if (k != '0' && k != '1' && k != '2' && k != '4' && k != '5') {
            throw invalid();
        }
        return new Special("~" + base, null, base);
    }

    private Node unnamedType() {
        expect('U');
        if (eat('t')) {
            String n = isDigit(peek()) ? String.valueOf(Integer.parseInt(s.substring(pos, skipDigits())) + 2) : "1";
            expect('_');
            return new Name("{unnamed type#" + n + "}");
        }
        if (eat('l')) {
            List<Node> params = new ArrayList<>();
            if (peek() == 'v' && peek(1) == 'E') {
                pos++;
            } else {
                while (peek() != 'E') {
                    params.add(type());
                }
            }
            expect('E');
            String n = isDigit(peek()) ? String.valueOf(Integer.parseInt(s.substring(pos, skipDigits())) + 2) : "1";
            expect('_');
            Out o = new Out();
            o.add("{lambda(");
            ItaniumNodes.printList(o, params);
            o.add(")#").add(n).add('}');
            return new Name(o.sb.toString());
        }
        throw invalid();
    }

    private int skipDigits() {
        int start = pos;
        while (isDigit(peek())) {
            pos++;
            if (pos - start > 9) {
                throw invalid();
            }
        }
        return pos;
    }

    private static final String[][] OPERATORS = {
        {"nw", "new"}, {"na", "new[]"}, {"dl", "delete"}, {"da", "delete[]"}, {"ps", "+"}, {"ng", "-"},
        {"ad", "&"}, {"de", "*"}, {"co", "~"}, {"pl", "+"}, {"mi", "-"}, {"ml", "*"}, {"dv", "/"},
        {"rm", "%"}, {"an", "&"}, {"or", "|"}, {"eo", "^"}, {"aS", "="}, {"pL", "+="}, {"mI", "-="},
        {"mL", "*="}, {"dV", "/="}, {"rM", "%="}, {"aN", "&="}, {"oR", "|="}, {"eO", "^="},
        {"ls", "<<"}, {"rs", ">>"}, {"lS", "<<="}, {"rS", ">>="}, {"eq", "=="}, {"ne", "!="},
        {"lt", "<"}, {"gt", ">"}, {"le", "<="}, {"ge", ">="}, {"ss", "<=>"}, {"nt", "!"},
        {"aa", "&&"}, {"oo", "||"}, {"pp", "++"}, {"mm", "--"}, {"cm", ","}, {"pm", "->*"},
        {"pt", "->"}, {"cl", "()"}, {"ix", "[]"}, {"qu", "?"}, {"st", "sizeof "}, {"sz", "sizeof "},
        {"at", "alignof "}, {"az", "alignof "}, {"aw", "co_await"},
    };

    private Node operatorName() {
        if (eat("cv")) {
            Node t = type();
            Out o = new Out();
            o.add("operator ");
            t.print(o);
            return new Special(o.sb.toString(), null, null);
        }
        if (eat("li")) {
            Name n = sourceName();
            return new Name("operator\"\" " + n.text);
        }
        if (peek() == 'v' && isDigit(peek(1))) {
            pos += 2;
            Name n = sourceName();
            return new Name("operator " + n.text);
        }
        for (String[] op : OPERATORS) {
            if (s.startsWith(op[0], pos)) {
                pos += 2;
                String sym = op[1];
                boolean alpha = Character.isLetter(sym.charAt(0));
                return new Name("operator" + (alpha ? " " : "") + sym);
            }
        }
        throw invalid();
    }

    /**
     * Itanium's std:: abbreviations: {@code Sa} allocator, {@code Sb} basic_string, and the four
     * stream/string ones whose constructor and destructor names need the full template form.
     * Columns: code, name, short name (for ctors), full name used when a ctor/dtor follows.
     */
    private static final String[][] STD_ABBREVIATIONS = {
        {"a", "std::allocator", "allocator", null},
        {"b", "std::basic_string", "basic_string", null},
        {"s", "std::string", "basic_string", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >"},
        {"i", "std::istream", "basic_istream", "std::basic_istream<char, std::char_traits<char> >"},
        {"o", "std::ostream", "basic_ostream", "std::basic_ostream<char, std::char_traits<char> >"},
        {"d", "std::iostream", "basic_iostream", "std::basic_iostream<char, std::char_traits<char> >"},
    };

    /** {@code S_}, {@code S<seq>_} and the std:: abbreviations. */
    private Node substitution() {
        expect('S');
        char c = peek();
        for (String[] abbr : STD_ABBREVIATIONS) {
            if (abbr[0].charAt(0) != c) continue;
            pos++;
            boolean ctorFollows = abbr[3] != null && (peek() == 'C' || peek() == 'D');
            return new Name(ctorFollows ? abbr[3] : abbr[1], abbr[2]);
        }
        long idx = 0;
        if (!eat('_')) {
            long v = 0;
            while (true) {
                char d = next();
                if (d == '_') {
                    break;
                }
                int dv;
                if (isDigit(d)) {
                    dv = d - '0';
                } else if (d >= 'A' && d <= 'Z') {
                    dv = d - 'A' + 10;
                } else {
                    throw invalid();
                }
                v = v * 36 + dv;
                if (v > subs.size()) {
                    throw invalid();
                }
            }
            idx = v + 1;
        }
        if (idx >= subs.size()) {
            throw invalid();
        }
        return subs.get((int) idx);
    }

    private Node templateParam() {
        expect('T');
        long idx = 0;
        if (!eat('_')) {
            int start = pos;
            skipDigits();
            if (start == pos) {
                throw invalid();
            }
            idx = Long.parseLong(s.substring(start, pos)) + 1;
            expect('_');
        }
        if (idx >= templateParams.size() || templateParams.get((int) idx) == null) {
            throw invalid();
        }
        return new ParamRef(templateParams.get((int) idx));
    }

    private List<Node> templateArgs(boolean tag) {
        expect('I');
        List<Node> args = new ArrayList<>();
        List<Node> params = null;
        if (tag) {
            params = new ArrayList<>();
            templateParams = params;
        }
        while (!eat('E')) {
            enter();
            try {
                Node a = templateArg();
                args.add(a);
                if (params != null) {
                    params.add(a);
                }
            } finally {
                leave();
            }
        }
        return args;
    }

    private Node templateArg() {
        char c = peek();
        if (c == 'L') {
            return literal();
        }
        if (c == 'J') {
            pos++;
            List<Node> items = new ArrayList<>();
            while (!eat('E')) {
                enter();
                try {
                    items.add(templateArg());
                } finally {
                    leave();
                }
            }
            return new Pack(items);
        }
        if (c == 'X') {
            throw invalid();
        }
        return type();
    }

    private Node literal() {
        expect('L');
        if (eat("_Z")) {
            Node e = encoding(false);
            expect('E');
            return e;
        }
        char t = next();
        String castType;
        String suffix = "";
        switch (t) {
            case 'b' -> {
                String v = number();
                expect('E');
                if (v.equals("0")) {
                    return new Name("false");
                }
                if (v.equals("1")) {
                    return new Name("true");
                }
                return new Name("(bool)" + v);
            }
            case 'i' -> castType = null;
            case 'j' -> {
                castType = null;
                suffix = "u";
            }
            case 'l' -> {
                castType = null;
                suffix = "l";
            }
            case 'm' -> {
                castType = null;
                suffix = "ul";
            }
            case 'x' -> {
                castType = null;
                suffix = "ll";
            }
            case 'y' -> {
                castType = null;
                suffix = "ull";
            }
            case 'c' -> castType = "char";
            case 'a' -> castType = "signed char";
            case 'h' -> castType = "unsigned char";
            case 's' -> castType = "short";
            case 't' -> castType = "unsigned short";
            case 'w' -> castType = "wchar_t";
            case 'n' -> castType = "__int128";
            case 'o' -> castType = "unsigned __int128";
            case 'N', 'S' -> {
                // Enumerators: (Enum)value.
                pos--;
                Node et = type();
                String v = number();
                expect('E');
                Out o = new Out();
                o.add('(');
                et.print(o);
                o.add(')').add(v);
                return new Name(o.sb.toString());
            }
            default -> {
                if (!isDigit(t)) {
                    throw invalid();
                }
                pos--;
                Node ty = type();
                String v = number();
                expect('E');
                Out o = new Out();
                o.add('(');
                ty.print(o);
                o.add(')').add(v);
                return new Name(o.sb.toString());
            }
        }
        String v = number();
        expect('E');
        return new Name(castType == null ? v + suffix : "(" + castType + ")" + v);
    }

    private static String builtin(char c) {
        return switch (c) {
            case 'v' -> "void";
            case 'w' -> "wchar_t";
            case 'b' -> "bool";
            case 'c' -> "char";
            case 'a' -> "signed char";
            case 'h' -> "unsigned char";
            case 's' -> "short";
            case 't' -> "unsigned short";
            case 'i' -> "int";
            case 'j' -> "unsigned int";
            case 'l' -> "long";
            case 'm' -> "unsigned long";
            case 'x' -> "long long";
            case 'y' -> "unsigned long long";
            case 'n' -> "__int128";
            case 'o' -> "unsigned __int128";
            case 'f' -> "float";
            case 'd' -> "double";
            case 'e' -> "long double";
            case 'g' -> "__float128";
            case 'z' -> "...";
            default -> null;
        };
    }

    private static String builtinD(char c) {
        return switch (c) {
            case 'd' -> "decimal64";
            case 'e' -> "decimal128";
            case 'f' -> "decimal32";
            case 'h' -> "half";
            case 'i' -> "char32_t";
            case 's' -> "char16_t";
            case 'u' -> "char8_t";
            case 'a' -> "auto";
            case 'c' -> "decltype(auto)";
            case 'n' -> "decltype(nullptr)";
            default -> null;
        };
    }

    private Node type() {
        enter();
        try {
            return type0();
        } finally {
            leave();
        }
    }

    private Node type0() {
        char c = peek();
        String b = builtin(c);
        if (b != null) {
            pos++;
            return new Name(b);
        }
        Node result;
        switch (c) {
            case 'D' -> {
                char d = peek(1);
                String bd = builtinD(d);
                if (bd != null) {
                    pos += 2;
                    return new Name(bd);
                }
                if (d == 'F') {
                    pos += 2;
                    int start = pos;
                    skipDigits();
                    if (start == pos) {
                        throw invalid();
                    }
                    String bits = s.substring(start, pos);
                    expect('_');
                    return new Name("_Float" + bits);
                }
                if (d == 'p') {
                    pos += 2;
                    Node child = type();
                    int size = packSize(child);
                    result = new PackExpansion(child, size);
                } else if (d == 'v') {
                    pos += 2;
                    int start = pos;
                    skipDigits();
                    if (start == pos) {
                        throw invalid();
                    }
                    String n = s.substring(start, pos);
                    expect('_');
                    Node elem = type();
                    Out o = new Out();
                    elem.print(o);
                    result = new Name(o.sb + " __vector(" + n + ")");
                } else {
                    throw invalid();
                }
            }
            case 'r', 'V', 'K' -> {
                int q = cvQualifiers();
                // A cv-qualified function type (member function pointers) is a single
                // substitution candidate, like LLVM's and libiberty's demanglers treat it.
                Node child = peek() == 'F' ? functionType() : type();
                result = new Qualified(child, cvString(q), q);
            }
            case 'P' -> {
                pos++;
                result = new PtrLike(type(), "*", null);
            }
            case 'R' -> {
                pos++;
                result = new PtrLike(type(), "&", null);
            }
            case 'O' -> {
                pos++;
                result = new PtrLike(type(), "&&", null);
            }
            case 'C' -> {
                pos++;
                result = new Qualified(type(), " _Complex");
            }
            case 'G' -> {
                pos++;
                result = new Qualified(type(), " _Imaginary");
            }
            case 'F' -> result = functionType();
            case 'A' -> {
                pos++;
                String dim = "";
                if (isDigit(peek())) {
                    int start = pos;
                    while (isDigit(peek())) {
                        pos++;
                    }
                    dim = s.substring(start, pos);
                } else if (peek() != '_') {
                    throw invalid();
                }
                expect('_');
                result = new ArrayType(type(), dim);
            }
            case 'M' -> {
                pos++;
                Node cls = type();
                Node member = type();
                result = new PtrLike(member, "*", cls);
            }
            case 'T' -> {
                result = templateParam();
                if (peek() == 'I') {
                    subs.add(result);
                    result = new WithTemplateArgs(result, templateArgs(false));
                }
            }
            case 'S' -> {
                if (peek(1) == 't') {
                    result = name(null, null, false);
                } else {
                    Node sub = substitution();
                    if (peek() == 'I') {
                        result = new WithTemplateArgs(sub, templateArgs(false));
                    } else {
                        return sub;
                    }
                }
            }
            case 'N', 'Z' -> result = name(null, null, false);
            case 'U' -> throw invalid();
            default -> {
                if (isDigit(c)) {
                    result = name(null, null, false);
                } else {
                    throw invalid();
                }
            }
        }
        subs.add(result);
        return result;
    }

    private int packSize(Node n) {
        int[] size = {-1};
        findPack(n, size, 0);
        if (size[0] < 0) {
            throw invalid();
        }
        return size[0];
    }

    private void findPack(Node n, int[] size, int d) {
        if (d > MAX_DEPTH || size[0] >= 0) {
            return;
        }
        if (n instanceof ParamRef p) {
            if (p.arg instanceof Pack pk) {
                size[0] = pk.items.size();
            }
        } else if (n instanceof Qualified q) {
            findPack(q.child, size, d + 1);
        } else if (n instanceof PtrLike p) {
            findPack(p.child, size, d + 1);
        } else if (n instanceof WithTemplateArgs w) {
            for (Node a : w.args) {
                findPack(a, size, d + 1);
            }
        } else if (n instanceof FunctionType f) {
            findPack(f.ret, size, d + 1);
            for (Node a : f.params) {
                findPack(a, size, d + 1);
            }
        } else if (n instanceof ArrayType a) {
            findPack(a.elem, size, d + 1);
        }
    }

    private Node functionType() {
        expect('F');
        eat('Y');
        Node ret = type();
        List<Node> params = new ArrayList<>();
        String ref = "";
        if (peek() == 'v' && peek(1) == 'E') {
            pos++;
        }
        while (true) {
            if (eat('E')) {
                break;
            }
            if (peek() == 'R' && peek(1) == 'E') {
                pos += 2;
                ref = " &";
                break;
            }
            if (peek() == 'O' && peek(1) == 'E') {
                pos += 2;
                ref = " &&";
                break;
            }
            params.add(type());
        }
        return new FunctionType(ret, params, ref);
    }
}
