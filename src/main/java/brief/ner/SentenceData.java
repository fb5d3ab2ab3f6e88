package brief.ner;

import brief.nlp.SentenceModel;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * konec sentences to paragraphs for the sentence splitter: each run of {@link #PER_PARAGRAPH}
 * consecutive sentences (in file order) is joined with one space, so every sentence end but the last
 * is a boundary inside running text, as in a brief's paragraph. Evaluation paragraphs are made the same
 * way from the evaluation part.
 */
public final class SentenceData {

    /** Sentences per pseudo-paragraph: a brief's paragraph holds two to six. */
    public static final int PER_PARAGRAPH = 4;

    private SentenceData() {
    }

    /** {@return the pseudo-paragraphs of {@code sentences}, in order} */
    public static List<SentenceModel.Paragraph> paragraphs(List<KonecSentence> sentences) {
        List<SentenceModel.Paragraph> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += PER_PARAGRAPH) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (KonecSentence s : sentences.subList(i, Math.min(sentences.size(), i + PER_PARAGRAPH))) {
                String t = s.text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                spans.add(new Span(text.length(), text.length() + t.length()));
                text.append(t);
            }
            if (!spans.isEmpty()) {
                out.add(new SentenceModel.Paragraph(text.toString(), spans));
            }
        }
        return out;
    }
}
