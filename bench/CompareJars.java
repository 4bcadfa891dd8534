import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A/B of two builds of the reader in one JVM: loads IrReader from JAR_A and from JAR_B (each in its
 * own class loader), maps FILE once, warms both up, then alternates reads A, B, B, A, ... so that
 * whatever else the machine does at a moment hits both alike. Prints, per jar, the best, first
 * quartile and median of the calling thread's CPU time and of wall time.
 * Separate JVM runs of one jar differed by up to 1.4x in their best-of-27 on this VM (JIT outcome,
 * other tenants); in one JVM, alternated, two identical jars agree within 1-2%.
 * Usage (repo root, after `mvn -q -o package -DskipTests`; copy the old jar away first):
 *   java -XX:+UseParallelGC -Xmx1g [-Dirscope.threads=1] bench/CompareJars.java JAR_A JAR_B FILE [RUNS=20]
 * Both Modules of a pair share the heap, so compare GC-heavy changes with ReadThroughput instead.
 */
public final class CompareJars {
    public static void main(String[] args) throws Exception {
        Method[] read = new Method[2];
        for (int k = 0; k < 2; k++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            read[k] = cl.loadClass("dev.irscope.read.text.IrReader").getMethod("read", String.class, ByteBuffer.class);
        }
        ByteBuffer buf;
        try (FileChannel ch = FileChannel.open(Path.of(args[2]))) {
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        for (int w = 0; w < 15; w++) for (Method m : read) m.invoke(null, "x", buf);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[2][runs], wall = new double[2][runs];
        for (int r = 0; r < runs; r++) {
            for (int j = 0; j < 2; j++) {
                int k = (r & 1) == 0 ? j : 1 - j; // A B, then B A
                long c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                read[k].invoke(null, "x", buf);
                wall[k][r] = (System.nanoTime() - t0) / 1e6;
                cpu[k][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        for (int k = 0; k < 2; k++) {
            double[] c = cpu[k].clone(), w = wall[k].clone();
            Arrays.sort(c);
            Arrays.sort(w);
            System.out.printf("%s %s: cpu ms best %.1f p25 %.1f median %.1f | wall ms best %.1f p25 %.1f median %.1f%n",
                    k == 0 ? "A" : "B", Path.of(args[k]).getFileName(), c[0], c[runs / 4], c[runs / 2],
                    w[0], w[runs / 4], w[runs / 2]);
        }
    }
}
