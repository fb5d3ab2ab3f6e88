package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that must not come out, and the real names beside them that must: the false names of issue 11
 * and more, in sentences written for this test. Each row: a sentence, then every mention as
 * {@code surface@start:KIND:key} (empty when there is none).
 */
class FalseNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // a gazetteer alias inside a longer word: 재무 + 성과, not 재무성 + 과
        "올해 재무성과가 크게 개선되었다고 회사는 밝혔다. | ",
        "일본 재무성과 경제산업성은 엔화 약세에 대응하기로 했다. | 일본 재무성@0:ORGANIZATION:재무성"
            + " ; 경제산업성@8:ORGANIZATION:경제산업성",
        // Nori reads a name its dictionary lacks in pieces, the last one glued to the particle: 라피 + 더 + 스에
        "일본은 라피더스에 9,200억엔을 지원했다. | 라피더스@4:FIRM:Rapidus",
        "삼성동에 새 사옥을 지었다. | ",
        // a kind of committee any body has is no body by itself
        "유럽연합(EU) 집행위원회는 규제안을 냈다. | 유럽연합@0:ORGANIZATION:유럽연합 ; EU@5:ORGANIZATION:유럽연합",
        "당은 비상대책위원회를 꾸렸다. | ",
        // a short capital alias with no company context: the welding society's standard
        "용접봉의 규격은 AWS A5.2 R45이며 AWS Classification에 따른다. | ",
        "AWS는 서울 리전에 데이터센터를 추가로 짓는다고 발표했다. | AWS@0:FIRM:Amazon Web Services",
        "The subsidy for TSMC in Arizona and the AWS D1.1 code | TSMC@16:FIRM:TSMC",
        // the model's and the rules' junk: share classes, common nouns, phrases, industry descriptions
        "편입 비중은 H주 49.4%, 레드칩 15.8%, A주 4.5%이다. | ",
        "(71) 출원인 주식회사 한글과컴퓨터 경기도 성남시 분당구 | 한글과컴퓨터@14:FIRM:한글과컴퓨터",
        "주) 집합투자증권 1.3, 부실금융기관 등이 보유증권을 양도하는 경우 | ",
        "정부는 AI반도체 육성을 위해 예산을 늘렸다. | ",
        "한국 반도체 산업과 한국 자동차 기업들이 수출을 늘렸다. | ",
        "미국 국제전자제품박람회(Consumer Electronics Show, CES)에 참가했다. | ",
        "Creating Helpful Incentives to Produce Semiconductors Act에 따라 | ",
        "RIS 관련 위원회의 역할을 강화한다. | ",
        "(19) 대한민국특허청(KR) (12) 공개특허공보(A) | 대한민국특허청@5:ORGANIZATION:대한민국특허청",
        "거래처와 수요처의 요청을 반영하고 재정지원 방식을 검토한다. | ",
        "상기 섬네일 이미지를 표시하는 섬네일 표시부를 더 포함하는 전자 단말 장치 | ",
        // a firm head inside one dictionary noun, or after a particle: kinds of business and papers
        "멀티미디어 및 부가통신 사업을 하는 업체가 늘었다. | ",
        "보험증권을 받은 것으로수익증권 매입을 확인했다. | ",
        "한빛통신이 새 요금제를 내놓았다. | 한빛통신@0:FIRM:한빛통신",
        // placeholders and spread headings
        "OO대학교 보안정책과 XX대학교 학칙, oooo협회 컨설팅, (주)000발전 사업, oo전자 과제 | ",
        "Google과 Facebook은 OOO 서비스를 내놓았다. | Google@0:FIRM:Alphabet ; Facebook@8:FIRM:Meta Platforms",
    })
    void noFalseNames(String sentence, String expected) {
        assertEquals(Objects.toString(expected, ""), EntityExtractorTest.render(EntityExtractorTest.extract(sentence)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "섬네일 이미지를 표시하는 섬네일 표시부를 더 포함하는 장치",
        "사업 지원 인원은 회원 100명과 직원 20명, 김지원 연구원이다.",
    })
    void noOrganization(String sentence) {
        assertTrue(EntityExtractorTest.extract(sentence).stream().noneMatch(m -> m.kind() == EntityKind.ORGANIZATION),
                () -> EntityExtractorTest.render(EntityExtractorTest.extract(sentence)));
    }

    /** A form's blanks: an address of placeholders before (주), and a spread row label under 회사명. */
    @org.junit.jupiter.api.Test
    void aFormsPlaceholdersAndSpreadLabelsAreNoFirms() {
        String form = "갑\t을 ㅇㅇ시 ㅇㅇ구 ㅇㅇ동 ㅇㅇ번지 (주)0000\n\n회사명\t\t대표자\t\n사업 분야\t\t\t\n주소\t\t\t\n"
                + "회 사 설 립 년 도\t년월\t\t";
        assertEquals("", EntityExtractorTest.render(EntityExtractorTest.extract(form)));
    }

    @org.junit.jupiter.api.Test
    void aColumnHeadedByCompaniesHoldsNoFragments() {
        String table = "부처\t기업\t비고\n기획재정부\t자율평가\t-\n국가균형발전위원회\t균형발전 평가)\t-";
        assertEquals("기획재정부@9:ORGANIZATION:기획재정부 ; 국가균형발전위원회@22:ORGANIZATION:국가균형발전위원회",
                EntityExtractorTest.render(EntityExtractorTest.extract(table)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "산업통상자원부 | ministry", "식품의약품안전처 | agency", "방위사업청 | agency", "금융통화위원회 | committee",
        "한국가스공사 | public corporation", "국민연금공단 | public corporation", "포항공과대 | university",
        "서울대학교 | university", "京都大 | university", "더불어민주당 | party", "미국 공화당 | party",
        "대한상공회의소 | association", "한국개발연구원 | research institute", "서울고등법원 | court",
        "유럽중앙은행 | central bank", "경제산업성 | ministry", "Stanford University | university",
    })
    void kindFromHead(String name, String kind) {
        String[] words = name.split(" ");
        assertEquals(kind, OrgKinds.of(words[words.length - 1]).orElse("(none)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"표시부", "거래처", "요청", "지원", "회원", "재정지원", "정당", "수당"})
    void notAHead(String word) {
        assertEquals("(none)", OrgKinds.of(word).orElse("(none)"));
    }

    /**
     * A file format's specification, written for this test in the style of Hancom's own: its element names
     * in capitals and the nouns glued to Latin terms are no firms, and a word the model takes for a body in
     * one or two of its ten places ({@code 엘리먼트}, element) is outvoted by the rest; the real firm beside
     * them stays.
     */
    @org.junit.jupiter.api.Test
    void aSpecificationsIdentifiersAndTermsAreNoNames() {
        String spec = String.join("\n",
                "표 35 글꼴 엘리먼트",
                "FONTID 엘리먼트들 중 참조하고자 하는 엘리먼트의 Id 속성값이다.",
                "부모 엘리먼트는 FONTFACE이며 자식 엘리먼트는 없다.",
                "이 엘리먼트는 글꼴의 이름을 가진다. 각 엘리먼트에는 속성이 있다.",
                "SHAPEOBJECT 설명 개체 속성 부모 엘리먼트 TABLE 자식 엘리먼트 SHAPECOMPONENT",
                "HWPUNIT은 1/7200인치를 나타내는 단위이다.",
                "SCSI디스크는 순차적인 섹터번호를 사용하고 UNIX계열 서버와 DISK박스를 연결한다.",
                "이 규격을 삼성전자가 처음 썼다.");
        assertEquals("삼성전자", EntityExtractorTest.names(EntityExtractorTest.extract(spec), EntityKind.FIRM)
                + EntityExtractorTest.bodies(EntityExtractorTest.extract(spec)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SHAPEOBJECT | true", "HWPUNIT | true", "BINDATA_2 | true", "SAMSUNG | true", "NVIDIA | false",
        "HwpCtrl | false", "OpenAI | false", "KOTRA | false",
    })
    void capitalsWords(String word, boolean identifier) {
        assertEquals(identifier, OpenNlpNameFinder.capitalsWord(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "서버는 SCSI디스크를 쓴다. | SCSI디스크 | true", "DISK박스를 늘린다. | DISK박스 | true",
        "BC카드는 밝혔다. | BC카드 | false", "SK건설이 짓는다. | SK건설 | false", "KGI증권은 밝혔다. | KGI증권 | false",
        "SK하이닉스가 밝혔다. | SK하이닉스 | false", "LG화학이 밝혔다. | LG화학 | false",
        "BORDERFILL엘리먼트의 Id 값 | BORDERFILL엘리먼트 | true",
    })
    void latinWithCommonNoun(String sentence, String surface, boolean term) {
        int at = sentence.indexOf(surface);
        TokenIndex tokens = new TokenIndex(brief.nlp.TextAnalyzer.tokens(sentence));
        assertEquals(term, OpenNlpNameFinder.latinWithCommonNoun(tokens,
                new brief.text.Span(at, at + surface.length()), surface));
    }

    @org.junit.jupiter.api.Test
    void wordsCountedWhereTheyStandAlone() {
        assertEquals(3, OpenNlpNameFinder.wordStarts("교원대는 교원대의 한국교원대학교와 교원대 교원대학교", "교원대"));
    }
}
