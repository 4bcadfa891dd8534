package dev.irscope.query;

import dev.irscope.ir.Module;
import dev.irscope.read.bitcode.BitcodeError;
import dev.irscope.read.bitcode.BitcodeReader;
import dev.irscope.read.text.IrReader;
import dev.irscope.read.text.ParseError;
import dev.irscope.source.InputReader;
import dev.irscope.source.SourceProblem;
import dev.irscope.source.SourceUnit;
import dev.irscope.source.Sources;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns command-line inputs into parsed units. Units are parsed in parallel (one task per unit,
 * as many threads as cores) and returned in input order; one bad unit never loses the others.
 * Each unit goes to the reader its content calls for: textual IR to the text reader, bitcode
 * (which may hold several modules) to the bitcode reader.
 */
public final class Loader {
    private Loader() {}

    public static Loaded load(List<String> inputs, LoadOptions options, InputStream stdin) {
        return loadWithSources(inputs, options, stdin).loaded();
    }

    /**
     * The units together with the bytes they were read from. Reports need the bytes for checksums
     * and for cutting repros, which the parsed model deliberately does not keep.
     *
     * @param units every unit that was read, including those that failed to parse, by name
     */
    public record WithSources(Loaded loaded, List<SourceUnit> units) {
        /** The bytes of the unit a module was read from (for the second module of a file, {@code a.bc#2}, the file's). */
        public java.util.Optional<SourceUnit> source(dev.irscope.ir.Module m) {
            return units.stream().filter(u -> u.name().equals(m.path()) || m.path().startsWith(u.name() + "#")).findFirst();
        }
    }

    public static WithSources loadWithSources(List<String> inputs, LoadOptions options, InputStream stdin) {
        Sources sources = new InputReader(options.source()).read(inputs, stdin);
        List<LoadProblem> problems = new ArrayList<>();
        for (SourceProblem p : sources.problems()) {
            problems.add(new LoadProblem(p.name(), p.name() + ": " + (p.kind() == SourceProblem.Kind.ERROR ? "error" : "warning")
                    + ": " + p.message(), p.kind() == SourceProblem.Kind.SKIPPED));
        }
        List<SourceUnit> units = sources.units();
        List<Module> modules = new ArrayList<>(units.size());
        List<Object> results = parseAll(units, options);
        for (int i = 0; i < units.size(); i++) {
            Object r = results.get(i);
            if (r instanceof String diagnostic) problems.add(new LoadProblem(units.get(i).name(), diagnostic, false));
            else for (Object m : (List<?>) r) modules.add((Module) m);
        }
        return new WithSources(new Loaded(modules, problems, sources.natives(), sources.otherFiles()), List.copyOf(units));
    }

    /** Each element is the unit's modules (a List) or the diagnostic text for that unit. */
    private static List<Object> parseAll(List<SourceUnit> units, LoadOptions options) {
        int threads = Math.max(1, Math.min(units.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "irscope-parse");
            t.setDaemon(true); // a unit past its deadline must not keep the process alive
            t.setUncaughtExceptionHandler((th, e) -> { }); // failures reach the caller through the Future
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (SourceUnit u : units) futures.add(pool.submit(() -> parseOne(u, options)));
            long end = System.nanoTime() + options.deadline().toNanos();
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                String name = units.get(i).name();
                try {
                    out.add(futures.get(i).get(Math.max(0, end - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS));
                } catch (java.util.concurrent.TimeoutException e) {
                    futures.get(i).cancel(true);
                    out.add(name + ": error: not read within the " + options.deadline().toSeconds()
                            + " s deadline (raise it with --timeout)");
                } catch (ExecutionException e) {
                    out.add(name + ": error: " + failure(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.add(name + ": error: interrupted");
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The unit's modules (one for text, one or more for bitcode), or its diagnostic text. */
    static Object parseOne(SourceUnit u, LoadOptions options) {
        try {
            if (u.format() == SourceUnit.Format.BITCODE) return BitcodeReader.read(u.name(), u.bytes(), options.bitcode());
            return List.of(IrReader.read(u.name(), u.bytes(), options.reader()));
        } catch (ParseError e) {
            return e.format();
        } catch (BitcodeError e) {
            return e.format();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | InternalError e) {
            return u.name() + ": error: " + failure(e);
        }
    }

    /**
     * One line for a unit the reader could not finish, never a stack trace. InternalError is how
     * the JVM reports a fault reading a mapped file that shrank under it (SIGBUS).
     */
    static String failure(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory to read it (raise the Java heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g, or read fewer units at once)";
        }
        if (e instanceof InternalError) return "the file changed or was truncated while it was read";
        return "internal error while reading: " + e;
    }
}
