package brief.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.Pipeline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relations from tables of a brief nobody listed: the rows as the clean text carries them. */
class RelationsTest {

    static final String TEXT = """
            한미 반도체 협력 현황

            연도\t참여기업\t협력내용
            2023\tSK하이닉스 + 엔비디아\tHBM3E 공급 계약
            2024\t삼성전자 + AMD\t3나노 공정 파운드리 협력

            마이크론 미국 공장 투자 계획

            구분\t아이다호 1공장\t뉴욕 팹
            위치\t보이시(아이다호주)\t클레이
            생산공정\t1-감마 D램\t10나노급 D램
            가동시점\t2026년 하반기\t2028년말 목표
            투자규모\t약 150억 달러\t약 1,000억 달러
            보조금\t최대 61억 달러\t약 46억 달러
            """;

    static List<Relation> relations;

    @BeforeAll
    static void extract() {
        relations = new Pipeline().processText("t", "-", TEXT, Optional.of("2024")).facts().relations();
    }

    @Test
    void aYearRowWithTwoFirmsIsACooperation() {
        assertEquals(List.of(
                new Relation.Cooperation(Optional.of(2023), List.of("SK hynix", "Nvidia"), "HBM3E 공급 계약"),
                new Relation.Cooperation(Optional.of(2024), List.of("Samsung Electronics", "AMD"), "3나노 공정 파운드리 협력")),
                relations.stream().filter(r -> r instanceof Relation.Cooperation).toList());
    }

    @Test
    void plantColumnsAreFabsOfTheFirmInTheCaption() {
        List<Relation> fabs = relations.stream().filter(r -> r instanceof Relation.Fab).toList();
        assertEquals(2, fabs.size());
        Relation.Fab first = (Relation.Fab) fabs.get(0);
        assertEquals("Micron Technology", first.operator());
        assertEquals(Optional.of("보이시"), first.site());
        assertEquals(Optional.of("2026"), first.start());
        assertEquals(Optional.of("h2"), first.startQualifier());
        assertEquals(Optional.of(new Money("USD", 15_000_000_000L)), first.investment());
        assertEquals(Optional.of(new Money("USD", 6_100_000_000L)), first.subsidy());
        Relation.Fab second = (Relation.Fab) fabs.get(1);
        assertEquals(List.of(new BigDecimal("10")), second.nodesNm());
        assertEquals(Optional.of("end"), second.startQualifier());
    }
}
