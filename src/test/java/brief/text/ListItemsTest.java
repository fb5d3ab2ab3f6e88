package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.NoriWrapJudge;
import brief.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** List items with hanging indents, and paragraph breaks judged against a block's own line pitch. */
class ListItemsTest {

    static final float EM = 10;

    static Line line(String text, float x, float right, float top) {
        return new Line(1, List.of(new Fragment(text, x, right, top, top + EM, EM)));
    }

    /** {@return the paragraphs' line counts, as "2 1 3"} */
    static String shape(List<Block> blocks) {
        return String.join(" ", blocks.stream().map(b -> String.valueOf(((Block.Paragraph) b).lines().size())).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "□ 지방재정조정제도는  | □",
        "ㅇ 자체 재원만으로    | ㅇ ",
        "o (신청 방법) 범부처  | o ",
        "· (목적) 사업단위     | · ",
        "- 정부 간 재원이전    | - ",
        "− 글로벌 산업 DX     | − ",
        "― 추진 배경          | ― ",
        "— 주요 내용          | — ",
        "－ 지원 대상         | － ",
        "※ 자료: 행정안전부    | ※ ",
        "① 첫째 항목          | ① ",
        "⑴ 첫째 항목          | ⑴ ",
        "1) 법정률의 조정      | 1) ",
        "(2) 재원의 배분       | (2) ",
        "가. 보통교부세        | 가. ",
        "3. 나가며            | 3. ",
    })
    void markersOpenItems(String text, String marker) {
        assertEquals(marker, new ItemMarker().marker(text).orElseThrow().strip()); // CSV values come trimmed
    }

    @ParameterizedTest
    @CsvSource({"-3.5% 하락", "−3.5% 하락", "―5 포인트", "1.5배 증가", "정부의 재정", "ㅇㅇ시", "다.2", "·집행·평가", "on-premise 서버", "oLED 패널"})
    void numbersAndWordsAreNoMarkers(String text) {
        assertTrue(new ItemMarker().marker(text).isEmpty(), text);
    }

    @Test
    void hangingIndentContinuesTheItemAndTheNextMarkerStartsAnother() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("- 지방정부의 부족한 재원을 보충하여 중앙-지방 간 수직적 불균형 완화를 통해 국가", 50, 500, 100));
        lines.add(line("재정의 재배분 목적을 충족하여 지방자치단체의 기본적인 수요에 대한 지출을 촉진하는", 58.3f, 500, 116));
        lines.add(line("중요한 기능을 수행", 58.3f, 160, 132));
        lines.add(line("- 지방교부세는 중앙정부와 지방자치단체가 공유하는 재원으로 지방자치 실현에 중요한", 50, 500, 148));
        lines.add(line("일반재원에 해당", 58.3f, 140, 164));
        List<Block> blocks = new BlockBuilder().blocks(lines, 50, 500, EM, 6);
        assertEquals("3 2", shape(blocks));
    }

    /**
     * A Latin {@code o} with a space after it is the bullet Hangul reports type for {@code ㅇ} (a call for
     * proposals: {@code o (신청 방법) …}); the line under its text continues the item.
     */
    /**
     * The minus sign (U+2212) is the dash Hangul documents bullet with (a programme's market survey: {@code −
     * 글로벌 산업 DX 시장은 …}); each line under the item's text continues it, and the number wrapped across
     * them ({@code 8} / {@code 조 5,674억}) is read whole.
     */
    @Test
    void aMinusSignBulletHangsItsItemLikeTheHyphen() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("− 글로벌 산업 DX 및 제조 AI 시장은 최근 수년간의 급성장 기조를 유지하며", 50, 500, 100));
        lines.add(line("2030년을 향해 빠르게 확대되고 있으며, 핵심 시장으로 부상하고 있다.", 60, 480, 116));
        lines.add(line("− 글로벌 산업 DX 시장은 약 8,000억 달러 이상의 규모로 평가되며 2033년까지 8", 50, 500, 132));
        lines.add(line("조 5,674억~9조 1,494억 달러에 이를 것으로 전망된다.", 60, 400, 148));
        List<Block> blocks = new BlockBuilder().blocks(lines, 50, 500, EM, 6);
        assertEquals("2 2", shape(blocks));
        String second = new TextAssembler(new WrapJoiner(new NoriWrapJudge())).render(blocks.get(1));
        assertTrue(second.contains("2033년까지 8조 5,674억~9조"), second);
    }

    @Test
    void aLatinOBulletHangsItsItemLikeTheHangulOne() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("o (신청 방법) 범부처통합연구지원시스템(www.iris.go.kr)에 기본사항을 전산 등록한 후, 신청서", 50, 500, 100));
        lines.add(line("(연구개발계획서 및 제출서류)를 첨부하여 전산접수 완료해야 함", 60, 350, 116));
        lines.add(line("o (접수 기간) 전산등록·제출 마감시간(15시) 전 까지 반드시 신청 서식에 해당하는 모든", 50, 500, 132));
        assertEquals("2 1", shape(new BlockBuilder().blocks(lines, 50, 500, EM, 6)));
    }

    @Test
    void anIndentPastTheItemsTextIsANewParagraph() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("1) 법정률의 조정에 관한 논의를 바탕으로 이전재원의 재정조정 기능과 나아갈 방향을", 50, 500, 100));
        lines.add(line("주: 소방교부세율은 2018년 20%에서 2020년 45%로 인상", 90, 400, 116));
        assertEquals("1 1", shape(new BlockBuilder().blocks(lines, 50, 500, EM, 6)));
    }

    @Test
    void aSentenceWrappedBeforeItsEndingIsNoItem() {
        List<Line> lines = new ArrayList<>();
        lines.add(line("전기차용 반도체 분야에서도 일-대만 협력이 진행되고 있", 50, 500, 100));
        lines.add(line("다. 지난해 일본의 ROHM과 대만의 TSMC는 전략적 파트너십을 체결하였다.", 50, 420, 116));
        assertEquals("2", shape(new BlockBuilder().blocks(lines, 50, 500, EM, 6)));
    }

    @Test
    void aDoubleSpacedBodyIsOneParagraphAndItsWiderGapStillBreaks() {
        List<Line> lines = new ArrayList<>();
        float top = 100;
        for (int i = 0; i < 5; i++, top += 22) { // 12 pt gaps: twice the document's usual 6
            lines.add(line("재정조정제도의 구체적인 내용을 충분히 이해할 필요가 있으며 중앙정부가 이전", 50, 500, top));
        }
        lines.add(line("재원을 배분한다.", 50, 200, top));
        top += 40;
        lines.add(line("본 글에서는 정부 간 재정관계를 살펴보고자 한다.", 50, 300, top));
        List<Block> blocks = new BlockBuilder().blocks(lines, 50, 500, EM, 6);
        assertEquals("6 1", shape(blocks));
        String text = new TextAssembler(new WrapJoiner(new NoriWrapJudge())).render(blocks.get(0));
        assertTrue(text.contains("이전 재원을"), text);
        assertFalse(text.contains("\n"), text);
    }

    /** Hanging-indent items of a real report (an A3 spread of InDesign pages) keep their wraps joined. */
    @Test
    void theSharedReportsItemsAreWhole() throws Exception {
        Path pdf = Path.of("../shared/wild/fis-22-4.pdf");
        Assumptions.assumeTrue(Files.exists(pdf), "../shared/wild/fis-22-4.pdf is missing (no ../shared in this clone)");
        String text = new LayoutAnalyzer(new NoriWrapJudge()).clean(new PdfReader().read(pdf)).text();
        assertTrue(text.contains("격차 완화를 통해 국가재정의 재배분 목적을 충족하여"), "an item's wrap became a paragraph break");
        assertTrue(text.contains("공유하는 재원으로 지방자치 실현에 중요한 일반재원에 해당"), "an item's wrap became a paragraph break");
    }
}
