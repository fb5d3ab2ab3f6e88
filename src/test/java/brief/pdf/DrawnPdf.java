package brief.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * Writes test PDFs operator by operator, the way Hancom PDF and other producers draw: every glyph in
 * its own {@code q … BT … ET … Q} block, under a chosen CTM and text matrix, in a chosen order, on a
 * page with a chosen {@code /Rotate}, in a Type 0 font or a Type 3 font whose glyph procedures draw the
 * same letters. Text is laid out in the page as it is displayed (points from the top left corner, y
 * down); {@link Page#line} works out where each glyph goes in user space, independently of the reader.
 */
public final class DrawnPdf implements AutoCloseable {

    public static final Path NANUM = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    /** How a glyph is put on the page. */
    public enum Style {
        /** {@code s 0 0 s x y Tm} under the identity CTM: what most producers write. */
        PLAIN,
        /** Hancom PDF: {@code 0.12 0 0 -0.12 0 H cm}, {@code 100 Tf}-scale sizes and {@code 1 0 0 -1 x y Tm}. */
        FLIPPED
    }

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final List<Page> pages = new ArrayList<>();

    public DrawnPdf() throws IOException {
        font = PDType0Font.load(doc, NANUM.toFile());
    }

    public Page page(float width, float height, int rotate, Style style) {
        Page p = new Page(width, height, rotate, style);
        pages.add(p);
        return p;
    }

    /** One glyph to draw: its code bytes, font resource, size and text matrix in user space. */
    private record Draw(String font, byte[] code, float size, double a, double b, double c, double d, double e,
                        double f) {
    }

    public final class Page {
        final float width;
        final float height;
        final int rotate;
        final Style style;
        private final List<Draw> draws = new ArrayList<>();
        private final Map<Character, Integer> type3Codes = new LinkedHashMap<>();
        private boolean shuffled;
        private final List<Integer> first = new ArrayList<>();

        private Page(float width, float height, int rotate, Style style) {
            this.width = width;
            this.height = height;
            this.rotate = rotate;
            this.style = style;
        }

        /** The displayed page's width (the media box turned by /Rotate). */
        float shownWidth() {
            return rotate % 180 == 0 ? width : height;
        }

        /**
         * Sets {@code text} on one line from (x, baseline) of the displayed page, turned {@code quarters}
         * quarter turns counter-clockwise about that point (0: reads left to right). Spaces are only
         * advance, never glyphs (0.3 em), unless {@code spaceGlyphs}.
         *
         * @return the x where the line ends
         */
        public float line(String text, float x, float baseline, float size, int quarters, boolean inType3,
                          boolean spaceGlyphs) throws IOException {
            return line(text, x, baseline, size, quarters, inType3, spaceGlyphs, 0.3f * size);
        }

        /**
         * Sets {@code text} justified to {@code width}: the slack spread over its word spaces, as a
         * word processor sets every line of a paragraph but the last.
         */
        float justified(String text, float x, float baseline, float size, int quarters, float width)
                throws IOException {
            float letters = font.getStringWidth(text.replace(" ", "")) / 1000f * size;
            long spaces = text.chars().filter(c -> c == ' ').count();
            return line(text, x, baseline, size, quarters, false, false, (width - letters) / Math.max(1, spaces));
        }

        private float line(String text, float x, float baseline, float size, int quarters, boolean inType3,
                           boolean spaceGlyphs, float space) throws IOException {
            float pen = 0;
            for (char ch : text.toCharArray()) {
                float advance = ch == ' ' && !spaceGlyphs ? space
                        : font.getStringWidth(String.valueOf(ch)) / 1000f * size;
                if (ch == ' ' && !spaceGlyphs) {
                    pen += advance;
                    continue;
                }
                // the glyph's origin and axes on the displayed page (y down), turned about (x, baseline)
                double[] rx = turn(1, 0, quarters);
                double[] up = turn(0, -1, quarters);
                double dx = x + rx[0] * pen;
                double dy = baseline + rx[1] * pen;
                put(ch, inType3 && ch != ' ', size, dx, dy, rx, up);
                pen += advance;
            }
            return x + pen;
        }

        /** {@return a mark to pass to {@link #drawFirst}} */
        int mark() {
            return draws.size();
        }

        /** Draws the glyphs set since {@code mark} before all others (a page number first, as Hancom PDF does). */
        void drawFirst(int mark) {
            for (int i = mark; i < draws.size(); i++) {
                first.add(i);
            }
        }

        /** Draws the glyphs in a random order (fixed seed) instead of reading order. */
        void shuffle() {
            shuffled = true;
        }

        private double[] turn(double x, double y, int quarters) {
            // counter-clockwise as the page shows it; the displayed y runs down
            double px = x;
            double py = y;
            for (int q = 0; q < Math.floorMod(quarters, 4); q++) {
                double nx = py;
                double ny = -px;
                px = nx;
                py = ny;
            }
            return new double[] {px, py};
        }

        /** Maps a displayed point (y down) to default user space under the page's /Rotate. */
        private double[] user(double x, double y) {
            return switch (Math.floorMod(rotate, 360)) {
                case 0 -> new double[] {x, height - y};
                case 90 -> new double[] {y, x};
                case 180 -> new double[] {width - x, y};
                case 270 -> new double[] {width - y, height - x};
                default -> throw new IllegalArgumentException("rotate " + rotate);
            };
        }

        private void put(char ch, boolean inType3, float size, double x, double y, double[] right, double[] up)
                throws IOException {
            double[] o = user(x, y);
            double[] r = user(x + right[0], y + right[1]);
            double[] u = user(x + up[0], y + up[1]);
            double a = r[0] - o[0];
            double b = r[1] - o[1];
            double c = u[0] - o[0];
            double d = u[1] - o[1];
            String name = inType3 ? "T3" : "F1";
            font.addToSubset(ch); // the Type 3 glyph procedures show it in the Type 0 font too
            byte[] code = inType3 ? new byte[] {(byte) type3Code(ch)} : font.encode(String.valueOf(ch));
            draws.add(new Draw(name, code, size, a, b, c, d, o[0], o[1]));
        }

        private int type3Code(char ch) {
            return type3Codes.computeIfAbsent(ch, k -> type3Codes.size() + 1);
        }

        private String content() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < draws.size(); i++) {
                if (!first.contains(i)) {
                    order.add(i);
                }
            }
            if (shuffled) {
                Collections.shuffle(order, new Random(9));
            }
            List<Integer> all = new ArrayList<>(first);
            all.addAll(order);
            StringBuilder s = new StringBuilder();
            HexFormat hex = HexFormat.of();
            for (int i : all) {
                Draw g = draws.get(i);
                if (style == Style.FLIPPED) {
                    // device = text x Tm x CTM with CTM = [k 0 0 -k 0 H] and Tf = size / k: undo the CTM in Tm
                    double k = 0.12;
                    double fs = g.size() / k;
                    s.append(fmt("q %s 0 0 %s 0 %s cm BT /%s %s Tf ", k, -k, height, g.font(), fs));
                    // Tm' with Tm' x CTM = [a b c d e f] x k on the axes: Tm' = flip of the axes, position / k
                    double a = g.a(), b = -g.b(), c = g.c(), d = -g.d();
                    double e = g.e() / k, f = (height - g.f()) / k;
                    s.append(fmt("%s %s %s %s %s %s Tm <%s> Tj ET Q\n", a, b, c, d, e, f, hex.formatHex(g.code())));
                } else {
                    s.append(fmt("q BT /%s %s Tf %s %s %s %s %s %s Tm <%s> Tj ET Q\n", g.font(), g.size(), g.a(), g.b(),
                            g.c(), g.d(), g.e(), g.f(), hex.formatHex(g.code())));
                }
            }
            return s.toString();
        }

        private void write() throws IOException {
            PDPage page = new PDPage(new PDRectangle(width, height));
            page.setRotation(rotate);
            PDResources res = new PDResources();
            res.put(COSName.getPDFName("F1"), font);
            if (!type3Codes.isEmpty()) {
                res.put(COSName.getPDFName("T3"), type3());
            }
            page.setResources(res);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            doc.addPage(page);
        }

        /** A Type 3 font whose glyph procedures show the same letters in the Type 0 font, with a ToUnicode map. */
        private PDFont type3() throws IOException {
            COSDictionary dict = new COSDictionary();
            dict.setItem(COSName.TYPE, COSName.FONT);
            dict.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
            dict.setItem(COSName.FONT_BBOX, floats(0, -200, 1000, 1000));
            dict.setItem(COSName.FONT_MATRIX, floats(0.001f, 0, 0, 0.001f, 0, 0));
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ONE);
            COSArray widths = new COSArray();
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                    + "/CMapName /T3 def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
                    + type3Codes.size() + " beginbfchar\n");
            for (Map.Entry<Character, Integer> e : type3Codes.entrySet()) {
                byte[] code = font.encode(String.valueOf(e.getKey()));
                float w = font.getWidth((code[0] & 0xff) << 8 | code[1] & 0xff);
                String proc = fmt("%s 0 d0 BT /F0 1000 Tf <%s> Tj ET", w, HexFormat.of().formatHex(code));
                COSStream s = doc.getDocument().createCOSStream();
                try (OutputStream out = s.createOutputStream()) {
                    out.write(proc.getBytes(StandardCharsets.US_ASCII));
                }
                procs.setItem(COSName.getPDFName("g" + e.getValue()), s);
                differences.add(COSName.getPDFName("g" + e.getValue()));
                widths.add(new COSFloat(w));
                cmap.append(String.format(Locale.ROOT, "<%02X> <%04X>\n", e.getValue(), (int) e.getKey()));
            }
            cmap.append("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n");
            dict.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            dict.setItem(COSName.ENCODING, encoding);
            dict.setInt(COSName.FIRST_CHAR, 1);
            dict.setInt(COSName.LAST_CHAR, type3Codes.size());
            dict.setItem(COSName.WIDTHS, widths);
            PDResources inner = new PDResources();
            inner.put(COSName.getPDFName("F0"), font);
            dict.setItem(COSName.RESOURCES, inner);
            COSStream toUnicode = doc.getDocument().createCOSStream();
            try (OutputStream out = toUnicode.createOutputStream()) {
                out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            }
            dict.setItem(COSName.TO_UNICODE, toUnicode);
            return new PDType3Font(dict);
        }
    }

    private static COSArray floats(float... v) {
        COSArray a = new COSArray();
        for (float f : v) {
            a.add(new COSFloat(f));
        }
        return a;
    }

    private static String fmt(String pattern, Object... args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Number n ? num(n.doubleValue()) : args[i];
        }
        return String.format(Locale.ROOT, pattern, out);
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0 : v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** Writes the document to {@code file} (its folder is created). */
    public Path save(Path file) throws IOException {
        for (Page p : pages) {
            p.write();
        }
        font.subset(); // PDFBox subsets only the fonts a content stream writer set; embed this one here
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
