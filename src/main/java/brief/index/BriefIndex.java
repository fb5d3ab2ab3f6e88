package brief.index;

import brief.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
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
 * The Lucene index on disk: one Lucene document per page of a brief, keyed by the brief's id. A
 * brief is replaced as a whole, atomically (delete and add in one {@code updateDocuments} call, then a
 * commit), so a reader sees either the old pages or the new ones. Only one writer at a time: a second
 * one gets a {@link BadInputException} naming the index.
 */
public final class BriefIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SHA = "sha256";
    static final String PAGE = "page";
    static final String TEXT = "text";
    static final String FIRM = "firm";
    static final String YEAR = "year";

    private static final FieldType TEXT_TYPE = textType();

    private final Path dir;

    public BriefIndex(Path dir) {
        this.dir = dir;
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

    /** {@return the content hash the index holds for brief {@code id}, if it holds that brief} */
    public Optional<String> sha256(String id) {
        if (!exists()) {
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

    /** {@return whether an index exists at this place} */
    public boolean exists() {
        try (Directory d = FSDirectory.open(dir)) {
            return Files.isDirectory(dir) && DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /** Replaces every page of brief {@code id} by {@code passages} and commits. */
    public void replace(String id, List<Passage> passages) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot create the index folder (" + e.getMessage() + ")", e);
        }
        try (Directory d = FSDirectory.open(dir); Analyzer analyzer = Analyzers.text();
             IndexWriter w = openWriter(d, analyzer)) {
            List<Document> docs = new ArrayList<>();
            for (Passage p : passages) {
                docs.add(toDocument(p));
            }
            w.updateDocuments(new Term(ID, id), docs);
            w.commit();
        } catch (LockObtainFailedException e) {
            throw new BadInputException(dir, "the index is being written by another ingest; try again when it ends", e);
        } catch (IOException e) {
            throw new UncheckedIOException("index " + dir + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static IndexWriter openWriter(Directory d, Analyzer analyzer) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(d, config);
    }

    private static Document toDocument(Passage p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.docId(), Field.Store.YES));
        doc.add(new StoredField(TITLE, p.title()));
        doc.add(new StoredField(SHA, p.sha256()));
        doc.add(new IntPoint(PAGE, p.page()));
        doc.add(new StoredField(PAGE, p.page()));
        doc.add(new Field(TEXT, p.text(), TEXT_TYPE));
        for (String firm : p.firms()) {
            doc.add(new StringField(FIRM, firm, Field.Store.YES));
        }
        for (int year : p.years()) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new StoredField(YEAR, year));
        }
        return doc;
    }
}
