package dev.irscope.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irscope.ir.Header;
import dev.irscope.ir.LtoKind;
import dev.irscope.ir.Module;
import dev.irscope.link.Program;
import dev.irscope.read.text.IrReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule lto.partition against the real lld link of ir-samples/lto-rust-c (lld-link.json): with the
 * C side full LTO and the Rust side ThinLTO, ld.lld-22 inlined none of the cross-language calls;
 * with both ThinLTO it inlined all of them. The units are the set's text; their partition is the
 * one the bitcode the linker read has (README: c_full.o has no ThinLTO summary, the rlib member has).
 */
class LtoPartitionTest {
    static final Path SET = Path.of("ir-samples/lto-rust-c");

    static Module read(String name, LtoKind lto) throws Exception {
        Module m = IrReader.read(SET.resolve(name).toString(), java.nio.ByteBuffer.wrap(Files.readAllBytes(SET.resolve(name))),
                dev.irscope.read.text.ReaderLimits.DEFAULTS);
        Header h = m.header();
        Header as = new Header(h.moduleId(), h.sourceFilename(), h.datalayout(), h.triple(), h.idents(), h.moduleAsm(), lto);
        return new Module(m.path(), as, m.functions(), m.aliases(), m.flags(), m.groups(), m.comdats(), m.notes(),
                m.bytes(), m.lines());
    }

    static List<Verdict> verdicts(JsonNode variant, List<Module> units) {
        List<Verdict> all = new Engine().evaluate(new Program(units), 22);
        List<Verdict> out = new ArrayList<>();
        for (JsonNode call : variant.get("calls")) {
            List<Verdict> v = all.stream().filter(x -> x.edge().caller().name().equals(call.get("caller").asText())
                    && x.edge().callee().name().equals(call.get("callee").asText())).toList();
            assertEquals(1, v.size(), "one edge for " + call);
            out.add(v.get(0));
        }
        return out;
    }

    static JsonNode variant(String name) throws Exception {
        for (JsonNode v : new ObjectMapper().readTree(SET.resolve("lld-link.json").toFile()).get("variants")) {
            if (v.get("name").asText().equals(name)) return v;
        }
        throw new AssertionError("no variant " + name);
    }

    @Test
    void fullLtoCAndThinLtoRustExchangeNoBodiesAsLldShowed() throws Exception {
        JsonNode full = variant("full");
        List<Verdict> vs = verdicts(full, List.of(read("rust_lto.ll", LtoKind.THIN), read("c_full.ll", LtoKind.FULL)));
        assertEquals(6, vs.size());
        for (int i = 0; i < vs.size(); i++) {
            assertEquals(false, full.get("calls").get(i).get("inlined").asBoolean(), "lld inlined none");
            Verdict v = vs.get(i);
            assertEquals(Status.BLOCKED, v.status(), v.toString());
            assertEquals("lto.partition", v.blockers().get(0).rule().id());
            assertEquals("no definition", v.llvmRemark());
        }
    }

    @Test
    void oneLtoKindOnBothSidesIsNoPartition() throws Exception {
        JsonNode thin = variant("thin");
        for (List<Module> units : List.of(
                List.of(read("rust_lto.ll", LtoKind.THIN), read("c_thin.ll", LtoKind.THIN)),
                List.of(read("rust_lto.ll", LtoKind.UNKNOWN), read("c_full.ll", LtoKind.FULL)))) {
            for (Verdict v : verdicts(thin, units)) {
                assertTrue(v.blockers().stream().noneMatch(b -> b.rule().id().equals("lto.partition")), v.toString());
            }
        }
        // And lld inlined all of them in the all-ThinLTO link: irscope finds nothing else blocking.
        for (Verdict v : verdicts(thin, List.of(read("rust_lto.ll", LtoKind.THIN), read("c_thin.ll", LtoKind.THIN)))) {
            assertEquals(Status.INLINABLE, v.status(), v.toString());
        }
    }
}
