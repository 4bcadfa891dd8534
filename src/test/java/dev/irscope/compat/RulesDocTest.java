package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irscope.report.RulesReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; this keeps the committed page in step. */
class RulesDocTest {
    @Test
    void rulesPageMatchesTheCatalogue() throws Exception {
        String committed = Files.readString(Path.of("docs/rules.md"));
        assertEquals(RulesReport.markdown(), committed,
                "docs/rules.md is stale: regenerate with `java -jar target/irscope.jar rules --format markdown > docs/rules.md`");
    }
}
