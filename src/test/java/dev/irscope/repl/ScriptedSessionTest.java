package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole sessions over the ir-samples, compared to the committed transcripts
 * ({@code src/test/resources/repl/NAME.script} -> {@code NAME.expected}). Run with
 * {@code -Drepl.regenerate=true} to rewrite the transcripts, then read the diff before committing.
 */
class ScriptedSessionTest {
    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(Transcript.DIR)) {
            return files.filter(p -> p.toString().endsWith(".script")).sorted().toList().stream().map(script -> DynamicTest.dynamicTest(
                    script.getFileName().toString(), () -> {
                        String actual = Transcript.run(new Session(), Transcript.read(script));
                        Path expected = Path.of(script.toString().replace(".script", ".expected"));
                        if (Boolean.getBoolean("repl.regenerate")) Files.writeString(expected, actual);
                        assertEquals(Transcript.read(expected), actual, "transcript of " + script);
                    }));
        }
    }
}
