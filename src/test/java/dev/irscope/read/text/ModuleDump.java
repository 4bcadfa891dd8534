package dev.irscope.read.text;

import dev.irscope.ir.Alias;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.Function;
import dev.irscope.ir.Module;
import dev.irscope.ir.ModuleFlag;
import dev.irscope.ir.Note;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Everything a {@link Module} holds, as text, one item per line: the form the reader's golden files
 * are kept in, so that a faster scanner can be held to exactly what the old one produced (records
 * print every component, so nothing the reader sets can be missed).
 */
final class ModuleDump {
    private ModuleDump() {}

    /** The dump of a successful read, or the formatted diagnostic of a failed one. */
    static String of(String name, ByteBuffer bytes) {
        try {
            return of(IrReader.read(name, bytes));
        } catch (ParseError e) {
            return "error " + e.format() + "\n";
        }
    }

    interface Read {
        Module read() throws ParseError;
    }

    /** The same for any way of reading. */
    static String of(Read r) {
        try {
            return of(r.read());
        } catch (ParseError e) {
            return "error " + e.format() + "\n";
        }
    }

    static String of(Module m) {
        StringBuilder b = new StringBuilder();
        b.append("path ").append(m.path()).append('\n');
        b.append("bytes ").append(m.bytes()).append(" lines ").append(m.lines()).append('\n');
        b.append("header ").append(m.header()).append('\n');
        for (Function f : m.functions()) b.append("fn ").append(f).append('\n');
        for (Alias a : m.aliases()) b.append("alias ").append(a).append('\n');
        for (ModuleFlag f : m.flags()) b.append("flag ").append(f).append('\n');
        for (Map.Entry<Integer, AttributeSet> g : m.groups().entrySet()) {
            b.append("group #").append(g.getKey()).append(' ').append(g.getValue()).append('\n');
        }
        for (String c : m.comdats()) b.append("comdat ").append(c).append('\n');
        for (Note n : m.notes()) b.append("note ").append(n).append('\n');
        return b.toString();
    }
}
