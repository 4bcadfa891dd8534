package dev.irscope.demangle;

import static dev.irscope.demangle.Demangler.MAX_OUTPUT;
import static dev.irscope.demangle.Invalid.invalid;

import java.util.ArrayList;
import java.util.List;

/** Rust legacy mangling ({@code _ZN...17h<hash>E}), printed like rustc-demangle's alternate format. */
final class RustLegacy {
    private RustLegacy() {}

    /** Legacy mangling: {@code _ZN (<len><ident>)+ E}, last ident {@code h<16 hex>}. */
    static boolean rustLegacy(String s, String[] out) {
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
}
