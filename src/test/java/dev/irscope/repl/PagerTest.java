package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: long REPL answers go through a pager on a terminal, chosen like git chooses one. */
class PagerTest {
    @TempDir Path dir;

    @Test
    void thePagerComesFromTheEnvironmentLikeGits() {
        assertEquals(Optional.of("less -FRX"), Pager.command(Map.of()));
        assertEquals(Optional.of("more"), Pager.command(Map.of("PAGER", "more")));
        assertEquals(Optional.of("most"), Pager.command(Map.of("PAGER", "more", "IRSCOPE_PAGER", "most")));
        assertEquals(Optional.empty(), Pager.command(Map.of("PAGER", "cat")));
        assertEquals(Optional.empty(), Pager.command(Map.of("PAGER", "less", "IRSCOPE_PAGER", "")));
    }

    @Test
    void onlyAnswersTallerThanTheScreenArePaged() {
        String ten = "x\n".repeat(10);
        assertFalse(Pager.tooLong(ten, 24));
        assertTrue(Pager.tooLong(ten, 11), "10 lines and the prompt need 11 rows");
        assertFalse(Pager.tooLong(ten, 12));
        assertFalse(Pager.tooLong("x\n".repeat(1000), 0), "an unknown height never pages");
    }

    @Test
    void theWholeAnswerReachesThePagerProcess() throws Exception {
        Path got = dir.resolve("paged.txt");
        String text = "line ü\n".repeat(5000); // more than a pipe buffer
        assertTrue(Pager.page(text, "cat > '" + got + "'"));
        assertEquals(text, Files.readString(got));
        assertFalse(Pager.page(text, "exit 3"), "a failing pager leaves the printing to the REPL");
    }
}
