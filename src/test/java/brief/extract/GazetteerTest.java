package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "폭스콘 | Foxconn", "훙하이 | Foxconn", "hon hai precision industry | Foxconn", "鴻海 | Foxconn",
        "토요타 | Toyota Motor", "トヨタ自動車 | Toyota Motor", "르네사스 일렉트로닉스 | Renesas Electronics",
        "로옴 | ROHM", "일본첨단반도체제조 | JASM", "마이크론테크놀로지 | Micron Technology",
        "일본정부 | 일본 정부", "METI | 경제산업성", "산업부 | 산업통상자원부", "KISTEP | 한국과학기술기획평가원",
        "전경련 | 한국경제인협회", "EU | 유럽연합", "블루오벌SK | BlueOval SK"})
    void looksUpStrongAliases(String alias, String name) {
        assertEquals(name, gazetteer.lookup(alias).orElseThrow().name());
    }

    @Test
    void weakAliasesAreNotLookedUp() {
        assertTrue(gazetteer.lookup("삼성").isEmpty());
        assertTrue(gazetteer.lookup("미쓰비시").isEmpty());
        assertTrue(gazetteer.lookup("상무부").isEmpty());
    }

    @Test
    void holdsEnoughCheckedEntries() {
        List<Gazetteer.Match> none = gazetteer.find("");
        assertTrue(none.isEmpty());
        long firms = countKind(EntityKind.FIRM);
        long orgs = countKind(EntityKind.ORGANIZATION);
        assertTrue(firms >= 600, "companies: " + firms);
        assertTrue(orgs >= 500, "organizations: " + orgs);
    }

    private static long countKind(EntityKind kind) {
        long n = 0;
        for (String file : kind == EntityKind.FIRM ? Gazetteer.FIRM_FILES : Gazetteer.ORGANIZATION_FILES) {
            var in = GazetteerTest.class.getResourceAsStream("/brief/gazetteer/" + file);
            List<Gazetteer.Entry> entries = Gazetteer.parse(kind, new java.io.InputStreamReader(in,
                    java.nio.charset.StandardCharsets.UTF_8), file);
            for (Gazetteer.Entry e : entries) {
                assertFalse(e.source().isBlank(), "no source for " + e.name() + " in " + file);
                assertTrue(kind == EntityKind.ORGANIZATION || e.country().length() == 2, "no country for " + e.name());
            }
            n += entries.size();
        }
        return n;
    }

    /** The input, then every match as {@code surface@start}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TSMC의 구마모토 공장                 | TSMC@0",
        "라피더스는 홋카이도에                | 라피더스@0",
        "도요타가 출자했다                    | 도요타@0",
        "폭스콘(Foxconn)은                    | 폭스콘@0 Foxconn@4",
        "BMW-도요타의 공동개발                | BMW@0 도요타@4",
        "삼성전자와 SK하이닉스                 | 삼성전자@0 SK하이닉스@6",
        "LGBT 단체와 SKY 대학                  | ''",
        "KT&G와 AT&T, KT의                    | KT&G@0 AT&T@6 KT@12",
        "KT&C와 AT&T, KT의                    | AT&T@6 KT@12",
        "소니아 씨는 삼성동에 산다            | ''",
        "엔진 부품과 엔비디아의 칩            | 엔비디아@7",
        "arm 근육과 Arm의 설계                 | Arm@8",
        "일본 정부는 일본정부 보조금을        | 일본 정부@0 일본정부@7"})
    void matchesOnWordBoundariesOnly(String text, String expected) {
        String got = gazetteer.find(text).stream().map(m -> m.span().of(text) + "@" + m.span().start())
                .collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }

    @Test
    void rejectsAStrongAliasListedTwice() {
        String tsv = "name\tcountry\taliases\tweak_aliases\tindustry\tsource\n"
                + "A Corp\tKR\t에이\t\tx\ty\nB Corp\tKR\t에이\t\tx\ty\n";
        var entries = Gazetteer.parse(EntityKind.FIRM, new StringReader(tsv), "test.tsv");
        var e = assertThrows(IllegalStateException.class, () -> Gazetteer.of(entries, List.of()));
        assertTrue(e.getMessage().contains("'에이'") && e.getMessage().contains("A Corp"), e.getMessage());
    }

    @Test
    void namesTheLineOfABadRow() {
        String tsv = "name\tcountry\taliases\tweak_aliases\tindustry\tsource\nA Corp\tKR\t에이\n";
        var e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(EntityKind.FIRM, new StringReader(tsv), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
    }
}
