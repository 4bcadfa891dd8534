package dev.irscope.read.bitcode;

/**
 * LLVM's printing of names and strings (AsmWriter.cpp: printLLVMNameWithoutPrefix,
 * printEscapedString), so texts built from bitcode equal the ones the {@code .ll} holds.
 */
final class Names {
    private Names() {}

    /** A global, local or type name without its sigil: bare when it can be, else quoted and escaped. */
    static void appendName(StringBuilder b, String name) {
        boolean quote = name.isEmpty() || Character.isDigit(name.charAt(0));
        if (!quote) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'))) {
                    quote = true;
                    break;
                }
            }
        }
        if (!quote) {
            b.append(name);
            return;
        }
        b.append('"');
        appendEscaped(b, name);
        b.append('"');
    }

    static String global(String name) {
        StringBuilder b = new StringBuilder(name.length() + 1).append('@');
        appendName(b, name);
        return b.toString();
    }

    /** Printable ASCII but {@code "} and {@code \} as is, every other byte of the UTF-8 as {@code \XX}. */
    static void appendEscaped(StringBuilder b, String s) {
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') b.append((char) c);
            else b.append('\\').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
    }
}
