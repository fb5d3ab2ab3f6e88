package brief.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets the reference text the way a Hangul word processor writes its PDFs: every glyph placed on
 * its own ({@code Td} then {@code Tj}), no space glyphs at all (a word space is only a wider gap), body
 * lines justified by spreading the slack over every gap between characters, Korean wrapped between any
 * two syllables, every character set 5% condensed (자간 -5%), a first-line indent and no space between paragraphs, headings larger, tables as ruled
 * grids, source notes smaller, a running header over a rule and a footer {@code - N -}.
 *
 * <p>Run (see corpus/src/make-pdf-pdfbox.sh):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) brief.corpus.PdfBoxTypesetter [reference] [pdf]}
 */
public final class PdfBoxTypesetter {

    static final Path REFERENCE = Path.of("corpus/src/fki-global-brief-16.txt");
    static final Path OUT = Path.of("corpus/fki-global-brief-16-hwp.pdf");
    static final Path FONTS = Path.of("/usr/share/fonts/truetype/nanum");
    static final String TITLE = "전기차부터 반도체까지, 가속화하는 일본-대만 산업협력";

    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float LEFT = 68;
    static final float RIGHT = W - 68;
    static final float BODY_TOP = 92;        // from the top of the page
    static final float BODY_BOTTOM = H - 84;

    static final float BODY = 10;            // body font size
    static final float LEADING = 1.7f;       // line spacing 170%, a Hangul word processor's default is 160%
    static final float INDENT = 10;          // first-line indent of a paragraph
    static final float HEADING = 13;
    static final float TITLE_SIZE = 16;
    static final float CELL = 9;
    static final float NOTE = 8.5f;
    static final float PAD = 4;
    /** Letter spacing (자간) in em: word-processor briefs are usually set a little condensed, spaces too. */
    static final float TRACKING = -0.05f;

    enum Role { TITLE, HEADING, PARA, TABLE_CAPTION, TABLE, FIGURE_CAPTION, NOTE }

    record Block(Role role, String text) { }

    private final PDDocument doc;
    private final PDFont myeongjo;
    private final PDFont gothic;
    private final PDFont gothicBold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y; // the top of the next line, from the top of the page

    private PdfBoxTypesetter(PDDocument doc) throws IOException {
        this.doc = doc;
        this.myeongjo = PDType0Font.load(doc, FONTS.resolve("NanumMyeongjo.ttf").toFile());
        this.gothic = PDType0Font.load(doc, FONTS.resolve("NanumGothic.ttf").toFile());
        this.gothicBold = PDType0Font.load(doc, FONTS.resolve("NanumGothicBold.ttf").toFile());
    }

    public static void main(String[] args) throws IOException {
        Path reference = args.length > 0 ? Path.of(args[0]) : REFERENCE;
        Path out = args.length > 1 ? Path.of(args[1]) : OUT;
        List<Block> blocks = blocks(Files.readString(reference, StandardCharsets.UTF_8));
        try (PDDocument doc = new PDDocument()) {
            PdfBoxTypesetter t = new PdfBoxTypesetter(doc);
            t.typeset(blocks);
            t.furniture();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE);
            info.setAuthor("FKI");
            info.setSubject("FKI Global Brief Vol. 16");
            info.setCreator("brief PdfBoxTypesetter (Hangul word processor style)");
            info.setProducer("Apache PDFBox");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("GMT+09:00"));
            date.clear();
            date.set(2025, Calendar.MAY, 15, 9, 0, 0);
            info.setCreationDate(date);
            info.setModificationDate(date);
            doc.getDocumentCatalog().setLanguage("ko-KR");
            // PDFBox would write a fresh document ID each time; one from the text keeps the file reproducible
            byte[] id = java.util.Arrays.copyOf(sha256(Files.readAllBytes(reference)), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            Files.createDirectories(out.toAbsolutePath().getParent());
            doc.save(out.toFile());
            System.out.println(out + ": " + doc.getNumberOfPages() + " pages");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference text's blocks with their roles, read as corpus/src/reftext.py reads them. */
    static List<Block> blocks(String text) {
        List<String> bs = new ArrayList<>();
        for (String b : text.split("\n\n")) {
            String s = b.strip();
            if (!s.isEmpty()) {
                bs.add(s);
            }
        }
        if (!bs.get(0).equals(TITLE)) {
            throw new IllegalStateException("the reference text no longer starts with the title");
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < bs.size(); i++) {
            String b = bs.get(i);
            String next = i + 1 < bs.size() ? bs.get(i + 1) : "";
            Role role;
            if (i == 0) {
                role = Role.TITLE;
            } else if (b.contains("\t")) {
                role = Role.TABLE;
            } else if (b.startsWith("* ")) {
                role = Role.NOTE;
            } else if (b.length() < 45 && !b.endsWith(".")) {
                role = next.contains("\t") ? Role.TABLE_CAPTION : next.startsWith("* ") ? Role.FIGURE_CAPTION : Role.HEADING;
            } else {
                role = Role.PARA;
            }
            out.add(new Block(role, b));
        }
        long tables = out.stream().filter(b -> b.role() == Role.TABLE).count();
        long headings = out.stream().filter(b -> b.role() == Role.HEADING).count();
        if (tables != 3 || headings != 4) {
            throw new IllegalStateException("expected 3 tables and 4 headings, found " + tables + " and " + headings);
        }
        return out;
    }

    // ---------------------------------------------------------------- flow

    private void typeset(List<Block> blocks) throws IOException {
        newPage();
        Role prev = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.role()) {
                case TITLE -> {
                    y += 6;
                    centred(b.text(), gothicBold, TITLE_SIZE);
                    y += 18;
                }
                case HEADING -> {
                    if (prev != Role.TITLE) {
                        y += 14;
                    }
                    // keep the heading with two lines of its paragraph
                    need(HEADING * 1.6f + 2 * BODY * LEADING + 4);
                    for (String line : wrap(b.text(), gothicBold, HEADING, RIGHT - LEFT, 0)) {
                        text(line, gothicBold, HEADING, LEFT, 0);
                        y += HEADING * 1.6f;
                    }
                    y += 4;
                }
                case PARA -> paragraph(b.text(), myeongjo, BODY, INDENT);
                case TABLE_CAPTION -> {
                    Block table = blocks.get(i + 1);
                    float height = 10 + BODY * 1.6f + 6 + tableHeight(table.text());
                    need(height);
                    y += 10;
                    centred(b.text(), gothicBold, BODY);
                    y += 6;
                }
                case FIGURE_CAPTION -> {
                    need(10 + BODY * 1.6f + 6 + 110 + NOTE * 1.6f);
                    y += 10;
                    centred(b.text(), gothicBold, BODY);
                    y += 6;
                    figure();
                }
                case TABLE -> table(b.text());
                case NOTE -> {
                    if (prev != Role.NOTE) {
                        y += 4;
                    }
                    paragraph(b.text(), myeongjo, NOTE, 0);
                    boolean last = i + 1 >= blocks.size() || blocks.get(i + 1).role() != Role.NOTE;
                    if (last) {
                        y += 10;
                    }
                }
            }
            prev = b.role();
        }
        cs.close();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = BODY_TOP;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    private void need(float height) throws IOException {
        if (y + height > BODY_BOTTOM) {
            newPage();
        }
    }

    /** A justified paragraph: every line but the last spread to the full width, the first indented. */
    private void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        List<String> lines = wrap(text, font, size, RIGHT - LEFT, indent);
        float lead = size * LEADING;
        for (int i = 0; i < lines.size(); i++) {
            need(lead);
            float x = LEFT + (i == 0 ? indent : 0);
            boolean last = i == lines.size() - 1;
            text(lines.get(i), font, size, x, last ? 0 : RIGHT - x);
            y += lead;
        }
    }

    private void centred(String s, PDFont font, float size) throws IOException {
        need(size * 1.6f);
        text(s, font, size, (LEFT + RIGHT - width(s, font, size)) / 2, 0);
        y += size * 1.6f;
    }

    // ---------------------------------------------------------------- glyphs

    static float width(String s, PDFont font, float size) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i), font, size);
        }
        return w;
    }

    static float advance(char c, PDFont font, float size) throws IOException {
        return font.getStringWidth(String.valueOf(c)) / 1000 * size + TRACKING * size;
    }

    /**
     * Draws one line at the current {@code y} (its top), glyph by glyph; spaces are not drawn, only
     * advanced over. With {@code justify > 0} the line is spread to that width, the slack shared by
     * every gap between two characters (spaces count as characters).
     */
    private void text(String line, PDFont font, float size, float x, float justify) throws IOException {
        float extra = 0;
        if (justify > 0 && line.length() > 1) {
            extra = (justify - width(line, font, size)) / (line.length() - 1);
        }
        float baseline = H - (y + size * 0.88f);
        cs.beginText();
        cs.setFont(font, size);
        float atX = 0;
        float atY = 0;
        float pen = x;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ') {
                cs.newLineAtOffset(pen - atX, baseline - atY);
                atX = pen;
                atY = baseline;
                cs.showText(String.valueOf(c));
            }
            pen += advance(c, font, size) + extra;
        }
        cs.endText();
    }

    // ---------------------------------------------------------------- line breaking

    /**
     * Breaks {@code text} into lines no wider than {@code width} (the first {@code indent} narrower).
     * Korean wraps between any two characters; a run of Latin letters or digits stays whole, a line
     * does not start with closing punctuation nor end with an opening one, spaces at a break vanish.
     */
    static List<String> wrap(String text, PDFont font, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        float avail = width - indent;
        while (start < text.length()) {
            float w = 0;
            int end = start;
            while (end < text.length() && w + advance(text.charAt(end), font, size) <= avail + 0.01f) {
                w += advance(text.charAt(end), font, size);
                end++;
            }
            if (end < text.length()) {
                int brk = end;
                while (brk > start + 1 && !breakable(text, brk)) {
                    brk--;
                }
                if (brk > start + 1) {
                    end = brk;
                }
            }
            lines.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            avail = width;
        }
        return lines;
    }

    /** {@return whether a line may break before {@code text[i]}} */
    static boolean breakable(String text, int i) {
        char a = text.charAt(i - 1);
        char b = text.charAt(i);
        if (a == ' ' || b == ' ') {
            return true;
        }
        if (latin(a) && latin(b)) {
            return false;
        }
        if (",.)]’”·:;!?%*~-".indexOf(b) >= 0) {
            return false;
        }
        return "([‘“".indexOf(a) < 0;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    // ---------------------------------------------------------------- tables and figure

    private static float[] columnShares(String text) {
        if (text.startsWith("연도")) {
            return new float[] {0.12f, 0.38f, 0.50f};
        }
        if (text.startsWith("구분\t제1공장")) {
            return new float[] {0.24f, 0.38f, 0.38f};
        }
        return new float[] {0.14f, 0.43f, 0.43f};
    }

    private List<List<List<String>>> tableLines(String text, float[] widths) throws IOException {
        List<List<List<String>>> rows = new ArrayList<>();
        for (String row : text.split("\n")) {
            String[] cells = row.split("\t");
            List<List<String>> r = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                r.add(wrap(cells[c], gothic, CELL, widths[c] - 2 * PAD, 0));
            }
            rows.add(r);
        }
        return rows;
    }

    private float[] columnWidths(String text) {
        float[] shares = columnShares(text);
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = shares[i] * (RIGHT - LEFT);
        }
        return widths;
    }

    private float rowHeight(List<List<String>> row) {
        int n = row.stream().mapToInt(List::size).max().orElse(1);
        return n * CELL * 1.5f + 2 * PAD;
    }

    private float tableHeight(String text) throws IOException {
        float h = 0;
        for (List<List<String>> row : tableLines(text, columnWidths(text))) {
            h += rowHeight(row);
        }
        return h;
    }

    /** A ruled grid: a frame, a rule under every row and between every column, text in the cells. */
    private void table(String text) throws IOException {
        float[] widths = columnWidths(text);
        List<List<List<String>>> rows = tableLines(text, widths);
        float top = y;
        List<Float> rowTops = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> row = rows.get(r);
            float h = rowHeight(row);
            rowTops.add(y);
            float x = LEFT;
            for (int c = 0; c < row.size(); c++) {
                List<String> lines = row.get(c);
                float cellY = y + PAD + (h - 2 * PAD - lines.size() * CELL * 1.5f) / 2;
                float saved = y;
                y = cellY;
                for (String line : lines) {
                    boolean centre = r == 0 || c == 0;
                    float lx = centre ? x + (widths[c] - width(line, gothic, CELL)) / 2 : x + PAD;
                    text(line, r == 0 ? gothicBold : gothic, CELL, lx, 0);
                    y += CELL * 1.5f;
                }
                y = saved;
                x += widths[c];
            }
            y += h;
        }
        float bottom = y;
        cs.setLineWidth(0.5f);
        cs.setStrokingColor(0f);
        for (float t : rowTops) {
            line(LEFT, t, RIGHT, t);
        }
        line(LEFT, bottom, RIGHT, bottom);
        float x = LEFT;
        line(x, top, x, bottom);
        for (float w : widths) {
            x += w;
            line(x, top, x, bottom);
        }
        y += 2;
    }

    private void line(float x1, float top1, float x2, float top2) throws IOException {
        cs.moveTo(x1, H - top1);
        cs.lineTo(x2, H - top2);
        cs.stroke();
    }

    /** The figure: a bar chart placeholder without any text. */
    private void figure() throws IOException {
        float[] bars = {0.82f, 0.55f, 0.4f, 0.3f, 0.22f};
        cs.setNonStrokingColor(0.6f);
        float top = y + 6;
        for (int i = 0; i < bars.length; i++) {
            float barTop = top + i * 19;
            cs.addRect(LEFT + 60, H - barTop - 12, bars[i] * (RIGHT - LEFT - 120), 12);
            cs.fill();
        }
        cs.setNonStrokingColor(0f);
        y += 104;
    }

    // ---------------------------------------------------------------- furniture

    /** A running header over a rule and a centred footer {@code - N -} on every page. */
    private void furniture() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                cs = s;
                y = 42;
                s.setNonStrokingColor(0.35f);
                text("FKI Global Brief Vol.16", gothic, 8.5f, LEFT, 0);
                String right = "일본-대만 산업협력";
                text(right, gothic, 8.5f, RIGHT - width(right, gothic, 8.5f), 0);
                s.setStrokingColor(0.35f);
                s.setLineWidth(0.4f);
                line(LEFT, 56, RIGHT, 56);
                String number = "- " + (i + 1) + " -";
                y = H - 46;
                text(number, myeongjo, 9, (W - width(number, myeongjo, 9)) / 2, 0);
                s.setNonStrokingColor(0f);
            }
        }
        cs = null;
    }
}
