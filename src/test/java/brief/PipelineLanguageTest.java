package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.Facts;
import brief.facts.Firm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A brief in another language is ingested: gazetteer names and nodes found, Korean-only rules skipped with a note. */
class PipelineLanguageTest {

    private static final Pipeline PIPELINE = new Pipeline();

    private static Facts facts(String text) {
        return PIPELINE.processText("t", "-", text, Optional.of("2025-05")).facts();
    }

    private static List<String> firms(Facts f) {
        return f.firms().stream().map(Firm::name).toList();
    }

    @Test
    void englishParagraph() {
        Facts f = facts("Last year TSMC completed its first fab in Kumamoto, Japan, with Sony and Denso as partners. "
                + "The plant makes 12 to 28nm chips and received a subsidy of up to 476 billion yen.");
        assertEquals("en", f.document().language());
        assertTrue(firms(f).containsAll(List.of("TSMC", "Sony", "Denso")), firms(f).toString());
        assertEquals(List.of(), f.dates());
        assertEquals(List.of(), f.amounts());
        assertEquals(1, f.notes().size());
        assertTrue(f.notes().get(0).startsWith("language 'en', not Korean"), f.notes().get(0));
    }

    @Test
    void japaneseParagraph() {
        Facts f = facts("台湾のTSMCは熊本県に第1工場を完成させ、ソニーやデンソーが出資する合弁会社JASMを通じて"
                + "量産を開始した。日本政府は最大4760億円の補助金を支給する。");
        assertEquals("ja", f.document().language());
        assertTrue(firms(f).contains("TSMC"), firms(f).toString());
        assertEquals(List.of(), f.amounts());
        assertTrue(f.notes().get(0).startsWith("language 'ja', not Korean"), f.notes().get(0));
    }

    @Test
    void koreanParagraphHasNoNote() {
        Facts f = facts("삼성전자는 내년 상반기 평택 공장에 약 3조 원을 투자한다.");
        assertEquals("ko", f.document().language());
        assertEquals(List.of(), f.notes());
        assertEquals(1, f.amounts().size());
    }
}
