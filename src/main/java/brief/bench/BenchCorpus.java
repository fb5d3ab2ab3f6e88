package brief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A bench corpus: Korean PDFs of a given number of pages, typeset with PDFBox in a Korean TrueType
 * font. Each page has a heading and paragraphs of sentences drawn (seeded, so every run makes the same
 * files) from the hand-restored reference texts of {@code corpus/src/}; half the paragraphs wrap between
 * words, half between any two syllables as a Hangul word processor does, so both kinds of line wrap
 * are joined; a page number sits in the footer.
 */
public final class BenchCorpus {

    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float MARGIN = 64;
    static final float BODY = 10;
    static final float LEADING = 16;

    private final List<String> sentences;
    private final Path font;

    /**
     * @param sources the texts whose sentences fill the pages
     * @param font    a TrueType font with Hangul (Nanum Gothic, from Debian's fonts-nanum)
     */
    public BenchCorpus(List<String> sources, Path font) {
        List<String> s = new ArrayList<>();
        for (String text : sources) {
            for (String para : text.split("\n")) {
                for (String sentence : para.strip().split("(?<=[.?!])\\s+")) {
                    if (sentence.length() >= 20 && !sentence.contains("\t")) {
                        s.add(sentence);
                    }
                }
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no sentences in the source texts");
        }
        this.sentences = List.copyOf(s);
        this.font = font;
    }

    /** {@return the reference texts of {@code corpus/src/} (every {@code *.txt})} */
    public static List<String> referenceTexts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the reference texts (" + e.getMessage() + ")", e);
        }
    }

    /** Writes a PDF of {@code pages} pages to {@code out}, its sentences drawn with {@code seed}. */
    public void write(Path out, int pages, long seed) {
        Random random = new Random(seed);
        try (PDDocument doc = new PDDocument()) {
            PDFont f = PDType0Font.load(doc, font.toFile());
            for (int n = 1; n <= pages; n++) {
                page(doc, f, n, random);
            }
            doc.getDocumentInformation().setTitle("brief bench " + out.getFileName());
            Files.createDirectories(out.toAbsolutePath().getParent());
            doc.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write the bench PDF (" + e.getMessage() + ")", e);
        }
    }

    private void page(PDDocument doc, PDFont f, int number, Random random) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = MARGIN;
            List<String> words = List.of(sentence(random).split(" "));
            y = line(cs, f, 14, String.join(" ", words.subList(0, Math.min(4, words.size()))), y) + 10;
            while (true) {
                List<String> lines = wrap(f, paragraph(random), random.nextBoolean());
                if (y + lines.size() * LEADING > H - MARGIN - 30) {
                    break;
                }
                for (String l : lines) {
                    y = line(cs, f, BODY, l, y);
                }
                y += LEADING / 2;
            }
            text(cs, f, 9, "- " + number + " -", W / 2 - 10, H - MARGIN + 10);
        }
    }

    private String sentence(Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    private String paragraph(Random random) {
        int n = 2 + random.nextInt(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return b.toString();
    }

    /** Lines of at most the body's width: broken at spaces, or (bySyllable) at any character. */
    private static List<String> wrap(PDFont f, String text, boolean bySyllable) throws IOException {
        float width = W - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int lastSpace = -1;
            while (end < text.length() && width(f, text.substring(start, end + 1)) <= width) {
                if (text.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end++;
            }
            if (end < text.length() && !bySyllable && lastSpace > start) {
                end = lastSpace;
            }
            lines.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return lines;
    }

    private static float width(PDFont f, String s) throws IOException {
        return f.getStringWidth(s) / 1000 * BODY;
    }

    private static float line(PDPageContentStream cs, PDFont f, float size, String text, float y) throws IOException {
        text(cs, f, size, text, MARGIN, y + size);
        return y + Math.max(LEADING, size * 1.6f);
    }

    private static void text(PDPageContentStream cs, PDFont f, float size, String text, float x, float top)
            throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, H - top);
        cs.showText(text);
        cs.endText();
    }
}
