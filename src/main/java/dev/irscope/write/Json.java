package dev.irscope.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of Maps, Lists, Strings, numbers and booleans as JSON. Maps keep their insertion
 * order (callers use LinkedHashMap), indentation is fixed and line ends are '\n', so the same
 * answer is the same bytes on every machine.
 */
public final class Json {
    /**
     * The version of every command's JSON (docs/json.md, the schemas under
     * src/main/resources/dev/irscope/schema/): raised when a field changes meaning or type or goes
     * away; adding a field keeps it.
     */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {}

    /** A document's first keys, the same in every command: {@code schemaVersion}, {@code command}, {@code tool}. */
    public static Map<String, Object> root(String command, String tool) {
        Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("command", command);
        root.put("tool", tool);
        return root;
    }

    public static String write(Object tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            value(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Number n) g.writeNumber(n.doubleValue());
        else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) value(g, o);
            g.writeEndArray();
        } else if (v instanceof java.util.Optional<?> o) {
            value(g, o.orElse(null));
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
