package brief.index;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index on disk: one Lucene document per passage of a brief (a paragraph or a table, never
 * crossing a page), keyed by the brief's id, with the facts each passage mentions as fields. The text
 * goes to the field of its document's language ({@link TextFields}: Nori for Korean, English, Japanese,
 * other), and the language is stored beside it. A
 * brief is replaced as a whole, atomically (delete and add in one {@code updateDocuments} call, then a
 * commit), so a reader sees either the old pages or the new ones. Only one writer at a time: a second
 * one gets a {@link BadInputException} naming the index.
 *
 * <p>Every commit records {@link #FORMAT} and the name of the {@link Analysis} it was built with; an
 * index built otherwise is stale: {@link #isCurrent()} says so, ingest rebuilds it, search refuses it.
 */
public final class BriefIndex implements PassageStore {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SHA = "sha256";
    static final String PAGE = "page";
    static final String TEXT = "text";
    static final String FIRM = "firm";
    static final String YEAR = "year";
    static final String PASSAGE = "passage";
    static final String COUNTRY = "country";
    static final String NM = "nm";
    static final String YEN = "yen";
    static final String LANGUAGE = "language";

    /** The layout of the index; bump it whenever fields or passages change meaning (4: a text field per language). */
    public static final String FORMAT = "4";
    private static final String FORMAT_KEY = "brief.index.format";
    private static final String ANALYSIS_KEY = "brief.index.analysis";

    private static final FieldType TEXT_TYPE = textType();

    private final Path dir;
    private final Analysis analysis;

    /** The index at {@code dir}, analysed the shipped way. */
    public BriefIndex(Path dir) {
        this(dir, Analysis.shipped());
    }

    public BriefIndex(Path dir, Analysis analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    /** {@return how this index analyses text} */
    public Analysis analysis() {
        return analysis;
    }

    /** {@return whether the index exists and was built in this format with this analysis} */
    public boolean isCurrent() {
        if (!exists()) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            var data = org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData();
            return FORMAT.equals(data.get(FORMAT_KEY)) && analysis.name().equals(data.get(ANALYSIS_KEY));
        } catch (IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS); // offsets for the highlighter
        t.freeze();
        return t;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /** {@return the content hash the index holds for brief {@code id}, if it holds that brief} */
    @Override
    public Optional<String> sha256(String id) {
        if (!isCurrent()) {
            return Optional.empty();
        }
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(s.storedFields().document(top.scoreDocs[0].doc).get(SHA));
        } catch (IOException e) {
            throw new UncheckedIOException("index " + dir + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** {@return every passage the index holds, by document and ordinal: what {@code search-eval} re-indexes} */
    public List<Passage> passages() {
        if (!isCurrent()) {
            throw new BadInputException(dir, "no current index here; run './brief ingest' first");
        }
        List<Passage> out = new ArrayList<>();
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            var stored = r.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                out.add(passage(stored.document(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index " + dir + ": cannot read (" + e.getMessage() + ")", e);
        }
        out.sort(java.util.Comparator.comparing(Passage::docId).thenComparingInt(Passage::ordinal));
        return out;
    }

    /** {@return the passage a stored document holds} */
    static Passage passage(Document doc) {
        Passage.Tags tags = new Passage.Tags(List.of(doc.getValues(FIRM)), List.of(doc.getValues(COUNTRY)),
                java.util.Arrays.stream(doc.getFields(YEAR)).map(f -> f.numericValue().intValue()).toList(),
                java.util.Arrays.stream(doc.getValues(NM)).map(BigDecimal::new).toList(),
                java.util.Arrays.stream(doc.getValues(YEN)).map(Long::valueOf).toList());
        return new Passage(doc.get(ID), doc.get(TITLE), doc.get(SHA),
                doc.getField(PAGE).numericValue().intValue(), doc.getField(PASSAGE).numericValue().intValue(),
                text(doc), tags, doc.get(LANGUAGE));
    }

    /** {@return whether an index exists at this place} */
    public boolean exists() {
        if (!Files.isDirectory(dir)) {
            return false; // FSDirectory.open would create the folder: a search with a typo must not
        }
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces every page of brief {@code id} by {@code passages} and commits. */
    @Override
    public void replace(String id, List<Passage> passages) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot create the index folder (" + e.getMessage() + ")", e);
        }
        boolean stale = exists() && !isCurrent();
        try (Directory d = FSDirectory.open(dir); IndexWriter w = openWriter(d, indexAnalyzer(), stale)) {
            List<Document> docs = new ArrayList<>();
            for (Passage p : passages) {
                docs.add(toDocument(p));
            }
            if (docs.isEmpty()) { // a brief without body text (an HWP of an equation alone); Lucene asserts on an empty update
                w.deleteDocuments(new Term(ID, id));
            } else {
                w.updateDocuments(new Term(ID, id), docs);
            }
            w.setLiveCommitData(java.util.Map.of(FORMAT_KEY, FORMAT, ANALYSIS_KEY, analysis.name()).entrySet());
            w.commit();
        } catch (LockObtainFailedException e) {
            throw new BadInputException(dir, "the index is being written by another ingest; try again when it ends", e);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + dir + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** The analysis's own for the Korean field, the fixed analyzer of each other language's field. */
    private Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(analysis.index(), TextFields.indexAnalyzers());
    }

    /** {@return the text of a stored passage, from whichever language field holds it} */
    static String text(Document doc) {
        return doc.get(TextFields.of(doc.get(LANGUAGE)));
    }

    /** A stale index is started afresh: its other briefs are gone until they are ingested again. */
    private static IndexWriter openWriter(Directory d, Analyzer analyzer, boolean fresh) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(d, config);
    }

    private static Document toDocument(Passage p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.docId(), Field.Store.YES));
        doc.add(new StoredField(TITLE, p.title()));
        doc.add(new StoredField(SHA, p.sha256()));
        doc.add(new IntPoint(PAGE, p.page()));
        doc.add(new StoredField(PAGE, p.page()));
        doc.add(new StoredField(PASSAGE, p.ordinal()));
        doc.add(new StoredField(LANGUAGE, p.language()));
        doc.add(new Field(TextFields.of(p.language()), p.text(), TEXT_TYPE));
        Passage.Tags t = p.facts();
        for (String firm : t.firms()) {
            doc.add(new StringField(FIRM, firm, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(FIRM, new BytesRef(firm)));
        }
        for (String country : t.countries()) {
            doc.add(new StringField(COUNTRY, country, Field.Store.YES));
        }
        for (int year : t.years()) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new StoredField(YEAR, year));
            doc.add(new SortedNumericDocValuesField(YEAR, year));
        }
        for (BigDecimal n : t.nm()) {
            doc.add(new StringField(NM, nm(n), Field.Store.YES));
        }
        for (long yen : t.yen()) {
            doc.add(new StringField(YEN, Long.toString(yen), Field.Store.YES));
            doc.add(new LongPoint(YEN, yen));
        }
        return doc;
    }

    /** {@return the indexed form of a node: {@code 3}, {@code 1.4}, never {@code 3.0} or {@code 1E+1}} */
    static String nm(BigDecimal value) {
        return brief.extract.NodeMention.normalize(value).toPlainString();
    }
}
