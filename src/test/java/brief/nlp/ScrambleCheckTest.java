package brief.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.Pipeline;
import brief.pdf.DrawnPdf;
import brief.pdf.PdfReader;
import brief.text.CleanText;
import brief.text.LayoutAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Scrambled pages are named; the text of a sound page or of the shared Hancom PDFs is not. */
class ScrambleCheckTest {

    static final List<String> BODY = List.of(
            "현행법은 기후위기 대응을 위해 국가 탄소중립 녹색성장 기본계획을 수립하도록 하고,",
            "주요 정책 등을 심의하기 위하여 탄소중립위원회를 두도록 하고 있음.",
            "그러나 위원회의 구성에 민주적 참여가 보장되지 않고 있어 이를 개선하려는 것임.",
            "또한 지방자치단체의 탄소중립 녹색성장 기본계획 및 주요 정책 등을 심의하기",
            "위하여 지방탄소중립위원회를 둘 수 있도록 하고 있으나 그 구성은 정하지 않음.",
            "이에 위원회의 위원을 위촉할 때 다양한 사회계층의 대표성을 반영하도록 함.");

    /** {@code line} with its letters shuffled in place: the spaces stay, the syllables move. */
    static String scramble(String line, Random random) {
        List<Character> letters = new ArrayList<>();
        for (char c : line.toCharArray()) {
            if (c != ' ') {
                letters.add(c);
            }
        }
        Collections.shuffle(letters, random);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : line.toCharArray()) {
            out.append(c == ' ' ? ' ' : letters.get(next++));
        }
        return out.toString();
    }

    @Test
    void theDeliberatelyScrambledPageAndOnlyItIsNamed() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DrawnPdf.NANUM),
                "no " + DrawnPdf.NANUM + " (Debian package fonts-nanum) to draw Korean test PDFs with");
        Random random = new Random(7);
        Path file;
        try (DrawnPdf pdf = new DrawnPdf()) {
            for (int page = 1; page <= 3; page++) {
                DrawnPdf.Page p = pdf.page(595, 842, 0, DrawnPdf.Style.PLAIN);
                for (int i = 0; i < BODY.size(); i++) {
                    String line = page == 3 ? scramble(BODY.get(i), random) : BODY.get(i);
                    p.line(line, 60, 100 + 40 * i, 11, 0, false, false);
                }
            }
            file = pdf.save(Path.of("target/scramble/scrambled-page-3.pdf"));
        }
        List<String> warnings = new Pipeline().process(file, "scrambled-page-3.pdf", Optional.empty()).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("page 3: its text reads as scrambled ("), warnings.get(0));
    }

    @Test
    void soundTextHasNoUnreadableWords() {
        ScrambleCheck.PageScore score = ScrambleCheck.score(1, String.join(" ", BODY));
        assertEquals(0, score.unreadable(), score.toString());
        assertTrue(score.eojeol() >= 30, score.toString());
    }

    @Test
    void characterSoupIsUnreadable() {
        // how Hancom PDF's bill title read before glyph sizes came from the full rendering matrix
        assertEquals(1, ScrambleCheck.score(1, "기후위기대응을(이일위수부한진의개탄원정소법대중률표립발안·의녹)색성장기본법")
                .unreadable());
        assertEquals(1, ScrambleCheck.score(1, "프로요젝구트사 항관리").unreadable());
    }

    /** No page of a shared Hancom PDF reads as scrambled. */
    @Test
    void noPageOfTheSharedHancomPdfsReadsAsScrambled() {
        Path wild = Path.of("../shared/wild");
        Assumptions.assumeTrue(Files.isDirectory(wild), "no ../shared/wild (the shared real PDFs) in this clone");
        LayoutAnalyzer layout = new LayoutAnalyzer(new NoriWrapJudge());
        for (String name : List.of("odl-bill.pdf", "motie-energy-voucher.pdf", "odl-rfp-genai.pdf", "odl-rfp-rev.pdf")) {
            CleanText text = layout.clean(new PdfReader().read(wild.resolve(name)));
            assertEquals(List.of(), new ScrambleCheck().scrambled(text), name);
        }
    }
}
