package dev.irscope.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private final Session s = SessionTest.kernel();

    private List<String> at(String line) {
        return Completion.candidates(s, line, line.length());
    }

    @Test
    void commands() {
        assertEquals(List.of("callers", "calls", "check"), at("c"));
        assertEquals(List.of("whatif", "why"), at("wh"));
        assertEquals(List.of(), at("zz"));
    }

    @Test
    void functionNamesFromEveryUnit() {
        // after why CALLER only CALLER's callees: rust_refcount_get calls refcount_inc, not dec_and_test
        assertEquals(List.of("rust_helper_refcount_inc"), at("why rust_refcount_get rust_helper_ref"));
        assertEquals(List.of("rust_helper_refcount_dec_and_test", "rust_helper_refcount_inc"), at("show rust_helper_ref"));
        assertTrue(at("why no_such_fn rust_helper_ref").contains("rust_helper_refcount_dec_and_test"), "an unknown caller offers every name");
        assertEquals(List.of("rust_refcount_get", "rust_refcount_put"), at("show rust_ref"));
        assertTrue(at("calls ").contains("_RNvCscA8DnHRMiI6_6kernel9c_str_len"));
    }

    @Test
    void unitHandlesRulesFormatsAndHelp() {
        assertEquals(List.of("u1", "u2"), at("diff u"));
        assertEquals(List.of("decision.null_pointer_is_valid"), at("blockers decision.null"));
        assertTrue(at("rules ").contains("target.features"));
        assertEquals(List.of("json"), at("format j"));
        assertEquals(List.of("whatif", "why"), at("help wh"));
    }

    @Test
    void whatifEdits() {
        assertEquals(List.of("-null_pointer_is_valid"), at("whatif rust_helper_strlen -null"));
        assertEquals(List.of("-target-cpu", "-target-features"), at("whatif rust_refcount_get -target"));
        assertEquals(List.of("target-cpu=", "target-features="), at("whatif rust_refcount_get target-"));
        assertEquals(List.of("+nounwind"), at("whatif u2 +nounw"));
    }

    @Test
    void cursorInTheMiddleCompletesTheWordBeforeIt() {
        String line = "why rust_ref rust_helper_strlen";
        assertEquals(List.of("rust_refcount_get", "rust_refcount_put"), Completion.candidates(s, line, "why rust_ref".length()));
    }

    @Test
    void noArgumentsBeyondTheLastOne() {
        assertEquals(List.of(), at("units "));
        assertEquals(List.of(), at("show rust_copy "));
    }
}
