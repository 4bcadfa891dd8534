package dev.irscope.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irscope.ir.Module;
import dev.irscope.query.Analysis;
import dev.irscope.query.LoadOptions;
import dev.irscope.query.Loaded;
import dev.irscope.query.Loader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a symbol defined in two units is llvm-link's "symbol multiply defined!", not a silent
 * pick by argument order. The pair and what llvm-link-19/22 say about it are in
 * src/test/resources/link/multiply-defined (llvm-link.txt).
 */
class DuplicateSymbolTest {
    static final Path DIR = Path.of("src/test/resources/link/multiply-defined");

    static Loaded load(String... names) {
        return Loader.load(java.util.Arrays.stream(names).map(n -> DIR.resolve(n).toString()).toList(),
                LoadOptions.defaults(), InputStream.nullInputStream());
    }

    @Test
    void strongDefinitionsInTwoUnitsAreALinkErrorAsLlvmLinkSays() throws Exception {
        Loaded l = load("a.ll", "b.ll");
        List<LinkIssue> issues = LinkCheck.check(l.modules());
        List<LinkIssue> errors = issues.stream().filter(LinkIssue::error).toList();
        assertEquals(1, errors.size(), issues.toString());
        assertTrue(errors.get(0).message().startsWith("Linking globals named 'helper': symbol multiply defined!"), errors.get(0).message());
        // The message is the one llvm-link printed for this very pair (recorded per release).
        String recorded = Files.readString(DIR.resolve("llvm-link.txt"));
        assertTrue(recorded.contains("error: Linking globals named 'helper': symbol multiply defined!"));
        assertTrue(new Analysis(l, Optional.empty()).linkFails());
    }

    @Test
    void weakLinkonceComdatAndAvailableExternallyDefinitionsDoNotClash() {
        // a_available_externally.ll defines weak, linkonce_odr, comdat and available_externally
        // versions of b.ll's functions: llvm-link-19 and -22 link them (exit 0).
        Loaded l = load("a_available_externally.ll", "b.ll");
        assertEquals(List.of(), LinkCheck.check(l.modules()).stream().filter(LinkIssue::error).toList());
        for (Module m : l.modules()) assertTrue(m.functions().size() >= 4);
    }

    @Test
    void checkReportsItAndExitsOne() {
        java.io.PrintStream o = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            code = dev.irscope.cli.Main.run("check", DIR.resolve("a.ll").toString(), DIR.resolve("b.ll").toString());
        } finally {
            System.setOut(o);
        }
        assertEquals(1, code, "the units do not link");
        assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("symbol multiply defined!"), out.toString());
    }
}
