package dev.irscope.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irscope.source.SourceUnit;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: a unit the reader cannot finish is one clean line, never a stack trace. */
class LoaderFailureTest {

    @Test
    void aMappedFileTruncatedWhileReadIsACleanError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("shrinks.ll");
        Files.writeString(f, "define void @f() {\n  ret void\n}\n".repeat(200_000));
        SourceUnit unit;
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            unit = new SourceUnit(f.toString(), ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(100); // another process rewrites the file while irscope reads it
        }

        Object r = Loader.parseOne(unit, LoadOptions.defaults());

        assertEquals(f + ": error: the file changed or was truncated while it was read", r);
    }

    @Test
    void runningOutOfMemoryIsWordedNotDumped() {
        assertEquals("not enough memory to read it (raise the Java heap, e.g. JAVA_TOOL_OPTIONS=-Xmx8g, or read fewer units at once)",
                Loader.failure(new OutOfMemoryError("Java heap space")));
    }
}
