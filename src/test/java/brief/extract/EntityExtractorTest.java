package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.nlp.AnalyzedText;
import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: a sentence, then every mention as {@code surface@start:KIND:key}. */
class EntityExtractorTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final EntityExtractor EXTRACTOR = EntityExtractor.standard();

    static List<EntityMention> extract(String text) {
        AnalyzedText analyzed = ANALYZER.analyze(CleanText.ofSinglePage(text));
        List<EntityMention> found = EXTRACTOR.extract(analyzed);
        for (EntityMention m : found) {
            assertEquals(m.span().of(text), m.text(), "text must be the span's text");
        }
        return found;
    }

    /** {@return the texts of the mentions of {@code kind}, in order, joined by {@code " ; "}} */
    static String names(List<EntityMention> mentions, EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(EntityMention::text).collect(Collectors.joining(" ; "));
    }

    /** {@return the organisations as {@code text/kind}, in order, joined by {@code " ; "}} */
    static String bodies(List<EntityMention> mentions) {
        return mentions.stream().filter(m -> m.kind() == EntityKind.ORGANIZATION).map(m -> m.text() + "/" + m.orgKind())
                .collect(Collectors.joining(" ; "));
    }

    static String render(List<EntityMention> mentions) {
        return mentions.stream().map(m -> m.text() + "@" + m.span().start() + ":" + m.kind() + ":" + m.key())
                .collect(Collectors.joining(" ; "));
    }

    @ParameterizedTest(name = "brief: {0}")
    @CsvSource(delimiter = '|', value = {
        // fki-global-brief-16, sentences as the clean text will hold them
        "대만의 폭스콘(Foxconn)은 일본 미쓰비시자동차와 협력해 전기차 위탁생산에 나선다고 발표했다."
            + " | 폭스콘@4:FIRM:Foxconn ; Foxconn@8:FIRM:Foxconn ; 미쓰비시자동차@21:FIRM:Mitsubishi Motors",
        "미쓰비시자동차와 달리 미쓰비시는 자동차 브랜드와 내연기관 기술에서 강점을 가지고 있고"
            + " | 미쓰비시자동차@0:FIRM:Mitsubishi Motors ; 미쓰비시@12:FIRM:Mitsubishi Motors",
        "지난해 일본의 ROHM과 대만의 TSMC는 전략적 파트너십을 체결하였다."
            + " | ROHM@8:FIRM:ROHM ; TSMC@18:FIRM:TSMC",
        "TSMC가 과반수 지분을 소유한 합작회사 ‘일본첨단반도체제조(JASM*)’를 통해 추진되는데 Sony, Denso, Toyota 등이"
            + " | TSMC@0:FIRM:TSMC ; 일본첨단반도체제조@24:FIRM:JASM ; JASM@34:FIRM:JASM ; Sony@52:FIRM:Sony"
            + " ; Denso@58:FIRM:Denso ; Toyota@65:FIRM:Toyota Motor",
        "* JASM: Japan Advanced Semiconductor Manufacturing의 약자로"
            + " | JASM@2:FIRM:JASM ; Japan Advanced Semiconductor Manufacturing@8:FIRM:JASM",
        "일본 정부는 국내 반도체 투자에 최대 1조 엔 규모의 보조금을 지원하며"
            + " | 일본 정부@0:ORGANIZATION:일본 정부",
        "일본정부 보조금 약 4,760억 엔 | 일본정부@0:ORGANIZATION:일본 정부",
        "TSMC, 삼성전자, 마이크론, 라피더스, 르네사스 등 국내외 주요 기업들의"
            + " | TSMC@0:FIRM:TSMC ; 삼성전자@6:FIRM:Samsung Electronics ; 마이크론@12:FIRM:Micron Technology"
            + " ; 라피더스@18:FIRM:Rapidus ; 르네사스@24:FIRM:Renesas Electronics",
        "이미 BMW-도요타의 수소연료전지차 공동개발, BMW-포드의 전고체배터리 공동개발 등"
            + " | BMW@3:FIRM:BMW ; 도요타@7:FIRM:Toyota Motor ; BMW@26:FIRM:BMW ; 포드@30:FIRM:Ford Motor",
        "Renesas Electronics는 TSMC의 3나노미터(nm) 공정기술을 활용하여, 이는 Honda의 차세대 전기차인"
            + " | Renesas Electronics@0:FIRM:Renesas Electronics ; TSMC@21:FIRM:TSMC ; Honda@52:FIRM:Honda",
        // the brief pairs KISTEP's Korean name with IITP's acronym: two gazetteer entries stay apart
        "* 자료: 한국과학기술기획평가원(IITP)"
            + " | 한국과학기술기획평가원@6:ORGANIZATION:한국과학기술기획평가원 ; IITP@18:ORGANIZATION:정보통신기획평가원",
        "MIH는 Foxconn이 주도하는 Mobility in Harmony의 약자 | Foxconn@5:FIRM:Foxconn",
    })
    void findsTheBriefsFirmsAndBodies(String sentence, String expected) {
        assertEquals(expected.strip(), render(extract(sentence)));
    }

    @ParameterizedTest(name = "other text: {0}")
    @CsvSource(delimiter = '|', value = {
        "한울반도체는 올해 차량용반도체 공장을 짓는다 | 한울반도체@0:FIRM:한울반도체",
        "(주)대성정밀이 납품한 부품을 대성정밀은 다시 점검했다 | 대성정밀@3:FIRM:대성정밀 ; 대성정밀@17:FIRM:대성정밀",
        // the enclosed marks are Hangul to Unicode, never part of the name; ㈱ marks a company as ㈜ does
        "㈜에이스테크는 ㈱미래산업을 인수했다 | 에이스테크@1:FIRM:에이스테크 ; 미래산업@9:FIRM:미래산업",
        // agencies' heads that Nori cuts inside (진 + 흥원): the rules read the word whole, the model's piece is none
        "한국콘텐츠진흥원은 한국교육과정평가원과 협력한다 | 한국콘텐츠진흥원@0:ORGANIZATION:한국콘텐츠진흥원"
            + " ; 한국교육과정평가원@10:ORGANIZATION:한국교육과정평가원",
        "국립환경과학원은 대기질을 측정했다 | 국립환경과학원@0:ORGANIZATION:국립환경과학원",
        "미국의 Acme Semiconductor Inc.는 Acme Semiconductor 공장을 | Acme Semiconductor Inc.@4:FIRM:acmesemiconductor"
            + " ; Acme Semiconductor@29:FIRM:acmesemiconductor",
        "한울반도체(Hanul Semiconductor)와 협력한다 | 한울반도체@0:FIRM:한울반도체 ; Hanul Semiconductor@6:FIRM:한울반도체",
        "에이크미(Acme Corp.)가 공장을 세운다 | 에이크미@0:FIRM:acme ; Acme Corp.@5:FIRM:acme",
        "산업통상자원부와 산업연구원(KIET)은 한국반도체산업협회와 함께 | 산업통상자원부@0:ORGANIZATION:산업통상자원부"
            + " ; 산업연구원@9:ORGANIZATION:산업연구원 ; KIET@15:ORGANIZATION:산업연구원"
            + " ; 한국반도체산업협회@22:ORGANIZATION:한국반도체산업협회",
        "베트남 정부는 새로운 보조금을 발표했다 | 베트남 정부@0:ORGANIZATION:베트남 정부",
        "멕시코정부와 칠레 정부가 합의했다 | 멕시코정부@0:ORGANIZATION:멕시코 정부 ; 칠레 정부@7:ORGANIZATION:칠레 정부",
        "대만 경제부는 미국 상무부와 회담했다 | 대만 경제부@0:ORGANIZATION:대만 경제부 ; 미국 상무부@8:ORGANIZATION:미국 상무부",
        "호주의 산업과학부는 발표했다 | ''",
        "가나다연구소와 라마바협회가 공동으로 | 가나다연구소@0:ORGANIZATION:가나다연구소 ; 라마바협회@8:ORGANIZATION:라마바협회",
        "대한석탄공사는 비축탄을 방출했다 | 대한석탄공사@0:FIRM:대한석탄공사",
        "삼성전자는 삼성의 주력 계열사다 | 삼성전자@0:FIRM:Samsung Electronics ; 삼성@6:FIRM:Samsung Electronics",
        "LG에너지솔루션과 SK온, 삼성SDI는 | LG에너지솔루션@0:FIRM:LG Energy Solution ; SK온@10:FIRM:SK On"
            + " ; 삼성SDI@15:FIRM:Samsung SDI",
        "유럽중앙은행과 전북은행 | 유럽중앙은행@0:ORGANIZATION:유럽중앙은행 ; 전북은행@8:FIRM:전북은행",
    })
    void findsNamesNobodyListed(String sentence, String expected) {
        assertEquals(expected.strip(), render(extract(sentence)));
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @CsvSource(delimiter = '|', value = {
        "5년 예상되던 공사기간을 단축하여 1년 10개월만에 제1공장을 완공함",
        "도로공사와 건설공사가 늘었다",
        "엔진 효율과 차량용반도체, 전력반도체, 시스템반도체 수요",
        "김 선임연구원은 전기자동차와 수소자동차를 비교했다",
        "기업부설연구소와 시중은행, 투자은행",
        "정부는 한·일·대만 간 산업협력을 위한 협력 인프라를 구축할 필요가 있다",
        "LGBT 권리와 SKY 대학, 소니아 씨",
        "우호국(like-minded country)으로서의 기본적 신뢰",
        // odl-rfp-genai: cameras, not China Central Television (a weak alias of media.tsv)
        "사업수행 시 자료의 안전한 관리를 위해 출입 관련으로 CCTV, 시건장치 등 비인가자 출입 통제 대책 마련",
    })
    void findsNothingWhereThereIsNothing(String sentence) {
        assertEquals("", render(extract(sentence)));
    }

    /** A ball club named after its sponsor is a body of its own (sports.tsv); the sponsor and a place named alike are not found. */
    @Test
    void aBallClubIsNeitherItsSponsorNorAPlace() {
        assertEquals("삼성 라이온즈@0:ORGANIZATION:삼성 라이온즈", render(extract("삼성 라이온즈 팬과 삼성동 주민이 모였다")));
    }

    @Test
    void pairsShareAliasesInEachMention() {
        List<EntityMention> found = extract("폭스콘(Foxconn)은 이미 폭스콘 플랫폼을, Foxconn이 주도한다");
        assertEquals(4, found.size(), render(found));
        assertTrue(found.stream().allMatch(m -> m.key().equals("Foxconn")));
        assertEquals(List.of("Foxconn"), found.get(0).aliases());
        assertEquals(List.of("폭스콘"), found.get(3).aliases());
        assertEquals("Foxconn", found.get(3).text());
    }
}
