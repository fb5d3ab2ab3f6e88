package brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Briefs in other languages, written as PDFs the way a word processor lays out a one-page brief. */
public final class BriefPdfs {

    /** A one-page English brief on CHIPS Act subsidies: a title and three paragraphs. */
    public static final List<String> ENGLISH = List.of(
            "US CHIPS Act Awards to Foreign Chipmakers",
            "The US Department of Commerce finalized a CHIPS Act subsidy of $6.6 billion for TSMC in November 2024. "
                    + "The award supports three fabs in Phoenix, Arizona, the third of which will make chips on the "
                    + "2 nm node before the end of the decade. TSMC also expects loans of up to $5 billion.",
            "Samsung Electronics will receive up to $4.745 billion for its plant in Taylor, Texas, less than the "
                    + "$6.4 billion announced in April 2024, after the company trimmed its investment plan. The grants "
                    + "are paid out as construction milestones are met.",
            "Korean and Taiwanese semiconductor firms thus depend on federal subsidies and an investment tax credit "
                    + "of 25 percent. Analysts expect the administration to review the awards and to ask for larger "
                    + "investments in return.");

    /**
     * A one-page Japanese brief on the subsidies to JASM in Kumamoto, worded with the kana and kanji that
     * KS X 1001 holds (a Korean font has them; shinjitai such as 県, 体, 会 it lacks are avoided).
     */
    public static final List<String> JAPANESE = List.of(
            "熊本のチップ工場と政府の補助金",
            "TSMCは熊本の菊陽町に第1工場を完成させ、ソニーやデンソーが出資する合弁企業JASMを通じて量産を開始した。"
                    + "日本政府は最大4760億円の補助金を支給する。",
            "第2工場では6ナノメートルのチップを生産する予定で、政府は追加で最大7320億円を補助する。"
                    + "地元では技術者の確保と地下水の保全が課題となっている。");

    /**
     * A TrueType font with kana and kanji. Debian's Noto CJK would be the natural choice, but it is a
     * collection of CFF-outline fonts, which PDFBox can neither subset nor embed whole; Nanum Gothic
     * (fonts-nanum) is TrueType and covers KS X 1001, kana included.
     */
    private static final Path KANA_FONT = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    private BriefPdfs() {
    }

    /** Writes {@link #ENGLISH} in Helvetica (a Standard 14 font, nothing embedded). */
    public static Path english(Path file) {
        try (PDDocument doc = new PDDocument()) {
            write(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA), ENGLISH, " ");
            return save(doc, file, ENGLISH.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #JAPANESE} in Nanum Gothic (subset embedded), if the system has it. */
    public static Optional<Path> japanese(Path file) {
        if (!Files.isRegularFile(KANA_FONT)) {
            return Optional.empty();
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, KANA_FONT.toFile());
            write(doc, font, font, JAPANESE, "");
            return Optional.of(save(doc, file, JAPANESE.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(PDDocument doc, Path file, String title) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        doc.setDocumentInformation(info);
        doc.save(file.toFile());
        return file;
    }

    /** A title, then paragraphs wrapped to the text width, a blank line's gap between them. */
    private static void write(PDDocument doc, PDFont titleFont, PDFont font, List<String> parts, String space)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float margin = 72;
        float width = PDRectangle.A4.getWidth() - 2 * margin;
        float size = 11;
        float leading = 15;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(titleFont, 16);
            cs.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
            cs.showText(parts.get(0));
            cs.newLineAtOffset(0, -2 * leading);
            cs.setFont(font, size);
            for (String paragraph : parts.subList(1, parts.size())) {
                for (String line : wrap(paragraph, font, size, width, space)) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -leading);
                }
                cs.newLineAtOffset(0, -leading);
            }
            cs.endText();
        }
    }

    /** Greedy wrapping at spaces ({@code space} " "), or between any two characters ({@code space} ""). */
    private static List<String> wrap(String text, PDFont font, float size, float width, String space) throws IOException {
        List<String> units = new ArrayList<>();
        if (space.isEmpty()) {
            text.codePoints().forEach(c -> units.add(Character.toString(c)));
        } else {
            units.addAll(List.of(text.split(" ")));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units) {
            String candidate = line.isEmpty() ? unit : line + space + unit;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(unit);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
