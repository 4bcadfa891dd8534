import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a new thread takes to start running while the thread that started it stays busy: the
 * delay before a split read's second thread does any work. On this 2-vCPU VM it was 0.4 ms when
 * the starting thread waited, but a median of ~3 ms and up to 45-97 ms when it kept computing (the
 * idle vCPU has to be scheduled by the host). Prints the sorted delays in ms.
 * Usage: java bench/WakeLatency.java [SAMPLES=20]
 */
public final class WakeLatency {
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            Thread.sleep(100); // let the other vCPU go idle
            AtomicLong started = new AtomicLong();
            long t0 = System.nanoTime();
            Thread t = new Thread(() -> started.set(System.nanoTime()));
            t.start();
            long x = 0;
            while (started.get() == 0 && System.nanoTime() - t0 < 200_000_000L) x++; // stay busy
            sink = x;
            t.join();
            ms[i] = (started.get() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("new thread first runs after (ms, sorted): %s%n", Arrays.toString(ms));
        System.out.printf("median %.2f ms, max %.2f ms%n", ms[n / 2], ms[n - 1]);
    }
}
