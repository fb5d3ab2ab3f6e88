package brief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.nlp.TextAnalyzer;
import brief.text.CleanText;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Firms nobody listed, found where a table column or a holdings list says companies follow. */
class TableAndListFirmsTest {

    private static final Gazetteer G = Gazetteer.standard();

    private static String firms(NameFinder finder, String text) {
        return finder.find(new TextAnalyzer().analyze(CleanText.ofSinglePage(text))).stream()
                .map(m -> m.text() + "@" + m.span().start()).collect(Collectors.joining(" ; "));
    }

    @Test
    void holdingsColumnNamesAFirmPerRow() {
        String table = "상위 보유 종목\n종목명\t편입비중\n한울정밀화학\t10.1\nACME DEVICES-CLASS B\t4.3\nNORTHWIND(NEW)\t2.3"
                + "\nBLUE RIVER INC-ADR\t2.2\n삼성전자\t2.0\n합계\t21.0\n\n업종명\t편입비중\n금융\t31.8";
        assertEquals("한울정밀화학@18 ; ACME DEVICES@30 ; NORTHWIND@55 ; BLUE RIVER INC@74 ; 합계@106",
                firms(new TableFirmFinder(G), table));
    }

    /** A glossary of a program's fields (Company | 회사명, then Division | 부서명 ...) names no firm. */
    @Test
    void aGlossaryOfFieldsIsNoHoldingsTable() {
        String glossary = "Company\t회사명\nDivision\t부서명\nPosition\t직책명\nFax\t팩스번호\nPager\t호출기번호";
        assertEquals("", firms(new TableFirmFinder(G), glossary));
    }

    @Test
    void theExtractorKeepsTheNamesOfTheColumnAndDropsTheTotal() {
        String table = "종목명\t비중(%)\n한울정밀화학\t10.1\n두리바이오\t4.3\n합계\t14.4";
        assertEquals("한울정밀화학@10:FIRM:한울정밀화학 ; 두리바이오@22:FIRM:두리바이오",
                EntityExtractorTest.render(EntityExtractorTest.extract(table)));
    }

    @Test
    void aHoldingsListNamesAFirmPerItem() {
        String s = "성과에 크게 기여한 종목으로는 한울정밀, K&J, XPTS, 삼성전자 등이며, 부진한 종목은 두리바이오, 새봄옥션 등입니다.";
        assertEquals("한울정밀@17 ; K&J@23 ; XPTS@28 ; 삼성전자@34 ; 두리바이오@52 ; 새봄옥션@59", firms(new FirmListFinder(G), s));
    }

    @Test
    void theExtractorKeepsTheListedFirmsOfAList() {
        String s = "9월 성과에 가장 크게 기여한 종목으로는 하나마이크론, F&F, HPSP, 하나머티리얼즈 등이며, 펀드 성과에 마이너스"
                + " 기여한 종목으로는 서울옥션, 덴티움, 경동나비엔 등입니다.";
        assertEquals("하나마이크론@23 ; F&F@31 ; HPSP@36 ; 하나머티리얼즈@42 ; 서울옥션@77 ; 덴티움@83 ; 경동나비엔@88",
                firms(new FirmListFinder(G), s));
        assertEquals("하나마이크론@23:FIRM:Hana Micron ; F&F@31:FIRM:ff ; HPSP@36:FIRM:HPSP ; 하나머티리얼즈@42:FIRM:하나머티리얼즈"
                + " ; 서울옥션@77:FIRM:서울옥션 ; 덴티움@83:FIRM:덴티움 ; 경동나비엔@88:FIRM:경동나비엔",
                EntityExtractorTest.render(EntityExtractorTest.extract(s)));
    }

    @Test
    void aListOfIndustriesIsNoHoldingsList() {
        String s = "주요 업종으로는 반도체, 자동차, 조선 등이 있고 유망 분야는 바이오, 전기차 등이다.";
        assertEquals("", firms(new FirmListFinder(G), s));
    }
}
