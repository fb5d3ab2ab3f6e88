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

    /** How to get Tesseract when it is missing, for the line that refuses a scan. */
    public static final String INSTALL = "install Tesseract and its Korean model"
            + " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-kor)";

    private static final int WORD = ITessAPI.TessPageIteratorLevel.RIL_WORD;
    private static final int LINE = ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE;

    private final TessAPI api;
    private final ITessAPI.TessBaseAPI handle;

    private Tesseract(TessAPI api, ITessAPI.TessBaseAPI handle) {
        this.api = api;
        this.handle = handle;
    }

    /** {@return an engine, or empty when the library or the Korean model is not installed} */
    public static Optional<Tesseract> open() {
        Optional<Path> data = tessdata();
        if (data.isEmpty()) {
            return Optional.empty();
        }
        try {
            TessAPI api = LoadLibs.getTessAPIInstance();
            ITessAPI.TessBaseAPI handle = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit2(handle, data.get().toString(), LANGUAGES, ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
                api.TessBaseAPIDelete(handle);
                return Optional.empty();
            }
            // one uniform block: brief's own layout stage finds columns, tables and paragraphs from the word
            // boxes; Tesseract's automatic segmentation (PSM 3) read the bundled brief's scan as vertical text
            api.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
            return Optional.of(new Tesseract(api, handle));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.empty(); // libtesseract is not on this system
        }
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

    /** {@return the words on a grey page image drawn at {@code dpi}, in Tesseract's reading order} */
    public List<OcrWord> words(BufferedImage grey, int dpi) {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("OCR wants an 8-bit grey image, got type " + grey.getType());
        }
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buf = ByteBuffer.allocateDirect(pixels.length);
        buf.put(pixels).flip();
        api.TessBaseAPISetImage(handle, buf, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        api.TessBaseAPISetSourceResolution(handle, dpi);
        if (api.TessBaseAPIRecognize(handle, null) != 0) {
            throw new IllegalStateException("Tesseract could not recognise the page");
        }
        List<OcrWord> words = new ArrayList<>();
        ITessAPI.TessResultIterator it = api.TessBaseAPIGetIterator(handle);
        if (it == null) {
            return words;
        }
        try {
            ITessAPI.TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
            api.TessPageIteratorBegin(page);
            Optional<int[]> line = Optional.empty();
            String lineText = "";
            int cursor = 0;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(page, LINE) != 0) {
                    line = box(page, LINE);
                    lineText = text(it, LINE);
                    cursor = 0;
                }
                String text = text(it, WORD);
                Optional<int[]> box = box(page, WORD);
                if (!text.isEmpty() && box.isPresent()) {
                    // the line text says where the spaces are: skip them to this word
                    int at = cursor;
                    while (at < lineText.length() && Character.isWhitespace(lineText.charAt(at))) {
                        at++;
                    }
                    boolean found = lineText.startsWith(text, at);
                    boolean space = !found || at > cursor;
                    cursor = found ? at + text.length() : cursor;
                    int[] w = box.get();
                    int top = line.map(b -> Math.min(b[1], w[1])).orElse(w[1]);
                    int bottom = line.map(b -> Math.max(b[3], w[3])).orElse(w[3]);
                    words.add(new OcrWord(text, w[0], w[1], w[2], w[3], top, bottom,
                            api.TessResultIteratorConfidence(it, WORD), space));
                }
            } while (api.TessPageIteratorNext(page, WORD) != 0);
        } finally {
            api.TessResultIteratorDelete(it);
        }
        return words;
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
    }
}
