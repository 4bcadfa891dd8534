import dev.irscope.ir.Module;
import dev.irscope.read.text.IrReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * In-process read throughput: maps FILE once, reads it with IrReader WARMUP times untimed (so the
 * JIT has compiled the scanner: on sqlite3.O2g, 60 MiB, the per-read time keeps falling until
 * about the 10th-15th read), then RUNS timed reads, and prints the median. For comparison it
 * also times one pass over the same mapped bytes that only sums them 8 at a time, the cheapest
 * thing a JVM can do with every byte ("touch"), which is the in-process analogue of cat.
 * Run from the repo root, after `mvn -q -o package -DskipTests`:
 *   java -Xmx512m -cp target/irscope.jar bench/ReadThroughput.java FILE [WARMUP=20] [RUNS=15]
 * With -Dheap=true the file is copied into a heap array first, to compare the two byte-access paths.
 * Prints one line: file MiB, median read wall s and MiB/s, the same in thread CPU time (steadier
 * when other builds share the cores), median touch s and MiB/s, functions, calls; then the best
 * read and touch of the runs and their ratio (the least disturbed by other work on the machine).
 */
public final class ReadThroughput {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ByteBuffer buf;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        if (Boolean.getBoolean("heap")) { // -Dheap=true: the same bytes in a heap array (small files only)
            byte[] a = new byte[buf.limit()];
            buf.get(0, a);
            buf = ByteBuffer.wrap(a);
        }
        double mib = buf.limit() / 1048576.0;
        Module m = null;
        for (int i = 0; i < warmup; i++) { m = IrReader.read(file.toString(), buf); touch(buf); }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        double[] read = new double[runs];
        double[] touch = new double[runs];
        long sink = 0;
        long functions = m == null ? 0 : m.functions().size(), calls = m == null ? 0 : m.callCount();
        for (int i = 0; i < runs; i++) {
            m = null; // as in one CLI run, the previous module is garbage while the next is read
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            m = IrReader.read(file.toString(), buf);
            long t1 = System.nanoTime();
            functions = m.functions().size();
            calls = m.callCount();
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            sink += touch(buf);
            long t2 = System.nanoTime();
            read[i] = (t1 - t0) / 1e9;
            touch[i] = (t2 - t1) / 1e9;
        }
        double r = median(read), c = median(cpu), t = median(touch);
        double rb = Arrays.stream(read).min().orElse(0), tb = Arrays.stream(touch).min().orElse(0);
        System.out.printf("%s %.1f MiB read %.3f s %.0f MiB/s (cpu %.3f s %.0f MiB/s) touch %.3f s %.0f MiB/s functions %d calls %d (%d)"
                        + " best: read %.3f s touch %.3f s ratio %.1f%n",
                file.getFileName(), mib, r, mib / r, c, mib / c, t, mib / t, functions, calls, sink & 1,
                rb, tb, rb / tb);
    }

    private static long touch(ByteBuffer b) {
        long s = 0;
        int n = b.limit() & ~7;
        for (int i = 0; i < n; i += 8) s += b.getLong(i);
        return s;
    }

    private static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
