package brief.hwp;

import brief.BadInputException;
import brief.Hashes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.Meta;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.object.content.masterpage_xml.MasterPageXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.LineSeg;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.ColPr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.EndNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Footer;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Header;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Container;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.drawingobject.DrawingObject;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.shapecomponent.ShapeComponent;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.shapeobject.ShapeObject;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.FWSpace;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Hyphen;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NBSpace;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import kr.dogfoot.hwpxlib.tool.textextractor.paraHead.ParaHeadMaker;

/**
 * HWPX files (OWPML: the Hangul word processor's zipped XML) through hwpxlib, into the clean text the
 * PDF path's layout stage makes, in the same reading order as {@link HwpReader}: paragraphs in order
 * with the number or bullet drawn before them (counted by hwpxlib from the numbering definitions),
 * tables and text boxes in place, notes after their paragraph, headers, footers and master pages as
 * furniture. Pages come from the laid-out lines the file keeps ({@link PageTracker}), explicit page
 * breaks and new sections; a paragraph that runs over a page break is counted whole on the page it
 * starts on.
 */
public final class HwpxReader {

    /**
     * {@return the text hwpxlib's own extractor gives (objects' text in place, no numbering)}: the
     * baseline the fidelity report sets beside {@link #read}.
     */
    public String plainText(Path file) {
        try {
            return TextExtractor.extract(HWPXReader.fromFile(file.toFile()),
                    TextExtractMethod.InsertControlTextBetweenParagraphText, false, new TextMarks());
        } catch (Exception | LinkageError e) {
            throw new BadInputException(file, "not a readable HWPX file (" + HwpReader.reason(e) + ")", e);
        }
    }

    /** Reads {@code file} within {@link ParseDeadline#DEFAULT}. */
    public WordDocument read(Path file) {
        return read(file, ParseDeadline.DEFAULT);
    }

    /**
     * Reads {@code file}; a zip that is not an HWPX document, or one hwpxlib cannot parse or does not
     * finish parsing within {@code limit}, is bad input.
     */
    public WordDocument read(Path file, java.time.Duration limit) {
        HWPXFile hwpx;
        try {
            hwpx = ParseDeadline.call(file, limit, () -> HWPXReader.fromFile(file.toFile()));
        } catch (BadInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new BadInputException(file, "not a readable HWPX file (" + HwpReader.reason(e) + ")", e);
        }
        TextFlow flow = new TextFlow();
        try {
            for (MasterPageXMLFile master : hwpx.masterPageXMLFileList().items()) {
                if (master.subList() != null) {
                    flow.furniture(String.join("\n", paragraphs(master.subList(), new ArrayList<>(), flow)));
                }
            }
            PageTracker pages = new PageTracker();
            ParaHeadMaker heads = new ParaHeadMaker(hwpx);
            int sections = 0;
            for (SectionXMLFile section : hwpx.sectionXMLFileList().items()) {
                heads.startSection();
                if (sections++ > 0) {
                    flow.pageBreak(); // a new section starts a new page
                    pages.newSection();
                }
                for (Para p : section.paras()) {
                    columns(p).ifPresent(pages::columns);
                    PageTracker.Breaks breaks = pages.advance(lines(p), Boolean.TRUE.equals(p.pageBreak()));
                    if (breaks.before()) {
                        flow.pageBreak();
                    }
                    List<String> notes = new ArrayList<>();
                    List<String> blocks = blocks(p, notes, flow);
                    String head = heads.make(p);
                    if (head != null && !head.isBlank()) {
                        blocks.set(0, Bullets.visible(head).strip() + " " + blocks.get(0));
                    }
                    blocks.forEach(flow::block);
                    notes.forEach(flow::block);
                    if (breaks.within()) {
                        flow.pageBreak();
                    }
                }
                heads.endSection();
            }
        } catch (RuntimeException e) {
            throw new BadInputException(file, "not a readable HWPX file (" + HwpReader.reason(e) + ")", e);
        }
        return new WordDocument(file, Hashes.sha256(file), saved(hwpx), flow.build(), flow.pages(),
                List.of());
    }

    private List<String> blocks(Para p, List<String> notes, TextFlow flow) {
        List<String> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Run r : p.runs()) {
            for (RunItem item : r.runItems()) {
                List<String> inner = item(item, run, notes, flow);
                if (!inner.isEmpty()) {
                    blocks.add(run.toString());
                    run.setLength(0);
                    blocks.addAll(inner);
                }
            }
        }
        blocks.add(run.toString());
        return blocks;
    }

    /** Text goes to {@code run}; a table or text box returns its blocks, to stand in place. */
    private List<String> item(RunItem item, StringBuilder run, List<String> notes, TextFlow flow) {
        List<String> out = new ArrayList<>();
        switch (item) {
            case T t -> text(t, run);
            case Ctrl c -> {
                for (CtrlItem ci : c.ctrlItems()) {
                    switch (ci) {
                        case FootNote n -> notes.add(inline(n.subList(), notes, flow));
                        case EndNote n -> notes.add(inline(n.subList(), notes, flow));
                        case Header h -> flow.furniture(String.join("\n", paragraphs(h.subList(), notes, flow)));
                        case Footer f -> flow.furniture(String.join("\n", paragraphs(f.subList(), notes, flow)));
                        default -> { }
                    }
                }
            }
            case Table t -> {
                out.add(table(t, notes, flow));
                caption(t, notes, flow, out);
            }
            case Container box -> {
                for (ShapeComponent<?> child : box.children()) {
                    out.addAll(item(child, run, notes, flow));
                }
                caption(box, notes, flow, out);
            }
            case DrawingObject<?> shape -> {
                if (shape.drawText() != null) {
                    out.addAll(paragraphs(shape.drawText().subList(), notes, flow));
                }
                caption(shape, notes, flow, out);
            }
            case ShapeObject<?> other -> caption(other, notes, flow, out);
            default -> { }
        }
        return out;
    }

    private static void text(T t, StringBuilder run) {
        if (t.isOnlyText()) {
            run.append(t.onlyText() == null ? "" : t.onlyText());
            return;
        }
        if (t.items() == null) {
            return; // an empty <hp:t/>
        }
        for (TItem ti : t.items()) {
            run.append(switch (ti) {
                case NormalText n -> n.text() == null ? "" : n.text();
                case LineBreak b -> "\n";
                case Tab tab -> " ";   // tabs mark table cells in the clean text
                case NBSpace s -> " ";
                case FWSpace s -> " ";
                case Hyphen h -> "-";
                default -> "";
            });
        }
    }

    private void caption(ShapeObject<?> shape, List<String> notes, TextFlow flow, List<String> out) {
        if (shape.caption() != null && shape.caption().subList() != null) {
            out.addAll(paragraphs(shape.caption().subList(), notes, flow));
        }
    }

    private String table(Table t, List<String> notes, TextFlow flow) {
        List<String> rows = new ArrayList<>();
        for (Tr tr : t.trs()) {
            List<String> cells = new ArrayList<>();
            for (Tc tc : tr.tcs()) {
                cells.add(tc.subList() == null ? "" : inline(tc.subList(), notes, flow));
            }
            rows.add(String.join("\t", cells));
        }
        return String.join("\n", rows);
    }

    private List<String> paragraphs(ParaListCore list, List<String> notes, TextFlow flow) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Para p : list.paras()) {
            out.addAll(blocks(p, notes, flow));
        }
        return out;
    }

    private String inline(ParaListCore list, List<String> notes, TextFlow flow) {
        return String.join(" ", paragraphs(list, notes, flow)).replaceAll("[\t\n]+", " ").strip();
    }

    /** The saved lines of a paragraph; flag bit 0 marks the first line of a page, as in HWP 5. */
    private static List<PageTracker.Line> lines(Para p) {
        List<PageTracker.Line> lines = new ArrayList<>();
        if (p.lineSegArray() != null) {
            for (LineSeg l : p.lineSegArray().items()) {
                lines.add(new PageTracker.Line(l.vertpos() == null ? 0 : l.vertpos(),
                        l.flags() != null && (l.flags() & 1) != 0));
            }
        }
        return lines;
    }

    private static Optional<Integer> columns(Para p) {
        for (Run r : p.runs()) {
            for (RunItem item : r.runItems()) {
                if (item instanceof Ctrl c) {
                    for (CtrlItem ci : c.ctrlItems()) {
                        if (ci instanceof ColPr col && col.colCount() != null) {
                            return Optional.of(col.colCount());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> saved(HWPXFile hwpx) {
        Optional<MetaData> md = metaData(hwpx);
        if (md.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> created = Optional.empty();
        for (Meta m : md.get().metas()) {
            String value = m.text() == null ? "" : m.text().strip();
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                if ("ModifiedDate".equalsIgnoreCase(m.name())) {
                    return Optional.of(value.substring(0, 10));
                }
                if ("CreatedDate".equalsIgnoreCase(m.name())) {
                    created = Optional.of(value.substring(0, 10));
                }
            }
        }
        return created;
    }

    private static Optional<MetaData> metaData(HWPXFile hwpx) {
        return Optional.ofNullable(hwpx.contentHPFFile()).map(c -> c.metaData());
    }
}
