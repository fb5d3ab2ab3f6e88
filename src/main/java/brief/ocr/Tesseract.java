package brief.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Tesseract through tess4j's JNA binding of its C API, with the Korean and English models and the LSTM
 * engine alone (its word boxes then agree with the spaces of its text). The C API is
 * called directly with the image's grey bytes, so Leptonica is not needed on the Java side (Debian names
 * it {@code liblept}, which tess4j's own image path does not find). One engine per document and thread:
 * a Tesseract handle is not thread-safe. Close it to free the handle.
 */
public final class Tesseract implements AutoCloseable {

    /** The models read with: Korean, and English for the Latin names Korean briefs are full of. */
    public static final String LANGUAGES = "kor+eng";

    /** The model pages are read with; English then reads again the words it gives Latin letters or digits. */
    static final String KOREAN = "kor";

    /** How to get Tesseract when it is missing, for the line that refuses a scan. */
    public static final String INSTALL = "install Tesseract and its Korean model"
            + " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kor)";

    /** Where Tesseract's debugging output goes: nowhere. */
    private static final String NO_OUTPUT = System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";

    private static final int WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
    private static final int LINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;
    private static final int SYMBOL = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;

    private final TessAPI api;
    private final ITessAPI.TessBaseAPI handle;
    private final ITessAPI.TessBaseAPI latin;

    private Tesseract(TessAPI api, ITessAPI.TessBaseAPI handle, ITessAPI.TessBaseAPI latin) {
        this.api = api;
        this.handle = handle;
        this.latin = latin;
    }

    /** {@return an engine, or empty when the library or the Korean or English model is not installed} */
    public static Optional<Tesseract> open() {
        Optional<Path> data = tessdata();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        try {
            TessAPI api = LoadLibs.getTessAPIInstance();
            // one uniform block: brief's own layout stage finds columns, tables and paragraphs from the word
            // boxes; Tesseract's automatic segmentation (PSM 3) read the bundled brief's scan as vertical text
            Optional<ITessAPI.TessBaseAPI> korean = engine(api, data.get(), KOREAN, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
            if (korean.isEmpty()) {
                return Optional.empty();
            }
            // the English model reads one word at a time, inside the box the Korean model found
            Optional<ITessAPI.TessBaseAPI> english = engine(api, data.get(), "eng", ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
            if (english.isEmpty()) {
                api.TessBaseAPIEnd(korean.get());
                api.TessBaseAPIDelete(korean.get());
                return Optional.empty();
            }
            return Optional.of(new Tesseract(api, korean.get(), english.get()));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.empty(); // libtesseract is not on this system
        }
    }

    private static Optional<ITessAPI.TessBaseAPI> engine(TessAPI api, Path data, String languages, int psm) {
        ITessAPI.TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(h, data.toString(), languages, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            api.TessBaseAPIDelete(h);
            return Optional.empty();
        }
        api.TessBaseAPISetPageSegMode(h, psm);
        // Tesseract prints its debugging output (a line finder's empty statistics: "Total count=0",
        // "Median=0.00", ...) to the terminal unless told where; none of it is for the user
        api.TessBaseAPISetVariable(h, "debug_file", NO_OUTPUT);
        return Optional.of(h);
    }

    /** {@return whether an engine can be opened here} (opens and closes one) */
    public static boolean available() {
        Optional<Tesseract> t = open();
        t.ifPresent(Tesseract::close);
        return t.isPresent();
    }

    /** The folder holding {@code kor.traineddata} and {@code eng.traineddata}: TESSDATA_PREFIX, then Debian's. */
    static Optional<Path> tessdata() {
        Stream<String> candidates = Stream.of(System.getenv("TESSDATA_PREFIX"), "/usr/share/tesseract-ocr/5/tessdata",
                "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");
        return candidates.filter(s -> s != null && !s.isBlank()).map(Path::of)
                .flatMap(p -> Stream.of(p, p.resolve("tessdata")))
                .filter(p -> Files.isRegularFile(p.resolve("kor.traineddata")) && Files.isRegularFile(p.resolve("eng.traineddata")))
                .findFirst();
    }

    /**
     * {@return the words on a grey page image drawn at {@code dpi}, in Tesseract's reading order} A word is
     * what Tesseract's line text puts between spaces (its word boxes cut Korean words into syllables; its
     * line text does not). A word the Korean model reads with Latin letters, digits or symbols in it is
     * read again by the English model and the two readings merged ({@link LatinMerge}).
     */
    public List<OcrWord> words(BufferedImage grey, int dpi) {
        return words(grey, dpi, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
    }

    /**
     * {@return the words of an image that holds one line of text} (a line cut from a page) Read as one
     * block, a short cut may be split into two lines by a rule under it or a taller letter, and its words
     * scattered between them.
     */
    public List<OcrWord> lineWords(BufferedImage grey, int dpi) {
        return words(grey, dpi, ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
    }

    private List<OcrWord> words(BufferedImage grey, int dpi, int psm) {
        api.TessBaseAPISetPageSegMode(handle, psm);
        try {
            return read(grey, dpi);
        } finally {
            api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
        }
    }

    private List<OcrWord> read(BufferedImage grey, int dpi) {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("OCR wants an 8-bit grey image, got type " + grey.getType());
        }
        ByteBuffer pixels = pixels(grey);
        List<Run> runs = recognise(handle, pixels, grey, dpi);
        boolean latinSet = false;
        List<OcrWord> words = new ArrayList<>(runs.size());
        for (Run r : runs) {
            String text = r.text();
            List<OcrSymbol> symbols = r.symbols();
            float confidence = r.confidence();
            if (LatinMerge.suspect(text)) {
                if (!latinSet) {
                    api.TessBaseAPISetImage(latin, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
                    api.TessBaseAPISetSourceResolution(latin, dpi);
                    latinSet = true;
                }
                List<OcrSymbol> english = reread(r, grey);
                symbols = LatinMerge.symbols(r.symbols(), english, r.bottom() - r.top());
                text = LatinMerge.text(symbols);
                if (!text.equals(r.text())) { // the English model's reading counts: so does its confidence
                    confidence = Math.max(confidence, (float) english.stream().mapToDouble(OcrSymbol::confidence)
                            .average().orElse(0));
                }
            }
            // the Korean model reads · as - or :, and a comma between digits as a period now and then
            List<OcrSymbol> dotted = Commas.read(MiddleDots.read(symbols, grey), grey);
            if (!dotted.equals(symbols)) {
                symbols = dotted;
                text = LatinMerge.text(symbols);
            }
            if (!text.isBlank()) {
                words.add(new OcrWord(text, r.left(), r.top(), r.right(), r.bottom(), r.lineTop(), r.lineBottom(),
                        confidence, r.spaceBefore(), symbols));
            }
        }
        return Quotes.read(words, grey);
    }

    private static ByteBuffer pixels(BufferedImage grey) {
        byte[] bytes = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buf = ByteBuffer.allocateDirect(bytes.length);
        buf.put(bytes).flip();
        return buf;
    }

    /** {@return the English model's characters in the box of {@code r} (a little wider), in page pixels} */
    private List<OcrSymbol> reread(Run r, BufferedImage grey) {
        int pad = Math.max(2, (r.bottom() - r.top()) / 4);
        int left = Math.max(0, r.left() - pad);
        int top = Math.max(0, r.top() - pad);
        int right = Math.min(grey.getWidth(), r.right() + pad);
        int bottom = Math.min(grey.getHeight(), r.bottom() + pad);
        api.TessBaseAPISetRectangle(latin, left, top, right - left, bottom - top);
        List<Run> runs = recognise(latin, null, grey, 0);
        return runs.stream().flatMap(x -> x.symbols().stream()).toList();
    }

    /** A word as the line text has it, from one or more of Tesseract's words, with its characters. */
    private record Run(List<OcrSymbol> symbols, int left, int top, int right, int bottom, int lineTop,
                       int lineBottom, float confidence, boolean spaceBefore) {
        String text() {
            StringBuilder b = new StringBuilder();
            symbols.forEach(s -> b.append(s.text()));
            return b.toString();
        }

        Run plus(List<OcrSymbol> more, int[] box, float conf) {
            List<OcrSymbol> all = new ArrayList<>(symbols);
            all.addAll(more);
            int n = symbols.size();
            float mean = (confidence * n + conf * more.size()) / Math.max(1, n + more.size());
            return new Run(all, Math.min(left, box[0]), Math.min(top, box[1]), Math.max(right, box[2]),
                    Math.max(bottom, box[3]), lineTop, lineBottom, mean, spaceBefore);
        }
    }

    /**
     * Recognises the image set on {@code h} (setting it first when {@code pixels} is given) and returns
     * its words as runs of characters.
     */
    private List<Run> recognise(ITessAPI.TessBaseAPI h, ByteBuffer pixels, BufferedImage grey, int dpi) {
        if (pixels != null) {
            api.TessBaseAPISetImage(h, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
            api.TessBaseAPISetSourceResolution(h, dpi);
        }
        if (api.TessBaseAPIRecognize(h, null) != 0) {
            throw new IllegalStateException("Tesseract could not recognise the page");
        }
        List<Run> runs = new ArrayList<>();
        ITessAPI.TessResultIterator it = api.TessBaseAPIGetIterator(h);
        if (it == null) {
            return runs;
        }
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            api.TessPageIteratorBegin(page);
            Optional<int[]> line = Optional.empty();
            String lineText = "";
            int cursor = 0;
            boolean lineStart = true;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(page, LINE) != 0) {
                    line = box(page, LINE);
                    lineText = text(it, LINE);
                    cursor = 0;
                    lineStart = true;
                }
                String text = text(it, WORD);
                Optional<int[]> box = box(page, WORD);
                float conf = api.TessResultIteratorConfidence(it, WORD);
                List<OcrSymbol> symbols = symbols(it, page);
                if (text.isEmpty() || box.isEmpty() || symbols.isEmpty()) {
                    continue;
                }
                // the line text says where the spaces are: skip them to this word
                int at = cursor;
                while (at < lineText.length() && Character.isWhitespace(lineText.charAt(at))) {
                    at++;
                }
                boolean found = lineText.startsWith(text, at);
                boolean space = !found || at > cursor;
                cursor = found ? at + text.length() : cursor;
                int[] w = box.get();
                if (!space && !lineStart) {
                    runs.set(runs.size() - 1, runs.get(runs.size() - 1).plus(symbols, w, conf));
                    continue;
                }
                // the line's own top for every word of it: a word reaching above the line (각 beside 나아가) is
                // still of that line, and OcrGlyphs groups words into lines by it
                int top = line.map(b -> b[1]).orElse(w[1]);
                int bottom = line.map(b -> Math.max(b[3], w[3])).orElse(w[3]);
                runs.add(new Run(symbols, w[0], w[1], w[2], w[3], top, bottom, conf, !lineStart));
                lineStart = false;
            } while (api.TessPageIteratorNext(page, WORD) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return runs;
    }

    /** {@return the characters of the word the iterator is at, with their boxes}; leaves it at the word */
    private List<OcrSymbol> symbols(ITessAPI.TessResultIterator it, ITessAPI.TessPageIterator page) {
        List<OcrSymbol> out = new ArrayList<>();
        do {
            String t = text(it, SYMBOL);
            Optional<int[]> b = box(page, SYMBOL);
            if (!t.isEmpty() && b.isPresent()) {
                int[] s = b.get();
                out.add(new OcrSymbol(t, s[0], s[1], s[2], s[3], api.TessResultIteratorConfidence(it, SYMBOL)));
            }
            if (api.TessPageIteratorIsAtFinalElement(page, WORD, SYMBOL) != 0) {
                break;
            }
        } while (api.TessPageIteratorNext(page, SYMBOL) != 0);
        return out;
    }

    private String text(ITessAPI.TessResultIterator it, int level) {
        Pointer p = api.TessResultIteratorGetUTF8Text(it, level);
        if (p == null) {
            return "";
        }
        String text = p.getString(0, "UTF-8").strip();
        api.TessDeleteText(p);
        return text;
    }

    /** {@return left, top, right, bottom of the iterator's element at {@code level}} */
    private Optional<int[]> box(ITessAPI.TessPageIterator page, int level) {
        IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
        if (api.TessPageIteratorBoundingBox(page, level, l, t, r, b) == 0) {
            return Optional.empty();
        }
        return Optional.of(new int[] {l.get(0), t.get(0), Math.max(l.get(0), r.get(0)), Math.max(t.get(0), b.get(0))});
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
        api.TessBaseAPIEnd(latin);
        api.TessBaseAPIDelete(latin);
    }
}
