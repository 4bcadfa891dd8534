import dev.irscope.ir.Module;
import dev.irscope.read.text.IrReader;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prints everything IrReader kept of FILE, one item per line, so two builds can be compared on
 * corpus files too big to keep as golden files:
 *   java -cp OLD.jar bench/DumpModule.java F | sha256sum; java -cp target/irscope.jar bench/DumpModule.java F | sha256sum
 */
public final class DumpModule {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Module m;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            m = IrReader.read(file.toString(), ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
        StringBuilder b = new StringBuilder();
        b.append(m.bytes()).append(' ').append(m.lines()).append('\n').append(m.header()).append('\n');
        m.functions().forEach(f -> b.append(f).append('\n'));
        m.aliases().forEach(a -> b.append(a).append('\n'));
        m.flags().forEach(f -> b.append(f).append('\n'));
        m.groups().forEach((k, v) -> b.append('#').append(k).append(' ').append(v).append('\n'));
        m.comdats().forEach(c -> b.append(c).append('\n'));
        m.notes().forEach(n -> b.append(n).append('\n'));
        System.out.print(b);
    }
}
