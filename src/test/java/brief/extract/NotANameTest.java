package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.nlp.AnalyzedText;
import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import brief.text.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The false names of issue 11 that real text gave, put to {@link NameCheck} as a finder would propose them,
 * beside real names of the same shape that must stay. Each row: a sentence of a real document, the surface
 * proposed, its kind, and whether it is kept. Sources: the PDFs of ../shared/wild (odl-db-china,
 * odl-rfp-genai, odl-bill, odl-msds-tgc50), National Assembly minutes (na-minutes-2020 and na-minutes-2011
 * of ../holdout, as brief reads them) and konec's training part (KLUE NER dev, CC BY-SA 4.0, by sentence id).
 */
class NotANameTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final NameCheck NAMES = new NameCheck(Gazetteer.standard());

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
        // a common noun that Nori's dictionary reads as a proper one, or a firm's head closes (not-names.tsv)
        "또한 본 상품은실적배당상품으로 유가증권 가격의 등락에따른 손익은투자자에귀속되며, | 유가증권 | FIRM | false",
        "3. 신종 코로나바이러스 감염증 대응 관련 현안보고 | 코로나바이러스 | FIRM | false",
        "박능후 보건복지부장관은 감염병 경계단계 격상에 따라 편성된 중앙사고수습본부 | 감염병 | ORGANIZATION | false",
        "예를 들자면 메르스 같은 것은 사망률이 27%에서 37%까지 됐잖아요. 사스 같은 것은 | 사스 | ORGANIZATION | false",
        "어업피해보상은 지금 동해안에 거의 국가시설들이 들어올 때 문제 제기가 | 동해안 | ORGANIZATION | false",
        // states joined for their relations (klue-ner-v1_dev_04488)
        "남북은 서해 군 통신선의 재개 문제 외에 일일 단위의 상시 통행 문제와 통관 절차 간소화를 위한 선별 검사 | 남북 | ORGANIZATION | false",
        // a person's post, after a body's name or after a legal form that ends the firm's name
        "박능후 보건복지부장관은 감염병 경계단계 격상에 따라 편성된 중앙사고수습본부 | 보건복지부장관 | ORGANIZATION | false",
        "한국남부발전주식회사 사장 귀하 | 사장 | FIRM | false",
        "다음은 군산LNG복합화력발전소 현안에 대해서 보고해 주시기 바랍니다. ◯한국서부발전주식회사사장 김문덕 안녕하십니까? | 사장 | FIRM | false",
        // a counter glued to the session's number
        "제375회국회 보건복지위원회회의록 제 1 호 | 회국회 | ORGANIZATION | false",
        // a kind of body: a bare head, or a generic word before it (klue-ner-v1_dev_00856)
        "2. 「노동조합 및 노동관계조정법」 제10조제2항에 따른 총연합단체 | 노동조합 | ORGANIZATION | false",
        "이날은 그가 속한 상임위원회에서 중요한 안건을 다뤘다고 보도했다. | 상임위원회 | ORGANIZATION | false",
        "기왕에 이 법안들을 전부 소관 소위원회에 다 회부를 했으니 | 소위원회 | ORGANIZATION | false",
        // the real names beside them (klue-ner-v1_dev_03331, _03614)
        "이주영 해양수산부장관이 이를 전격 수용하면서 투입이 결정됐다. | 해양수산부 | ORGANIZATION | true",
        "제375회국회 보건복지위원회회의록 제 1 호 | 국회 | ORGANIZATION | true",
        "제375회국회 보건복지위원회회의록 제 1 호 | 보건복지위원회 | ORGANIZATION | true",
        "김승희 위원님을 우리 위원회 간사로 선임하고 아울러 예산결산심사소위원회 소위원장으로도 | 예산결산심사소위원회 | ORGANIZATION | true",
        "20일 국민일보는 김군이 사용했던 것으로 알려진 트위터 내용을 공개했다. | 국민일보 | ORGANIZATION | true",
    })
    void keptOnlyWhenAName(String sentence, String surface, EntityKind kind, boolean kept) {
        AnalyzedText analyzed = ANALYZER.analyze(CleanText.ofSinglePage(sentence));
        int at = sentence.indexOf(surface);
        EntityMention m = RuleFinder.unknown(new Span(at, at + surface.length()), sentence, kind, "");
        assertEquals(kept, !NAMES.keep(analyzed, List.of(m)).isEmpty());
    }

    /** The model's spans lose a post at their end and a counter at their start (shipped model). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "제375회국회 보건복지위원회회의록 제 1 호 | 국회/legislature",
    })
    void modelSpansTrimmed(String sentence, String expected) {
        assertEquals(expected, EntityExtractorTest.bodies(EntityExtractorTest.extract(sentence)));
    }

    /**
     * A platform's name where something is posted names the service, not the firm (konec tags it TMI_SERVICE);
     * where the firm acts, it stays (sentences of konec's training part, by id). Each row: the firms found.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // klue-ner-v1_dev_02109, _01959, _04746
        "다음은 임다미가 같은 날 페이스북에 남긴 소감 전문입니다. | ",
        "16일 '테이스티로드’ 공식 페이스북에는 원조 먹방여신 박수진씨와 새롭게 합류한 리지씨가 촬영장에서 찍은 다정한 투샷 셀카가 올라왔다. | ",
        "25일 영화 '역린'의 예고편이 공개돼 화제인 가운데 배우 한지민이 자신의 페이스북에 올린 영화 스틸컷이다. | ",
        // klue-ner-v1_dev_02484
        "28일(현지시각) AP뉴스는 구글 X랩이 월스크리트저널 디지털 라이브 컨퍼런스에서 이 같은 프로젝트를 발표했다고 보도했다. | 구글",
    })
    void platformAsService(String sentence, String firms) {
        assertEquals(java.util.Objects.toString(firms, ""), EntityExtractorTest.names(EntityExtractorTest.extract(sentence),
                EntityKind.FIRM));
    }

    /** A data sheet's sources are databases, not firms: the model's bare acronyms stay out (shipped model). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "○ 미국관리정보(CERCLA 규정) : 크롬 2267.995kg 5000lb, 니켈 45.3599kg 100lb",
        "○ 갑각류 : LC50 7.2E-5 ~ 5.36 ㎎/ℓ 48 hr (중앙값: 0.044 ㎎/ℓ) ※출처 : GESTIS",
    })
    void noFirmInASourceLine(String sentence) {
        assertEquals("", EntityExtractorTest.render(EntityExtractorTest.extract(sentence).stream()
                .filter(m -> m.kind() == EntityKind.FIRM).toList()));
    }
}
