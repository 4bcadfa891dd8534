package dev.irscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads command-line inputs into IR units: {@code .ll} files (memory-mapped, never copied),
 * bitcode (raw, wrapped, or in an ELF object's {@code .llvmbc} / {@code .llvm.lto} section),
 * {@code ar} archives (static libraries, rlibs, thin archives), compressed files (gzip, xz,
 * bzip2, zstd), archives (tar, optionally compressed, and zip, with archives inside them opened
 * one level deep), folders (see {@link FolderWalker}), and {@code "-"} for stdin. The kind is
 * decided by content; names are only a fallback. Objects without bitcode are listed, not read.
 *
 * <p>Nothing is written to disk and entry names are labels only. Every size is capped while it
 * streams (see {@link Limits}). A bad input becomes a {@link SourceProblem} and the other inputs
 * are still read; from a broken archive, entries read completely before the break are kept.
 * {@code read} never throws for anything about the inputs themselves; even running out of heap
 * (limits set above {@code -Xmx}) becomes an ERROR for that input.
 *
 * <p>Immutable and safe to share: each {@code read} call has its own running totals.
 */
public final class InputReader {

    /** The name stdin's content gets. */
    public static final String STDIN_LABEL = "<stdin>";

    private final Limits limits;

    public InputReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads {@code inputs} in order; {@code "-"} reads {@link System#in}. */
    public Sources read(List<String> inputs) {
        return read(inputs, System.in);
    }

    /** Reads {@code inputs} in order; {@code "-"} reads {@code stdin}, which is left open. */
    public Sources read(List<String> inputs, InputStream stdin) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(stdin, "stdin");
        Expander expander = new Expander(new Budget(limits));
        Sink all = new Sink();
        for (String input : inputs) {
            Sink one = new Sink();
            String label = "-".equals(input) ? STDIN_LABEL : input;
            guarded(label, one, () -> readInput(Objects.requireNonNull(input, "input"), label, stdin, expander, one));
            all.addAll(one);
        }
        return new Sources(all.units(), all.problems(), all.natives(), all.others());
    }

    private void readInput(String input, String label, InputStream stdin, Expander expander, Sink sink)
            throws IOException {
        if ("-".equals(input)) {
            readStream(stdin, label, "", expander, sink);
            return;
        }
        if (input.isEmpty()) {
            sink.error("''", "empty input name");
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            sink.error(label, "not a valid path: " + e.getReason());
            return;
        }
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            readFolder(path, label, expander, sink);
        } else {
            readFile(path, attrs, label, path.getFileName() == null ? input : path.getFileName().toString(),
                    expander, sink);
        }
    }

    private void readFolder(Path folder, String label, Expander expander, Sink sink) throws IOException {
        String base = label.endsWith("/") && label.length() > 1 ? label.replaceAll("/+$", "") : label;
        String prefix = base.endsWith("/") ? base : base + "/";
        FolderWalker.Listing listing = FolderWalker.list(folder);
        List<FolderWalker.Found> found = listing.found();
        for (int i = 0; i < listing.others(); i++) sink.other();
        if (!listing.twins().isEmpty()) {
            sink.skipped(label, listing.twins().size() + " .bc/.o file(s) not read: the .ll of the same name beside each"
                    + " is read instead (" + listing.twins().get(0) + (listing.twins().size() > 1 ? ", ..." : "") + ")");
        }
        if (found.isEmpty()) {
            sink.skipped(label, "no " + NameHints.INPUT_NAMES + " files in this folder");
            return;
        }
        Path root = folder.toAbsolutePath().normalize();
        Set<Path> walked = new HashSet<>();
        for (FolderWalker.Found item : found) {
            if (item instanceof FolderWalker.IrFile file) walked.add(file.path().toAbsolutePath().normalize());
        }
        for (FolderWalker.Found item : found) {
            String itemLabel = prefix + item.relative();
            if (item instanceof FolderWalker.Unreadable bad) {
                sink.error(itemLabel, bad.message());
            } else {
                FolderWalker.IrFile file = (FolderWalker.IrFile) item;
                guarded(itemLabel, sink, () -> {
                    long size = Files.size(file.path());
                    expander.budget().beginInput(itemLabel, () -> size);
                    expander.expandEntry(new Origin.OnDisk(file.path(), root, walked), itemLabel,
                            file.path().getFileName().toString(), 0, sink);
                });
            }
        }
    }

    private void readFile(Path path, BasicFileAttributes attrs, String label, String hint, Expander expander,
                          Sink sink) throws IOException {
        if (attrs.isRegularFile()) {
            long size = attrs.size();
            expander.budget().beginInput(label, () -> size);
            expander.expand(Origin.OnDisk.named(path), label, hint, 0, sink);
            return;
        }
        // A pipe or device given by name, such as bash's <(...): read it as a stream.
        try (InputStream in = Files.newInputStream(path)) {
            readStream(in, label, hint, expander, sink);
        }
    }

    /** A stream's raw size is what has been taken from it so far, for the budget's work ratio. */
    private static void readStream(InputStream in, String label, String hint, Expander expander, Sink sink)
            throws IOException {
        CountingInputStream counted = new CountingInputStream(in);
        expander.budget().beginInput(label, counted::count);
        expander.expand(Origin.Streamed.of(counted, -1, false), label, hint, 0, sink);
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs one input's work; whatever goes wrong becomes a problem, not an exception. */
    private static void guarded(String label, Sink sink, Step step) {
        try {
            step.run();
        } catch (ReadFailure f) {
            sink.problem(f.toProblem());
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError e) {
            sink.error(label, Failures.describe(e));
        }
    }
}
