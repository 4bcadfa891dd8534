import dev.irscope.ir.Module;
import dev.irscope.read.bitcode.BitcodeLimits;
import dev.irscope.read.bitcode.BitcodeReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * In-process read time of the bitcode reader: maps FILE, reads it WARMUP times untimed (JIT),
 * then RUNS timed reads; prints the median and best wall seconds, MiB/s, and what was read.
 * WARMUP 0 and RUNS 1 measure a cold read (the JVM interprets most of it), for the whole-process
 * comparison. Run from the repo root after `mvn -q -o package -DskipTests`:
 *   java -Xmx512m -cp target/irscope.jar bench/BitcodeThroughput.java FILE [WARMUP=10] [RUNS=9]
 */
public final class BitcodeThroughput {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        ByteBuffer buf;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        double mib = buf.limit() / 1048576.0;
        List<Module> m = null;
        for (int i = 0; i < warmup; i++) m = BitcodeReader.read(file.toString(), buf, BitcodeLimits.DEFAULT);
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            m = null;
            long t0 = System.nanoTime();
            m = BitcodeReader.read(file.toString(), buf, BitcodeLimits.DEFAULT);
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        double[] s = t.clone();
        Arrays.sort(s);
        double med = s[runs / 2];
        long functions = 0, calls = 0;
        for (Module x : m) { functions += x.functions().size(); calls += x.callCount(); }
        System.out.printf("%s %.1f MiB read %.3f s %.0f MiB/s best %.3f s; %d modules, %d functions, %d calls%n",
                file.getFileName(), mib, med, mib / med, s[0], m.size(), functions, calls);
    }
}
