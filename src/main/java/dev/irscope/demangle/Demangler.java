package dev.irscope.demangle;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Symbol demangler for Rust (legacy and v0) and the common subset of the C++ Itanium ABI.
 *
 * <p>Rust output follows rustc-demangle's alternate ({@code {:#}}) format: no trailing
 * {@code ::h<hash>} on legacy names, no {@code [crate-hash]} and no type suffixes on
 * constants in v0 names. C++ output follows GNU c++filt without {@code DMGL_VERBOSE}
 * ({@code c++filt -i}): {@code std::string} abbreviations, {@code > >} between closing
 * template brackets, {@code [clone .cold]} for clone suffixes.
 *
 * <p>Anything not understood is returned unchanged; the demangler never returns a partial
 * result. Recursion depth is capped at {@value #MAX_DEPTH} and output at {@value #MAX_OUTPUT}
 * characters; a symbol exceeding either is returned unchanged.
 */
public final class Demangler {
    static final int MAX_DEPTH = 500;
    static final int MAX_OUTPUT = 64 * 1024;
    /** Bound on total parser steps, so backref fan-out cannot burn time without output. */
    static final int MAX_STEPS = 2_000_000;

    private Demangler() {}

    /** The demangled form of a symbol, or the name itself if it is not a mangled Rust or C++ name. Never throws. */
    public static String demangle(String symbol) {
        if (symbol == null || symbol.length() < 3) {
            return symbol;
        }
        try {
            String r = tryDemangle(symbol);
            return r == null ? symbol : r;
        } catch (RuntimeException | StackOverflowError e) {
            return symbol;
        }
    }

    private static String tryDemangle(String s) {
        if (s.startsWith("_R")) {
            return rust(s);
        }
        if (s.startsWith("_ZN")) {
            String r = rust(s);
            if (r != null) {
                return r;
            }
        }
        if (s.startsWith("_Z")) {
            return new Itanium(s).demangleTop();
        }
        if (s.startsWith("_GLOBAL_") && s.length() > 11) {
            return globalCtorDtor(s);
        }
        return null;
    }

    /** Thrown (without a stack trace) when a symbol is malformed, too deep or too long. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Invalid INSTANCE = new Invalid();

        private Invalid() {
            super("invalid mangled name", null, false, false);
        }
    }

    private static Invalid invalid() {
        return Invalid.INSTANCE;
    }

    // ------------------------------------------------------------------------------------
    // Rust: common entry (ThinLTO suffix, suffix validation), legacy and v0
    // ------------------------------------------------------------------------------------

    private static String rust(String s) {
        // ThinLTO promotion appends ".llvm.<hex>"; rustc-demangle strips it first.
        int llvm = s.indexOf(".llvm.");
        if (llvm >= 0) {
            boolean allHex = true;
            for (int i = llvm + 6; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!((c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == '@')) {
                    allHex = false;
                    break;
                }
            }
            if (allHex) {
                s = s.substring(0, llvm);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return null;
            }
        }
        String[] out = new String[2];
        boolean ok = s.startsWith("_ZN") ? rustLegacy(s, out) : new V0(s).demangle(out);
        if (!ok) {
            return null;
        }
        String suffix = out[1];
        if (!suffix.isEmpty()) {
            if (suffix.charAt(0) != '.' || !symbolLike(suffix)) {
                return null;
            }
        }
        return out[0] + suffix;
    }

    private static boolean symbolLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Legacy mangling: {@code _ZN (<len><ident>)+ E}, last ident {@code h<16 hex>}. */
    private static boolean rustLegacy(String s, String[] out) {
        int p = 3;
        List<String> elements = new ArrayList<>();
        while (true) {
            if (p >= s.length()) {
                return false;
            }
            char c = s.charAt(p);
            if (c == 'E') {
                p++;
                break;
            }
            if (c < '0' || c > '9') {
                return false;
            }
            long len = 0;
            while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                len = len * 10 + (s.charAt(p) - '0');
                if (len > s.length()) {
                    return false;
                }
                p++;
            }
            if (len == 0 || p + len > s.length()) {
                return false;
            }
            elements.add(s.substring(p, p + (int) len));
            p += (int) len;
        }
        if (elements.size() < 2 || !isLegacyHash(elements.get(elements.size() - 1))) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (i > 0) {
                sb.append("::");
            }
            legacyElement(elements.get(i), sb);
            if (sb.length() > MAX_OUTPUT) {
                throw invalid();
            }
        }
        out[0] = sb.toString();
        out[1] = s.substring(p);
        return true;
    }

    private static boolean isLegacyHash(String e) {
        if (e.length() != 17 || e.charAt(0) != 'h') {
            return false;
        }
        for (int i = 1; i < 17; i++) {
            if (Character.digit(e.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void legacyElement(String rest, StringBuilder f) {
        if (rest.startsWith("_$")) {
            rest = rest.substring(1);
        }
        int i = 0;
        int n = rest.length();
        while (i < n) {
            char c = rest.charAt(i);
            if (c == '.') {
                if (i + 1 < n && rest.charAt(i + 1) == '.') {
                    f.append("::");
                    i += 2;
                } else {
                    f.append('.');
                    i++;
                }
            } else if (c == '$') {
                int end = rest.indexOf('$', i + 1);
                if (end < 0) {
                    break;
                }
                String esc = rest.substring(i + 1, end);
                String un = switch (esc) {
                    case "SP" -> "@";
                    case "BP" -> "*";
                    case "RF" -> "&";
                    case "LT" -> "<";
                    case "GT" -> ">";
                    case "LP" -> "(";
                    case "RP" -> ")";
                    case "C" -> ",";
                    default -> legacyUnicodeEscape(esc);
                };
                if (un == null) {
                    break;
                }
                f.append(un);
                i = end + 1;
            } else {
                int j = i;
                while (j < n && rest.charAt(j) != '$' && rest.charAt(j) != '.') {
                    j++;
                }
                f.append(rest, i, j);
                i = j;
            }
        }
        f.append(rest, i, n);
    }

    private static String legacyUnicodeEscape(String esc) {
        if (esc.length() < 2 || esc.charAt(0) != 'u' || esc.length() > 9) {
            return null;
        }
        int v = 0;
        for (int k = 1; k < esc.length(); k++) {
            char d = esc.charAt(k);
            int dv;
            if (d >= '0' && d <= '9') {
                dv = d - '0';
            } else if (d >= 'a' && d <= 'f') {
                dv = d - 'a' + 10;
            } else {
                return null;
            }
            v = v * 16 + dv;
            if (v > 0x10FFFF) {
                return null;
            }
        }
        if ((v >= 0xD800 && v <= 0xDFFF) || Character.isISOControl(v)) {
            return null;
        }
        return new String(Character.toChars(v));
    }

    // ------------------------------------------------------------------------------------
    // Rust v0 (RFC 2603), printed like rustc-demangle's alternate format
    // ------------------------------------------------------------------------------------

    private static final class V0 extends Cursor {
        private int boundLifetimeDepth;
        /** When positive, output is discarded (skipping the impl path and instantiating crate). */
        private int muted;
        private final StringBuilder out = new StringBuilder();

        V0(String s) {
            super(s);
        }

        boolean demangle(String[] result) {
            pos = 2;
            if (pos >= s.length() || !isUpper(s.charAt(pos))) {
                return false;
            }
            printPath(true);
            if (pos < s.length() && isUpper(s.charAt(pos))) {
                muted++;
                printPath(false);
                muted--;
            }
            result[0] = out.toString();
            result[1] = s.substring(pos);
            return true;
        }


        private void print(String s) {
            if (muted == 0) {
                out.append(s);
                if (out.length() > MAX_OUTPUT) {
                    throw invalid();
                }
            }
        }

        private void print(char c) {
            if (muted == 0) {
                out.append(c);
                if (out.length() > MAX_OUTPUT) {
                    throw invalid();
                }
            }
        }






        private String hexNibbles() {
            int start = pos;
            while (true) {
                char c = next();
                if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                    continue;
                }
                if (c == '_') {
                    break;
                }
                throw invalid();
            }
            return s.substring(start, pos - 1);
        }

        private long integer62() {
            if (eat('_')) {
                return 0;
            }
            long x = 0;
            while (!eat('_')) {
                char c = next();
                int d;
                if (c >= '0' && c <= '9') {
                    d = c - '0';
                } else if (c >= 'a' && c <= 'z') {
                    d = 10 + c - 'a';
                } else if (c >= 'A' && c <= 'Z') {
                    d = 36 + c - 'A';
                } else {
                    throw invalid();
                }
                // u64 arithmetic, as in rustc-demangle: disambiguators are 64-bit hashes.
                if (Long.compareUnsigned(x, Long.divideUnsigned(-1L, 62)) > 0) {
                    throw invalid();
                }
                x *= 62;
                if (Long.compareUnsigned(x + d, x) < 0) {
                    throw invalid();
                }
                x += d;
            }
            return plusOne(x);
        }

        private static long plusOne(long x) {
            if (x == -1L) {
                throw invalid();
            }
            return x + 1;
        }

        private long optInteger62(char tag) {
            if (!eat(tag)) {
                return 0;
            }
            return plusOne(integer62());
        }

        private long disambiguator() {
            return optInteger62('s');
        }

        /** Returns the start of a {@code B<base-62>_} target; the tag 'B' was just consumed. */
        private int backrefTarget() {
            int start = pos - 1;
            long i = integer62();
            if (Long.compareUnsigned(i, start - 2) >= 0) {
                throw invalid();
            }
            return 2 + (int) i;
        }

        private interface Step {
            void run();
        }

        private void atBackref(Step step) {
            int target = backrefTarget();
            int saved = pos;
            pos = target;
            enter();
            step.run();
            leave();
            pos = saved;
        }

        /** An identifier: {@code [u] <decimal> [_] <bytes>}; returns printable text ("" if empty). */
        private String ident() {
            boolean puny = eat('u');
            char c = peek();
            if (c < '0' || c > '9') {
                throw invalid();
            }
            long len = next() - '0';
            if (len != 0) {
                while (peek() >= '0' && peek() <= '9') {
                    len = len * 10 + (next() - '0');
                    if (len > s.length()) {
                        throw invalid();
                    }
                }
            }
            eat('_');
            if (pos + len > s.length()) {
                throw invalid();
            }
            String raw = s.substring(pos, pos + (int) len);
            pos += (int) len;
            if (!puny) {
                return raw;
            }
            int us = raw.lastIndexOf('_');
            String ascii = us < 0 ? "" : raw.substring(0, us);
            String code = us < 0 ? raw : raw.substring(us + 1);
            if (code.isEmpty()) {
                throw invalid();
            }
            String decoded = punycode(ascii, code);
            if (decoded != null) {
                return decoded;
            }
            return "punycode{" + (ascii.isEmpty() ? "" : ascii + "-") + code + "}";
        }

        private void printPath(boolean inValue) {
            enter();
            char tag = next();
            switch (tag) {
                case 'C' -> {
                    disambiguator();
                    print(ident());
                }
                case 'N' -> {
                    char ns = next();
                    if (!((ns >= 'A' && ns <= 'Z') || (ns >= 'a' && ns <= 'z'))) {
                        throw invalid();
                    }
                    printPath(inValue);
                    long dis = disambiguator();
                    String name = ident();
                    if (ns >= 'A' && ns <= 'Z') {
                        print("::{");
                        print(ns == 'C' ? "closure" : ns == 'S' ? "shim" : String.valueOf(ns));
                        if (!name.isEmpty()) {
                            print(':');
                            print(name);
                        }
                        print('#');
                        print(Long.toUnsignedString(dis));
                        print('}');
                    } else if (!name.isEmpty()) {
                        print("::");
                        print(name);
                    }
                }
                case 'M', 'X', 'Y' -> {
                    if (tag != 'Y') {
                        disambiguator();
                        muted++;
                        printPath(false);
                        muted--;
                    }
                    print('<');
                    printType();
                    if (tag != 'M') {
                        print(" as ");
                        printPath(false);
                    }
                    print('>');
                }
                case 'I' -> {
                    printPath(inValue);
                    if (inValue) {
                        print("::");
                    }
                    print('<');
                    int n = 0;
                    while (!eat('E')) {
                        if (n++ > 0) {
                            print(", ");
                        }
                        printGenericArg();
                    }
                    print('>');
                }
                case 'B' -> atBackref(() -> printPath(inValue));
                default -> throw invalid();
            }
            leave();
        }

        private void printGenericArg() {
            if (eat('L')) {
                printLifetime(integer62());
            } else if (eat('K')) {
                printConst(false);
            } else {
                printType();
            }
        }

        private void printLifetime(long lt) {
            print('\'');
            if (lt == 0) {
                print('_');
                return;
            }
            if (Long.compareUnsigned(lt, boundLifetimeDepth) > 0) {
                throw invalid();
            }
            long d = boundLifetimeDepth - lt;
            if (d < 26) {
                print((char) ('a' + d));
            } else {
                print('_');
                print(Long.toString(d));
            }
        }

        private void inBinder(Step body) {
            long bound = optInteger62('G');
            if (Long.compareUnsigned(bound, MAX_OUTPUT) > 0) {
                throw invalid();
            }
            if (bound > 0) {
                print("for<");
                for (long i = 0; i < bound; i++) {
                    if (i > 0) {
                        print(", ");
                    }
                    boundLifetimeDepth++;
                    printLifetime(1);
                }
                print("> ");
            }
            body.run();
            boundLifetimeDepth -= (int) bound;
        }

        private static String basicType(char tag) {
            return switch (tag) {
                case 'b' -> "bool";
                case 'c' -> "char";
                case 'e' -> "str";
                case 'u' -> "()";
                case 'a' -> "i8";
                case 's' -> "i16";
                case 'l' -> "i32";
                case 'x' -> "i64";
                case 'n' -> "i128";
                case 'i' -> "isize";
                case 'h' -> "u8";
                case 't' -> "u16";
                case 'm' -> "u32";
                case 'y' -> "u64";
                case 'o' -> "u128";
                case 'j' -> "usize";
                case 'f' -> "f32";
                case 'd' -> "f64";
                case 'z' -> "!";
                case 'p' -> "_";
                case 'v' -> "...";
                default -> null;
            };
        }

        private void printType() {
            char tag = next();
            String basic = basicType(tag);
            if (basic != null) {
                print(basic);
                return;
            }
            enter();
            switch (tag) {
                case 'R', 'Q' -> {
                    print('&');
                    if (eat('L')) {
                        long lt = integer62();
                        if (lt != 0) {
                            printLifetime(lt);
                            print(' ');
                        }
                    }
                    if (tag != 'R') {
                        print("mut ");
                    }
                    printType();
                }
                case 'P', 'O' -> {
                    print(tag == 'P' ? "*const " : "*mut ");
                    printType();
                }
                case 'A', 'S' -> {
                    print('[');
                    printType();
                    if (tag == 'A') {
                        print("; ");
                        printConst(true);
                    }
                    print(']');
                }
                case 'T' -> {
                    print('(');
                    int n = 0;
                    while (!eat('E')) {
                        if (n++ > 0) {
                            print(", ");
                        }
                        printType();
                    }
                    if (n == 1) {
                        print(',');
                    }
                    print(')');
                }
                case 'F' -> inBinder(this::printFnSig);
                case 'D' -> {
                    print("dyn ");
                    inBinder(() -> {
                        int n = 0;
                        while (!eat('E')) {
                            if (n++ > 0) {
                                print(" + ");
                            }
                            printDynTrait();
                        }
                    });
                    if (!eat('L')) {
                        throw invalid();
                    }
                    long lt = integer62();
                    if (lt != 0) {
                        print(" + ");
                        printLifetime(lt);
                    }
                }
                case 'B' -> atBackref(this::printType);
                default -> {
                    pos--;
                    printPath(false);
                }
            }
            leave();
        }

        private void printFnSig() {
            boolean unsafe = eat('U');
            String abi = null;
            if (eat('K')) {
                if (eat('C')) {
                    abi = "C";
                } else {
                    int before = pos;
                    boolean puny = peek() == 'u';
                    String a = ident();
                    if (a.isEmpty() || puny) {
                        pos = before;
                        throw invalid();
                    }
                    abi = a.replace('_', '-');
                }
            }
            if (unsafe) {
                print("unsafe ");
            }
            if (abi != null) {
                print("extern \"");
                print(abi);
                print("\" ");
            }
            print("fn(");
            int n = 0;
            while (!eat('E')) {
                if (n++ > 0) {
                    print(", ");
                }
                printType();
            }
            print(')');
            if (!eat('u')) {
                print(" -> ");
                printType();
            }
        }

        /** Prints a path, leaving a generic-args list open; returns whether it is open. */
        private boolean printPathMaybeOpenGenerics() {
            if (eat('B')) {
                int target = backrefTarget();
                int saved = pos;
                pos = target;
                enter();
                boolean open = printPathMaybeOpenGenerics();
                leave();
                pos = saved;
                return open;
            }
            if (eat('I')) {
                printPath(false);
                print('<');
                int n = 0;
                while (!eat('E')) {
                    if (n++ > 0) {
                        print(", ");
                    }
                    printGenericArg();
                }
                return true;
            }
            printPath(false);
            return false;
        }

        private void printDynTrait() {
            enter();
            boolean open = printPathMaybeOpenGenerics();
            while (eat('p')) {
                print(open ? ", " : "<");
                open = true;
                print(ident());
                print(" = ");
                printType();
            }
            if (open) {
                print('>');
            }
            leave();
        }

        private void printConst(boolean inValue) {
            char tag = next();
            enter();
            boolean braced = false;
            switch (tag) {
                case 'p' -> print('_');
                case 'h', 't', 'm', 'y', 'o', 'j' -> printConstUint();
                case 'a', 's', 'l', 'x', 'n', 'i' -> {
                    if (eat('n')) {
                        print('-');
                    }
                    printConstUint();
                }
                case 'b' -> {
                    String h = stripZeros(hexNibbles());
                    if (h.equals("")) {
                        print("false");
                    } else if (h.equals("1")) {
                        print("true");
                    } else {
                        throw invalid();
                    }
                }
                case 'c' -> {
                    String h = stripZeros(hexNibbles());
                    if (h.length() > 8) {
                        throw invalid();
                    }
                    long v = h.isEmpty() ? 0 : Long.parseLong(h, 16);
                    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
                        throw invalid();
                    }
                    print('\'');
                    print(escapeDebug((int) v, '\''));
                    print('\'');
                }
                case 'e' -> {
                    braced = openBrace(inValue);
                    print('*');
                    printStrLiteral();
                }
                case 'R', 'Q' -> {
                    if (tag == 'R' && eat('e')) {
                        printStrLiteral();
                    } else {
                        braced = openBrace(inValue);
                        print('&');
                        if (tag != 'R') {
                            print("mut ");
                        }
                        printConst(true);
                    }
                }
                case 'A' -> {
                    braced = openBrace(inValue);
                    print('[');
                    int n = 0;
                    while (!eat('E')) {
                        if (n++ > 0) {
                            print(", ");
                        }
                        printConst(true);
                    }
                    print(']');
                }
                case 'T' -> {
                    braced = openBrace(inValue);
                    print('(');
                    int n = 0;
                    while (!eat('E')) {
                        if (n++ > 0) {
                            print(", ");
                        }
                        printConst(true);
                    }
                    if (n == 1) {
                        print(',');
                    }
                    print(')');
                }
                case 'V' -> {
                    braced = openBrace(inValue);
                    printPath(true);
                    char kind = next();
                    if (kind == 'T') {
                        print('(');
                        int n = 0;
                        while (!eat('E')) {
                            if (n++ > 0) {
                                print(", ");
                            }
                            printConst(true);
                        }
                        print(')');
                    } else if (kind == 'S') {
                        print(" { ");
                        int n = 0;
                        while (!eat('E')) {
                            if (n++ > 0) {
                                print(", ");
                            }
                            disambiguator();
                            print(ident());
                            print(": ");
                            printConst(true);
                        }
                        print(" }");
                    } else if (kind != 'U') {
                        throw invalid();
                    }
                }
                case 'B' -> atBackref(() -> printConst(inValue));
                default -> throw invalid();
            }
            if (braced) {
                print('}');
            }
            leave();
        }

        private boolean openBrace(boolean inValue) {
            if (!inValue) {
                print('{');
                return true;
            }
            return false;
        }

        private static String stripZeros(String h) {
            int i = 0;
            while (i < h.length() && h.charAt(i) == '0') {
                i++;
            }
            return h.substring(i);
        }

        private void printConstUint() {
            String hex = hexNibbles();
            String t = stripZeros(hex);
            if (t.length() > 16) {
                print("0x");
                print(hex);
            } else {
                print(t.isEmpty() ? "0" : Long.toUnsignedString(Long.parseUnsignedLong(t, 16)));
            }
        }

        private void printStrLiteral() {
            String hex = hexNibbles();
            if (hex.length() % 2 != 0) {
                throw invalid();
            }
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            String str;
            try {
                str = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw invalid();
            }
            print('"');
            str.codePoints().forEach(cp -> print(escapeDebug(cp, '"')));
            print('"');
        }
    }

    /** Rust's {@code char::escape_debug} (approximated for printability), inside the given quote. */
    static String escapeDebug(int cp, char quote) {
        switch (cp) {
            case '\t':
                return "\\t";
            case '\r':
                return "\\r";
            case '\n':
                return "\\n";
            case '\\':
                return "\\\\";
            case 0:
                return "\\0";
            default:
                break;
        }
        if (cp == '\'' || cp == '"') {
            return cp == quote ? "\\" + (char) cp : String.valueOf((char) cp);
        }
        int type = Character.getType(cp);
        boolean escape = switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            case Character.SPACE_SEPARATOR -> cp != ' ';
            default -> false;
        };
        if (escape) {
            return "\\u{" + Integer.toHexString(cp) + "}";
        }
        return new String(Character.toChars(cp));
    }

    /** RFC 3492 punycode decoding of {@code ascii} + deltas; null if malformed or too long. */
    static String punycode(String ascii, String code) {
        final int base = 36;
        final int tMin = 1;
        final int tMax = 26;
        final int skew = 38;
        int damp = 700;
        int bias = 72;
        long i = 0;
        long n = 0x80;
        List<Integer> outCps = new ArrayList<>();
        ascii.codePoints().forEach(outCps::add);
        int p = 0;
        while (p < code.length()) {
            long delta = 0;
            long w = 1;
            int k = 0;
            while (true) {
                k += base;
                int t = Math.min(Math.max(k - bias, tMin), tMax);
                if (p >= code.length()) {
                    return null;
                }
                char c = code.charAt(p++);
                int d;
                if (c >= 'a' && c <= 'z') {
                    d = c - 'a';
                } else if (c >= '0' && c <= '9') {
                    d = 26 + (c - '0');
                } else {
                    return null;
                }
                delta += d * w;
                if (delta > Integer.MAX_VALUE) {
                    return null;
                }
                if (d < t) {
                    break;
                }
                w *= (base - t);
                if (w > Integer.MAX_VALUE) {
                    return null;
                }
            }
            int len = outCps.size() + 1;
            i += delta;
            n += i / len;
            i %= len;
            if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) {
                return null;
            }
            if (len > 4096) {
                return null;
            }
            outCps.add((int) i, (int) n);
            i++;
            if (p >= code.length()) {
                break;
            }
            delta /= damp;
            damp = 2;
            delta += delta / len;
            int kk = 0;
            while (delta > ((base - tMin) * tMax) / 2) {
                delta /= base - tMin;
                kk += base;
            }
            bias = (int) (kk + ((base - tMin + 1) * delta) / (delta + skew));
        }
        StringBuilder sb = new StringBuilder();
        for (int cp : outCps) {
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------
    // _GLOBAL__sub_I_ / _GLOBAL__I_ / _GLOBAL__D_ static initialisers
    // ------------------------------------------------------------------------------------

    private static String globalCtorDtor(String s) {
        char sep = s.charAt(8);
        if (sep != '_' && sep != '.' && sep != '$') {
            return null;
        }
        String rest;
        boolean ctor;
        if (s.startsWith("sub_I_", 9)) {
            rest = s.substring(15);
            ctor = true;
        } else if (s.startsWith("sub_D_", 9)) {
            rest = s.substring(15);
            ctor = false;
        } else if ((s.charAt(9) == 'I' || s.charAt(9) == 'D') && s.charAt(10) == '_') {
            rest = s.substring(11);
            ctor = s.charAt(9) == 'I';
        } else {
            return null;
        }
        if (rest.isEmpty()) {
            return null;
        }
        String inner = rest.startsWith("_Z") ? demangle(rest) : rest;
        return (ctor ? "global constructors keyed to " : "global destructors keyed to ") + inner;
    }

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

    /** Recursive-descent parser for the Itanium C++ ABI mangling (common subset). */
    /**
     * The reading state both grammars share: one symbol, a position, and the depth and step caps
     * that stop a hostile symbol from recursing or looping without bound.
     */
    private abstract static class Cursor {
        final String s;
        int pos;
        private int depth;
        private int steps;

        Cursor(String s) {
            this.s = s;
        }

        final void enter() {
            if (++depth > MAX_DEPTH || ++steps > MAX_STEPS) {
                throw invalid();
            }
        }

        final void leave() {
            depth--;
        }

        final char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        final char peek(int k) {
            return pos + k < s.length() ? s.charAt(pos + k) : '\0';
        }

        final boolean eat(char c) {
            if (peek() == c && pos < s.length()) {
                pos++;
                return true;
            }
            return false;
        }

        final boolean eat(String t) {
            if (s.startsWith(t, pos)) {
                pos += t.length();
                return true;
            }
            return false;
        }

        final void expect(char c) {
            if (!eat(c)) {
                throw invalid();
            }
        }

        final char next() {
            if (pos >= s.length()) {
                throw invalid();
            }
            return s.charAt(pos++);
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isLower(char c) {
            return c >= 'a' && c <= 'z';
        }

        static boolean isUpper(char c) {
            return c >= 'A' && c <= 'Z';
        }
    }

    static final class Itanium extends Cursor {
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
                printList(o, params);
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
}
