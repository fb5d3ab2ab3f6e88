package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the shipped configuration keeps of names nobody listed: bodies named by a generic institutional
 * noun (경찰, 검찰, 군 ...), a body's weak alias the model confirms, firms a company cue introduces; and
 * what it still drops: a bare 정부, places, persons. Sentences written for this test.
 */
class ModelNamesTest {

    private static String orgs(String sentence) {
        return EntityExtractorTest.bodies(EntityExtractorTest.extract(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "경찰은 사건을 검찰에 넘겼고 검찰은 다음 달 기소할 방침이다. | 경찰/police ; 검찰/prosecution ; 검찰/prosecution",
        "국회는 법안을 통과시켰지만 법원은 효력을 정지했다. | 국회/legislature ; 법원/court",
        "동래경찰서에 따르면 피해자는 모두 3명이다. | 동래경찰서/police",
        "금융당국은 대출 규제를 강화하기로 했다. | 금융당국/authority",
    })
    void bodiesNamedByAnInstitutionalNoun(String sentence, String expected) {
        assertEquals(expected, orgs(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "정부는 한·일·대만 간 산업협력을 위한 협력 인프라를 구축할 필요가 있다",
        "회사 후보군을 추려 제품군별로 나누었다.",
        "무정부 상태가 이어졌다.",
    })
    void noBodyHere(String sentence) {
        assertEquals("", orgs(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "이 식당은 서울 강남구 삼성동 코엑스 근처에 있다. | 삼성동",
        "석현준 선수는 후반 13분 교체로 출전했다. | 석현준",
        "래퍼 원(정제원·21)이 전속계약을 체결했다. | 정제원",
        "발행처 04637 서울특별시 중구 퇴계로 10(남대문로5가 537) 메트로타워 | 남대문",
        "(51) Int. Cl. G06T 5/20 (2006.01) H04N 21/431 (2016.01) | H04N",
        "3대 분야, 12대 핵심재정사업(군)을 선정하고 재정을 투자한다. | 군",
        "윤석대 한국수자원공사 사장은 29일 봉화댐 건설 현장을 찾았다. | 윤석대",
    })
    void noPlacePersonCodeOrGlossAsAName(String sentence, String name) {
        List<EntityMention> found = EntityExtractorTest.extract(sentence);
        assertTrue(found.stream().noneMatch(m -> m.text().contains(name)), () -> EntityExtractorTest.render(found));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "이들은 소셜 펀딩 업체 '킥스타터'에서 제품을 판매하고 있다. | 킥스타터",
        "미국 반도체 기업 마이크론은 공장을 짓는다. | 마이크론",
        // the names listed after the cued one, named by the same cue
        "스타트업 뤼이드와 미래테크가 투자를 유치했다. | 미래테크",
        "반도체 기업 마이크론과 미래테크, 한빛반도체는 경쟁한다. | 미래테크",
    })
    void firmsACueIntroduces(String sentence, String firm) {
        List<EntityMention> found = EntityExtractorTest.extract(sentence);
        assertTrue(found.stream().anyMatch(m -> m.kind() == EntityKind.FIRM && m.text().equals(firm)),
                () -> EntityExtractorTest.render(found));
    }

    /**
     * Firms told by their head, whatever Nori makes of the rest (코코 + 엔터 + 테 + 인 + 먼 + 트): sentences of
     * konec's training part (KLUE NER dev, CC BY-SA 4.0), then the firms found; and kinds of card, no firm.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // klue-ner-v1_dev_01803, _03082, _03579, _00836
        "BC카드는 지난 8월 애완동물업종과 동물병원업종의 가맹점 수가 작년 같은 기간보다 각각 12.8%, 4.2% 증가했다고 이날 밝혔다. | BC카드",
        "개그맨 김준호(41) 씨와 김대희(42) 씨가 코코엔터테인먼트(이하 코코엔터) 파산과 관련해 제기된 배임·업무방해 혐의에서 완전히 벗어났다. | 코코엔터테인먼트 ; 코코엔터",
        "앞서 화동양행은 김연아 은퇴 기념 메달을 제작해 지난 17일 발매하고, 판매 수익금 일부는 피겨 꿈나무를 육성하는데 기부키로 했었다. | 화동양행",
        "신용카드와 교통카드, 체크카드 사용이 늘었고 SIM카드도 바꿨다. | ",
    })
    void firmsByTheirHead(String sentence, String firms) {
        assertEquals(java.util.Objects.toString(firms, ""), EntityExtractorTest.names(EntityExtractorTest.extract(sentence),
                EntityKind.FIRM));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "업체 관계자는 물량이 줄었다고 말했다.",
        "기업 경쟁력을 높이기 위한 방안이다.",
        "업체 관계자와 김철수 대표가 만났다.",
    })
    void noFirmWhereACueHasNoName(String sentence) {
        List<EntityMention> found = EntityExtractorTest.extract(sentence);
        assertTrue(found.stream().noneMatch(m -> m.kind() == EntityKind.FIRM), () -> EntityExtractorTest.render(found));
    }

    /**
     * The model tags Nori's morphemes, so where Nori cuts a long name inside it the model may tag only its
     * end: 보건공단 of 한국산업안전보건공단, 동지원센터 of 이동지원센터, 너지환경부 of 기후에너지환경부 came out so in
     * real reports. A span that starts after a syllable of its own word is such a piece.
     */
    @org.junit.jupiter.api.Test
    void aSpanStartingInsideAWordIsAPiece() {
        String text = "한국산업안전보건공단과 이동지원센터, 대한·미국 협회";
        assertTrue(OpenNlpNameFinder.startsInsideAWord(text, new brief.text.Span(6, 10)));   // 보건공단
        assertTrue(OpenNlpNameFinder.startsInsideAWord(text, new brief.text.Span(13, 18)));  // 동지원센터
        assertTrue(!OpenNlpNameFinder.startsInsideAWord(text, new brief.text.Span(0, 10)));  // the whole word
        assertTrue(!OpenNlpNameFinder.startsInsideAWord(text, new brief.text.Span(12, 18))); // after a space
        assertTrue(!OpenNlpNameFinder.startsInsideAWord(text, new brief.text.Span(23, 25))); // after a middle dot
    }

    /** A country or a common word after a cued firm and 와 is no firm of the list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "스타트업 뤼이드와 미국이 협력했다. | 뤼이드",
        "스타트업 뤼이드와 함께 일했다. | 뤼이드",
    })
    void aListAfterACueHoldsOnlyNames(String sentence, String firms) {
        assertEquals(firms, EntityExtractorTest.names(EntityExtractorTest.extract(sentence), EntityKind.FIRM));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"경찰 | police", "의정부경찰서 | police", "서울중앙지검 | prosecution",
        "재판부 | court", "대표팀 | sports team", "공군 | military"})
    void institutionalNounsAreHeads(String word, String kind) {
        assertEquals(kind, OrgKinds.of(word).orElse("(none)"));
    }

    /** Sentences of konec's training part (KLUE NER dev, CC BY-SA 4.0), each with the body its head names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // klue-ner-v1_dev_00143: a district court's short form, told by Nori's morpheme 지법
        "비대위는 개인투자자 4천여명(투자금액 3천억원)이 서명한 탄원서를 서울중앙지법에 냈다. | 비대위/committee ; 서울중앙지법/court",
        // klue-ner-v1_dev_04263, _04237: a committee's short form in 위
        "징계위는 사안의 파장이 컸던 만큼 두 교수에 대해 최고 처벌 수위에 해당하는 해임 또는 파면도 고려 중인 것으로 전해졌다. | 징계위/committee",
        "박근혜 대통령 당선인은 7일 대통령직인수위 첫 전체회의에서 사회적 신뢰회복을 위한 공약의 철저한 이행과 이를 위한 관행의 개선을 강조했다. | 대통령직인수위/committee",
        // klue-ner-v1_dev_00189: a headquarters
        "검경 합동수사본부가 카카오톡을 토대로 여객선 세월호 침몰 상황을 재구성하고 있다. | 검경 합동수사본부/headquarters",
        // klue-ner-v1_dev_03614, _04354: a newspaper, a museum
        "20일 국민일보는 김군이 사용했던 것으로 알려진 트위터 내용을 공개했다. | 국민일보/newspaper",
        "대림미술관 헨릭 빕스코브 전시를 마음껏 즐길 수 있는 방법이 화제다. | 대림미술관/museum",
        // klue-ner-v1_dev_01347: a player's club in brackets after the name, no particle glued to it (첼시 is
        // listed in sports.tsv)
        "우리나라는 지소연(첼시)이 컨디션 난조와 허벅지 근육 통증 등의 문제로 결장하는 바람에 박은선(로시얀카)을 최전방 공격수로 세우고 이금민(서울시청)을 2선 공격수로 배치했다. | 첼시/football club ; 로시얀카/organization ; 서울시청/agency",
    })
    void bodiesToldByTheirHead(String sentence, String expected) {
        assertEquals(expected, orgs(sentence));
    }

    /**
     * The rules alone, without the model, find a public office or court by its head: sentences of konec's
     * training part (KLUE NER dev, CC BY-SA 4.0), then the bodies as {@code surface/kind}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // klue-ner-v1_dev_00171, _00426, _02857
        "16일 용인서부경찰서는 사건이 일어난 경기 용인시 수지구 아파트에서 이 아파트에 거주하는 초등학생을 검거했다. | 용인서부경찰서/police",
        "신씨는 이날 정오 무렵 변호인을 통해 수원지검 강력부에 전화를 걸어 자수하겠다는 의사를 밝힌데 이어 오후 1시28분께 수원지검에 자진 출석했다. | 수원지검/prosecution ; 수원지검/prosecution",
        "한편 루한은 10일 서울중앙지방법원에 SM엔터테인먼트를 상대로 전속계약효력부존재확인 소송을 제기했다. | 서울중앙지방법원/court",
        // a kind of office, not one: 지방법원 is any district court, 관할 경찰서 any police station
        "소송은 지방법원에서 시작해 관할경찰서의 조사를 거친다. | ",
    })
    void officesTheRulesFind(String sentence, String expected) {
        brief.nlp.AnalyzedText analyzed = new brief.nlp.TextAnalyzer().analyze(brief.text.CleanText.ofSinglePage(sentence));
        String found = EntityExtractorTest.bodies(new RuleFinder(Gazetteer.standard()).find(analyzed));
        assertEquals(java.util.Objects.toString(expected, ""), found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"방송문화진흥회 | association", "한국마사회 | association",
        "국경없는의사회 | association", "서울지방변호사회 | association", "정무위 | committee", "선관위 | committee",
        "농림축산검역본부 | headquarters", "주중대사관 | embassy", "경향신문 | newspaper", "한글문화연대 | association",
        "정책기획팀 | team", "민관합동조사단 | group", "해외봉사단 | group", "제3보병사단 | military"})
    void headsOfBodies(String word, String kind) {
        assertEquals(kind, OrgKinds.of(word).orElse("(none)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"후보군", "제품군", "군", "대표", "경찰관", "에너지법", "에너지바우처", "전자정부", "지방대학",
        "시민사회", "세계대회", "사진전시회", "불법시위", "성행위", "최하위", "무더위", "본부", "신문", "상대팀",
        "원정팀", "스팀", "집단", "수단", "판단"})
    void notAnInstitution(String word) {
        assertEquals("(none)", OrgKinds.of(word).orElse("(none)"));
    }
}
