package dev.irscope.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Plain files and stdin only (interim; archives come with the full reader). */
public final class InputReader {
    private final Limits limits;

    public InputReader(Limits limits) {
        this.limits = limits;
    }

    public Sources read(List<String> inputs) {
        return read(inputs, System.in);
    }

    public Sources read(List<String> inputs, InputStream stdin) {
        List<SourceUnit> units = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (String in : inputs) {
            try {
                if (in.equals("-")) {
                    units.add(new SourceUnit("<stdin>", ByteBuffer.wrap(stdin.readAllBytes()).asReadOnlyBuffer()));
                    continue;
                }
                Path p = Path.of(in);
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
                    long size = ch.size();
                    if (size > Integer.MAX_VALUE - 8) {
                        problems.add(new SourceProblem(in, "file is larger than 2 GiB", SourceProblem.Kind.ERROR));
                        continue;
                    }
                    units.add(new SourceUnit(in, ch.map(FileChannel.MapMode.READ_ONLY, 0, size)));
                }
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(new SourceProblem(in, "no such file", SourceProblem.Kind.ERROR));
            } catch (IOException e) {
                problems.add(new SourceProblem(in, String.valueOf(e.getMessage()), SourceProblem.Kind.ERROR));
            }
        }
        return new Sources(units, problems);
    }
}
