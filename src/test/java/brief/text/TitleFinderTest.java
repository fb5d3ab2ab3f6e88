package brief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.pdf.Glyph;
import brief.pdf.RawDocument;
import brief.pdf.RawPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles: the metadata when it is one, else the first page's largest type across its lines. */
class TitleFinderTest {

    static final List<String> WORD = List.of("Microsoft® Word 2013");
    static final List<String> POWERPOINT = List.of("Microsoft® PowerPoint® Microsoft 365용");

    @Test
    void metadataThatNamesTheFileTheProgramOrASeriesNumberIsNoTitle() {
        assertFalse(TitleFinder.isRealTitle("PowerPoint 프레젠테이션", POWERPOINT));
        assertFalse(TitleFinder.isRealTitle("Microsoft Word - 보고서 초안.docx", WORD));
        assertFalse(TitleFinder.isRealTitle("Microsoft Word - 물질안전보건자료", WORD));
        assertFalse(TitleFinder.isRealTitle("22-4호", List.of()));
        assertFalse(TitleFinder.isRealTitle("2023-11", List.of()));
        assertFalse(TitleFinder.isRealTitle("C:\\문서\\brief", List.of()));
        assertFalse(TitleFinder.isRealTitle("  ", List.of()));
        assertTrue(TitleFinder.isRealTitle("전기차부터 반도체까지, 가속화하는 일본-대만 산업협력", WORD));
        assertTrue(TitleFinder.isRealTitle("FIS 이슈 & 포커스: 지방재정조정제도", List.of("Adobe InDesign CS6")));
    }

    /** Glyphs of {@code text} from (x, baseline), {@code size} pt, 0.95 em a letter, spaces as gaps. */
    static List<Glyph> set(String text, float x, float baseline, float size) {
        List<Glyph> out = new ArrayList<>();
        float pen = x;
        for (char c : text.toCharArray()) {
            if (c != ' ') {
                out.add(new Glyph(String.valueOf(c), pen, baseline, 0.95f * size, 0.8f * size, size, 0));
            }
            pen += (c == ' ' ? 0.3f : 0.95f) * size;
        }
        return out;
    }

    static RawDocument doc(Optional<String> title, List<Glyph> glyphs) {
        return new RawDocument(Path.of("t.pdf"), "0", title, Optional.empty(),
                List.of(new RawPage(1, 595, 842, glyphs, List.of())), List.of(), POWERPOINT);
    }

    @Test
    void largestTypeMergedAcrossItsLinesWhenTheMetadataIsNoTitle() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(set("2023-11 제22-4호", 60, 50, 9));
        glyphs.addAll(set("기후위기 대응을 위한 탄소중립", 60, 100, 20));
        glyphs.addAll(set("녹색성장 기본법 일부개정법률안", 60, 124, 20));
        glyphs.addAll(set("현행법은 기후위기 대응을 위해 국가 탄소중립 녹색성장 기본계획을", 60, 180, 11));
        glyphs.addAll(set("수립하도록 하고 주요 정책 등을 심의하기 위하여 위원회를 두도록", 60, 198, 11));
        assertEquals(Optional.of("기후위기 대응을 위한 탄소중립 녹색성장 기본법 일부개정법률안"),
                new TitleFinder().title(doc(Optional.of("PowerPoint 프레젠테이션"), glyphs)));
        assertEquals(Optional.of("탄소중립기본법 개정안 검토"),
                new TitleFinder().title(doc(Optional.of("탄소중립기본법 개정안 검토"), glyphs)));
    }

    @Test
    void aLetterSpacedTitleIsClosedUpAndBodySizedTextIsNoTitle() {
        List<Glyph> glyphs = new ArrayList<>(set("제 안 요 청 서", 200, 150, 30));
        glyphs.addAll(set("사업명 생성형 인공지능 기반 민원 서비스 구축", 60, 300, 12));
        assertEquals(Optional.of("제안요청서"), new TitleFinder().title(doc(Optional.empty(), glyphs)));
        List<Glyph> body = set("현행법은 기후위기 대응을 위해 국가 탄소중립 녹색성장 기본계획을", 60, 180, 11);
        assertEquals(Optional.empty(), new TitleFinder().title(doc(Optional.empty(), body)));
    }

    /** A title wrapped inside a word (a decree's: 지원에 관 / 한 특별법 시행령) is joined as the body's wraps are. */
    @Test
    void aWordSplitAcrossTheTitlesLinesIsJoined() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(set("노후계획도시 정비 및 지원에 관", 60, 100, 20));
        glyphs.addAll(set("한 특별법 시행령", 60, 124, 20));
        glyphs.addAll(set("현행법은 기후위기 대응을 위해 국가 탄소중립 녹색성장 기본계획을", 60, 180, 11));
        assertEquals(Optional.of("노후계획도시 정비 및 지원에 관한 특별법 시행령"),
                new TitleFinder(new brief.nlp.NoriWrapJudge()).title(doc(Optional.empty(), glyphs)));
        assertEquals(Optional.of("노후계획도시 정비 및 지원에 관 한 특별법 시행령"),
                new TitleFinder().title(doc(Optional.empty(), glyphs)));
    }
}
