package brief.hwp;

import brief.BadInputException;
import brief.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlColumnDefine;
import kr.dogfoot.hwplib.object.bodytext.control.ControlEndnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFooter;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFootnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHeader;
import kr.dogfoot.hwplib.object.bodytext.control.ControlSectionDefine;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlArc;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlContainer;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlCurve;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlEllipse;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlPolygon;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlRectangle;
import kr.dogfoot.hwplib.object.bodytext.control.gso.GsoControl;
import kr.dogfoot.hwplib.object.bodytext.control.gso.caption.Caption;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.TextBox;
import kr.dogfoot.hwplib.object.bodytext.control.sectiondefine.BatangPageInfo;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.object.bodytext.paragraph.lineseg.LineSegItem;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPCharNormal;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwplib.tool.textextractor.paraHead.ParaHeadMaker;
import kr.dogfoot.hwplib.util.compoundFile.reader.CompoundFileReader;

/**
 * HWP 5 files (the Hangul word processor's binary compound file) through hwplib, into the clean text
 * the PDF path's layout stage makes. Reading order is the file's: paragraphs in order, each with the
 * number or bullet the word processor draws before it (top-level paragraphs; inside tables and boxes
 * the numbering is not counted); a table, text box
 * or drawing with text in place (a table one row a line, cells tab-separated); footnotes and endnotes
 * after the paragraph that cites them; headers, footers and master pages as furniture. Equations,
 * hidden comments and field instructions are not visible text and are left out. Pages come from the
 * lines Hangul laid out and saved ({@link PageTracker}), explicit page breaks and new sections; a
 * paragraph (or table) that runs over a page break is counted whole on the page it starts on.
 */
public final class HwpReader {

    /**
     * {@return the text hwplib's own extractor gives (paragraphs and the text of objects in place, no
     * numbering)}: the baseline the fidelity report sets beside {@link #read}.
     */
    public String plainText(Path file) {
        try {
            return TextExtractor.extract(HWPReader.fromFile(file.toFile()),
                    TextExtractMethod.InsertControlTextBetweenParagraphText);
        } catch (Exception | LinkageError e) {
            throw new BadInputException(file, "not a readable HWP file (" + reason(e) + ")", e);
        }
    }

    /** Reads {@code file} within {@link ParseDeadline#DEFAULT}. */
    public WordDocument read(Path file) {
        return read(file, ParseDeadline.DEFAULT);
    }

    /**
     * Reads {@code file}; a distribution, password-protected or unparseable file is bad input, and so is
     * one whose parse has not ended within {@code limit}.
     */
    public WordDocument read(Path file, java.time.Duration limit) {
        int properties = properties(file);
        if ((properties & DISTRIBUTION) != 0) {
            throw new BadInputException(file, "saved for distribution (배포용): its body is encrypted for viewing"
                    + " only and brief does not read it; ask for the original .hwp or a PDF");
        }
        if ((properties & PASSWORD) != 0) {
            throw new BadInputException(file, "HWP file protected by a password; not read");
        }
        HWPFile hwp;
        try {
            hwp = ParseDeadline.call(file, limit, () -> HWPReader.fromFile(file.toFile()));
        } catch (BadInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new BadInputException(file, "not a readable HWP file (" + reason(e) + ")", e);
        }
        TextFlow flow = new TextFlow();
        List<String> warnings = new ArrayList<>();
        try {
            PageTracker pages = new PageTracker();
            ParaHeadMaker heads = new ParaHeadMaker(hwp);
            List<String> unnumbered = new ArrayList<>();
            int sections = 0;
            for (Section section : hwp.getBodyText().getSectionList()) {
                heads.startSection(section);
                if (sections++ > 0) {
                    flow.pageBreak(); // a new section (구역) starts a new page
                    pages.newSection();
                }
                for (Paragraph p : section.getParagraphs()) {
                    columns(p).ifPresent(pages::columns);
                    PageTracker.Breaks breaks = pages.advance(lines(p), p.getHeader().getDivideSort().isDividePage());
                    if (breaks.before()) {
                        flow.pageBreak();
                    }
                    body(p, head(heads, p, unnumbered), flow);
                    if (breaks.within()) {
                        flow.pageBreak();
                    }
                }
                heads.endSection();
            }
            if (!unnumbered.isEmpty()) {
                warnings.add(unnumbered.size() + " paragraph(s) without their number or bullet: hwplib could not"
                        + " work it out from the numbering definitions (" + unnumbered.get(0) + ")");
            }
        } catch (UnsupportedEncodingException | RuntimeException e) {
            throw new BadInputException(file, "not a readable HWP file (" + reason(e) + ")", e);
        }
        return new WordDocument(file, Hashes.sha256(file), saved(hwp), flow.build(), flow.pages(), warnings);
    }

    /**
     * {@return the number or bullet the word processor draws before {@code p}, or none when hwplib's
     * numbering fails on it} Some real files refer to a numbering level or definition the file does not
     * hold ({@code Index 3 out of bounds for length 3}); the paragraph's text is still good, so it is kept
     * without its number and the failure noted in {@code unnumbered}.
     */
    private static String head(ParaHeadMaker heads, Paragraph p, List<String> unnumbered) {
        try {
            return heads.paraHeadString(p);
        } catch (RuntimeException e) {
            unnumbered.add(reason(e));
            return null;
        }
    }

    private static final int PASSWORD = 1 << 1;
    private static final int DISTRIBUTION = 1 << 2;

    /**
     * The property bits of the file's {@code FileHeader} stream (HWP 5 format: a 32-byte signature, a
     * 4-byte version, then 4 bytes of flags, little-endian: bit 1 password, bit 2 distribution), read
     * before the body so that such a file gets its own reason rather than a parser's.
     */
    private static int properties(Path file) {
        CompoundFileReader cfr = null;
        try {
            cfr = new CompoundFileReader(file.toFile());
            byte[] head;
            try (InputStream in = cfr.getChildInputStream("FileHeader")) {
                head = in.readNBytes(40);
            }
            if (head.length < 40 || !new String(head, 0, 17, StandardCharsets.US_ASCII).equals("HWP Document File")) {
                throw new BadInputException(file, "not a readable HWP file (an OLE2 compound file without an HWP 5 header)");
            }
            return ByteBuffer.wrap(head, 36, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        } catch (BadInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new BadInputException(file, "not a readable HWP file (" + reason(e) + ")", e);
        } finally {
            if (cfr != null) {
                try {
                    cfr.close();
                } catch (IOException ignored) {
                    // closing a read-only file: nothing to recover
                }
            }
        }
    }

    /**
     * A top-level paragraph: its number or bullet as the word processor draws it ({@code 1.}, {@code 가.},
     * {@code -}; hwplib counts them from the numbering definitions), its text and objects as blocks in
     * order, then its notes.
     */
    private void body(Paragraph p, String head, TextFlow flow) throws UnsupportedEncodingException {
        List<String> notes = new ArrayList<>();
        List<String> blocks = blocks(p, notes, flow);
        if (head != null && !head.isBlank()) {
            blocks.set(0, Bullets.visible(head).strip() + " " + blocks.get(0));
        }
        for (String block : blocks) {
            flow.block(block);
        }
        notes.forEach(flow::block);
    }

    /**
     * The blocks of one paragraph: its own text, cut where a table or text box stands, with that
     * object's text between. Notes go to {@code notes}, headers, footers and master pages to the flow's
     * furniture.
     */
    private List<String> blocks(Paragraph p, List<String> notes, TextFlow flow) throws UnsupportedEncodingException {
        List<String> blocks = new ArrayList<>();
        if (p.getText() == null) {
            return blocks;
        }
        List<Control> controls = p.getControlList() == null ? List.of() : p.getControlList();
        int next = 0;
        StringBuilder run = new StringBuilder();
        for (HWPChar c : p.getText().getCharList()) {
            switch (c.getType()) {
                case Normal -> run.append(((HWPCharNormal) c).getCh());
                case ControlChar -> run.append(switch (c.getCode()) {
                    case 10 -> "\n";          // line break inside the paragraph
                    case 24 -> "-";           // hyphen
                    case 30, 31 -> " ";       // non-breaking and fixed-width space
                    default -> "";
                });
                case ControlInline -> run.append(c.getCode() == 9 ? " " : ""); // a tab: a space (tabs mark cells)
                case ControlExtend -> {
                    if (next < controls.size()) {
                        List<String> inner = control(controls.get(next++), notes, flow);
                        if (!inner.isEmpty()) {
                            blocks.add(run.toString());
                            run.setLength(0);
                            blocks.addAll(inner);
                        }
                    }
                }
            }
        }
        blocks.add(run.toString());
        return blocks;
    }

    /** The blocks an object contributes in place (a table, a text box), empty for the rest. */
    private List<String> control(Control c, List<String> notes, TextFlow flow) throws UnsupportedEncodingException {
        List<String> out = new ArrayList<>();
        switch (c) {
            case ControlTable t -> {
                out.add(table(t, notes, flow));
                caption(t.getCaption(), notes, flow, out);
            }
            case ControlContainer box -> {
                for (GsoControl child : box.getChildControlList()) {
                    out.addAll(control(child, notes, flow));
                }
                caption(box.getCaption(), notes, flow, out);
            }
            case GsoControl shape -> {
                Optional<TextBox> box = textBox(shape);
                if (box.isPresent()) {
                    out.addAll(paragraphs(box.get().getParagraphList(), notes, flow));
                }
                caption(shape.getCaption(), notes, flow, out);
            }
            case ControlFootnote n -> notes.add(inline(n.getParagraphList(), notes, flow));
            case ControlEndnote n -> notes.add(inline(n.getParagraphList(), notes, flow));
            case ControlHeader h -> flow.furniture(String.join("\n", paragraphs(h.getParagraphList(), notes, flow)));
            case ControlFooter f -> flow.furniture(String.join("\n", paragraphs(f.getParagraphList(), notes, flow)));
            case ControlSectionDefine s -> {
                for (BatangPageInfo master : s.getBatangPageInfoList()) {
                    flow.furniture(String.join("\n", paragraphs(master.getParagraphList(), notes, flow)));
                }
            }
            default -> { }
        }
        return out;
    }

    private static Optional<TextBox> textBox(GsoControl shape) {
        TextBox box = switch (shape) {
            case ControlRectangle r -> r.getTextBox();
            case ControlEllipse e -> e.getTextBox();
            case ControlPolygon p -> p.getTextBox();
            case ControlCurve c -> c.getTextBox();
            case ControlArc a -> a.getTextBox();
            default -> null;
        };
        return Optional.ofNullable(box);
    }

    private void caption(Caption caption, List<String> notes, TextFlow flow, List<String> out)
            throws UnsupportedEncodingException {
        if (caption != null) {
            out.addAll(paragraphs(caption.getParagraphList(), notes, flow));
        }
    }

    /** A table: one row a line, each cell's text on one line, cells tab-separated. */
    private String table(ControlTable t, List<String> notes, TextFlow flow) throws UnsupportedEncodingException {
        List<String> rows = new ArrayList<>();
        for (Row row : t.getRowList()) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row.getCellList()) {
                cells.add(inline(cell.getParagraphList(), notes, flow));
            }
            rows.add(String.join("\t", cells));
        }
        return String.join("\n", rows);
    }

    /** The blocks of a list of paragraphs (a text box, a header), each paragraph's notes after it. */
    private List<String> paragraphs(ParagraphList list, List<String> notes, TextFlow flow)
            throws UnsupportedEncodingException {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Paragraph p : list) {
            out.addAll(blocks(p, notes, flow));
        }
        return out;
    }

    /** Paragraphs on one line (a table cell, a note): blocks joined by a space, tabs and breaks too. */
    private String inline(ParagraphList list, List<String> notes, TextFlow flow) throws UnsupportedEncodingException {
        return String.join(" ", paragraphs(list, notes, flow)).replaceAll("[\t\n]+", " ").strip();
    }

    private static Optional<Integer> columns(Paragraph p) {
        if (p.getControlList() == null) {
            return Optional.empty();
        }
        return p.getControlList().stream().filter(c -> c instanceof ControlColumnDefine)
                .map(c -> (int) ((ControlColumnDefine) c).getHeader().getProperty().getColumnCount()).findFirst();
    }

    private static List<PageTracker.Line> lines(Paragraph p) {
        List<PageTracker.Line> lines = new ArrayList<>();
        if (p.getLineSeg() != null) {
            for (LineSegItem l : p.getLineSeg().getLineSegItemList()) {
                lines.add(new PageTracker.Line(l.getLineVerticalPosition(), l.getTag().isFirstLineAtPage()));
            }
        }
        return lines;
    }

    private static Optional<String> saved(HWPFile hwp) {
        try {
            Optional<Date> d = Optional.ofNullable(hwp.getSummaryInformation())
                    .flatMap(s -> Optional.ofNullable(s.getLastSaveDateTime()).or(() -> Optional.ofNullable(s.getCreateDateTime())));
            return d.map(x -> x.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }
}
