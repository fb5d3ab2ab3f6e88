package brief.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.BadInputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of real brief text in a fresh index; queries as an analyst types them. */
class SearcherTest {

    @TempDir
    static Path dir;
    static BriefIndex index;

    @BeforeAll
    static void build() {
        index = new BriefIndex(dir.resolve("index"));
        index.replace("a", List.of(
                new Passage("a", "일본-대만 산업협력", "sha-a", 1, 0,
                        "지난해 일본의 ROHM과 대만의 TSMC는 전기차용 질화갈륨(GaN) 전력 반도체를 공동 개발하고 양산하기 위한 "
                                + "전략적 파트너십을 체결하였다.", tags(List.of("ROHM", "TSMC"), List.of(2024))),
                new Passage("a", "일본-대만 산업협력", "sha-a", 2, 1,
                        "일본 정부는 국내 반도체 투자에 최대 1조 엔 규모의 보조금을 지원하며, 반도체 산업의 전략적 육성을 "
                                + "강력히 뒷받침하고 있다.", Passage.Tags.NONE)));
        index.replace("b", List.of(new Passage("b", "배터리 동향", "sha-b", 1, 0,
                "폭스콘은 이미 미국, 태국, 인도 등지에서 전기차(EV) 플랫폼을 활용한 생산 생태계를 구축 중이다.",
                tags(List.of("Foxconn"), List.of()))));
        index.replace("c", List.of(new Passage("c", "CHIPS Act", "sha-c", 1, 0,
                "Samsung Electronics will receive a subsidy of up to $4.745 billion for its semiconductors plant in "
                        + "Taylor, Texas.", tags(List.of("Samsung Electronics"), List.of()), "en")));
    }

    @Test
    void anEnglishPassageIsStemmed() {
        for (String q : List.of("subsidies", "subsidy", "subsidies semiconductor", "Semiconductors")) {
            SearchResult r = new Searcher(index).search(q, 10);
            assertEquals(1, r.total(), q);
            assertEquals("c", r.hits().get(0).id(), q);
            assertTrue(r.hits().get(0).snippet().contains("<b>subsidy</b>")
                    || r.hits().get(0).snippet().contains("<b>semiconductors</b>"), r.hits().get(0).snippet());
        }
    }

    @Test
    void aKoreanNameFindsItsEnglishAlias() {
        SearchResult r = new Searcher(index).search("삼성전자", 10);
        assertEquals("c", r.hits().get(0).id());
        assertTrue(r.hits().get(0).snippet().contains("<b>Samsung Electronics</b>"), r.hits().get(0).snippet());
    }

    @Test
    void englishStopWordsDoNotMatchKoreanPages() {
        assertEquals(List.of("c"), new Searcher(index).search("the Taylor plant", 10).hits().stream().map(Hit::id).toList());
    }

    @Test
    void aPageGivesItsOwnPassagesAlone() {
        try (Searcher searcher = new Searcher(index)) {
            List<Passage> two = searcher.passages("a", 2);
            assertEquals(1, two.size());
            assertTrue(two.get(0).text().startsWith("일본 정부는 국내 반도체 투자에"), two.get(0).text());
            assertEquals(index.passages().stream().filter(p -> p.docId().equals("a") && p.page() == 1).toList(),
                    searcher.passages("a", 1));
            assertEquals(List.of(), searcher.passages("a", 3));
            assertEquals(List.of(), searcher.passages("nothing", 1));
        }
    }

    @Test
    void anOpenSearcherSeesEveryCommitAnIngestMakesWhileItIsOpen(@TempDir Path other) throws Exception {
        BriefIndex fresh = new BriefIndex(other.resolve("index"));
        fresh.replace("a", List.of(new Passage("a", "t", "sha-a", 1, 0, "일본 정부는 반도체 보조금을 지원한다.",
                Passage.Tags.NONE)));
        try (Searcher searcher = new Searcher(fresh)) {
            assertEquals(0, searcher.search("폭스콘", 10).total());
            long first = searcher.version();
            // the folder's time long settled, as on a server that has answered for a while
            java.nio.file.Files.setLastModifiedTime(fresh.dir(),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
            assertEquals(first, searcher.version());
            assertEquals(first, searcher.version());
            fresh.replace("b", List.of(new Passage("b", "t", "sha-b", 1, 0, "폭스콘은 전기차 생산 생태계를 구축 중이다.",
                    Passage.Tags.NONE)));
            assertEquals(1, searcher.search("폭스콘", 10).total());
            assertTrue(searcher.version() != first);
            fresh.replace("c", List.of(new Passage("c", "t", "sha-c", 1, 0, "폭스콘은 인도에도 공장을 짓는다.",
                    Passage.Tags.NONE)));
            assertEquals(2, searcher.search("폭스콘", 10).total());
        }
    }

    private static Passage.Tags tags(List<String> firms, List<Integer> years) {
        return new Passage.Tags(firms, List.of(), years, List.of(), List.of());
    }

    @Test
    void aStemFindsItsInflectedForms() {
        SearchResult r = new Searcher(index).search("반도체", 10);
        assertEquals(2, r.total());
        assertTrue(r.hits().get(0).snippet().contains("<b>반도체</b>"), r.hits().get(0).snippet());
    }

    @Test
    void allWordsRankThePageWithBothFirst() {
        SearchResult r = new Searcher(index).search("반도체 보조금", 10);
        assertEquals("a", r.hits().get(0).id());
        assertEquals(2, r.hits().get(0).page());
    }

    @Test
    void aNameFindsItsDocumentAndPage() {
        Hit top = new Searcher(index).search("폭스콘", 10).hits().get(0);
        assertEquals("b", top.id());
        assertEquals(1, top.page());
        assertEquals("배터리 동향", top.title());
    }

    @Test
    void replacingADocumentKeepsOneCopy() {
        index.replace("b", List.of(new Passage("b", "배터리 동향", "sha-b2", 1, 0, "폭스콘 전기차", Passage.Tags.NONE)));
        assertEquals(1, new Searcher(index).search("폭스콘", 10).total());
        assertEquals("sha-b2", index.sha256("b").orElseThrow());
    }

    @Test
    void aMalformedQueryIsBadInputNamingTheQuery() {
        BadInputException e = assertThrows(BadInputException.class, () -> new Searcher(index).search("반도체 AND (", 10, Filters.NONE, true));
        assertTrue(e.getMessage().startsWith("query '반도체 AND ('"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid query syntax at character"), e.getMessage());
    }

    @Test
    void aMissingIndexSaysSo() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> new Searcher(new BriefIndex(dir.resolve("none"))).search("반도체", 10));
        assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    }
}
