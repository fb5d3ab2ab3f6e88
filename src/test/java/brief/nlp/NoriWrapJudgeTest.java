package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.text.WrapJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line wraps of real brief sentences: the end of one line, the start of the next, the right joint. */
class NoriWrapJudgeTest {

    private final WrapJoiner joiner = new WrapJoiner(new NoriWrapJudge());

    @ParameterizedTest(name = "{0}|{1} -> ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // inside a word: verb stems and endings, nouns and particles, suffixes
        "전기차 위탁생산에 나 | 선다고 발표했다 | \"\"",
        "이번 협 | 력을 통해 | \"\"",
        "시너지를 기대하게 한다. 이는 기술기반과 생산기반을 각각 보 | 유한 일본과 | \"\"",
        "안보적 가치도 높아 이 분야에서의 협력은 | 단순한 경제협력을 | \" \"",
        "정부가 기여할 수 있는 산업협력 인 | 프라의 예이다 | \"\"",
        "반도체 공장 설립이 활발히 진행되 | 고 있다 | \"\"",
        // a particle alone at the start of the line: 의 after 시장 reads as a noun without a word after it
        "소부장·제조·시장 | 의 각 영역에서 | \"\"",
        // at a space: after a particle, after punctuation, between English words
        "전략적 파트너십을 | 체결하였다 | \" \"",
        "Sony, | Denso, Toyota | \" \"",
        "Renesas | Electronics는 | \" \"",
        // punctuation decides: a gloss, a middle dot, a closing quote
        "TSMC의 3나노미터 | (nm) 공정기술 | \"\"",
        "12·16, 22 | ·28nm | \"\"",
        "‘일본첨단반도체제조(JASM*) | ’를 통해 | \"\"",
        "2027 | 년말 목표 | \"\"",
        // a particle attaches to a percentage, a noun does not
        "부문이 CAGR 39.4% | 로 가장 높은 | \"\"",
        "매출이 30% | 증가했다 | \" \"",
    })
    void joinsWrapsAsTheOriginalWasWritten(String left, String right, String expected) {
        assertEquals(expected, joiner.separator(left.strip(), right.strip()));
    }

    /** fis-23-2 p.2 wraps 예산편성-집행-성과관리의 전(全) | 주기에; p.3 writes 전(全)주기(편성·집행·평가) inside a line. */
    @org.junit.jupiter.api.Test
    void aWordAfterAGlossIsJoinedAsTheDocumentWritesIt() {
        WrapJoiner alone = new WrapJoiner(new NoriWrapJudge());
        WrapJoiner withDocument = alone.withDocument("중장기 시계에서 전(全)주기(편성·집행·평가)에 걸쳐\n밀착 관리할 수 있는");
        assertEquals(" ", alone.separator("성과관리의 전(全)", "주기에 걸쳐"));
        assertEquals("", withDocument.separator("성과관리의 전(全)", "주기에 걸쳐"));
    }
}
