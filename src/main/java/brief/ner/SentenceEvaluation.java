package brief.ner;

import brief.BadInputException;
import brief.nlp.SentenceModel;
import brief.nlp.SentenceSplitter;
import brief.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence-boundary scores of a splitter on paragraphs with known sentences: konec pseudo-paragraphs
 * ({@link SentenceData}) or a hand-checked gold file of a brief.
 *
 * <p>A gold file holds one sentence per line, a blank line between paragraphs, and {@code # } comment
 * lines; the text scored is its paragraphs, sentences joined by one space, paragraphs by a line break.
 */
public final class SentenceEvaluation {

    private SentenceEvaluation() {
    }

    /** {@return the boundary counts of {@code splitter} over {@code paragraphs}, each split on its own} */
    public static SentenceScore score(SentenceSplitter splitter, List<SentenceModel.Paragraph> paragraphs) {
        SentenceScore total = SentenceScore.ZERO;
        for (SentenceModel.Paragraph p : paragraphs) {
            total = total.plus(SentenceScore.of(splitter, p.text(), p.sentences()));
        }
        return total;
    }

    /**
     * Reads a sentence gold file.
     *
     * @throws BadInputException when the file is missing or holds no sentence
     */
    public static List<SentenceModel.Paragraph> readGold(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "no sentence gold file here");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        List<SentenceModel.Paragraph> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# ")) {
                continue;
            }
            if (line.isBlank()) {
                add(current, out);
                current = new ArrayList<>();
            } else {
                current.add(line.strip());
            }
        }
        add(current, out);
        if (out.isEmpty()) {
            throw new BadInputException(file, "no sentence in the gold file");
        }
        return out;
    }

    private static void add(List<String> sentences, List<SentenceModel.Paragraph> out) {
        if (sentences.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        out.add(new SentenceModel.Paragraph(text.toString(), spans));
    }
}
