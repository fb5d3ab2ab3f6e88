package brief.nlp;

import brief.text.Span;
import java.util.List;

/**
 * Splits a text into sentences, as spans of it in order, trimmed of white space. A line break always
 * ends a sentence: clean text keeps one paragraph, table row or heading per line.
 */
@FunctionalInterface
public interface SentenceSplitter {
    List<Span> split(String text);
}
