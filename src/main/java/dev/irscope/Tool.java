package dev.irscope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's name and version, in one leaf class every layer may print. The version comes from the
 * build (Maven filters {@code tool.properties}), so the pom is its only source.
 */
public final class Tool {
    private Tool() {}

    public static final String NAME = "irscope";
    public static final String VERSION = load();
    /** What outputs print as their producer, e.g. {@code irscope 0.1.0}. */
    public static final String ID = NAME + " " + VERSION;

    private static String load() {
        try (InputStream in = Tool.class.getResourceAsStream("/dev/irscope/tool.properties")) {
            if (in == null) throw new IllegalStateException("tool.properties missing from the build");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
