package dev.irscope.demangle;

import static dev.irscope.demangle.Demangler.MAX_OUTPUT;
import static dev.irscope.demangle.Invalid.invalid;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

// ------------------------------------------------------------------------------------
// Rust v0 (RFC 2603), printed like rustc-demangle's alternate format
// ------------------------------------------------------------------------------------

final class RustV0 extends Cursor {
    private int boundLifetimeDepth;
    /** When positive, output is discarded (skipping the impl path and instantiating crate). */
    private int muted;
    private final StringBuilder out = new StringBuilder();

    RustV0(String s) {
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
}
