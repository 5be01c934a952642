package org.coopera.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds a report as an accessible Word document: real heading styles ("heading 1" to "heading 3",
 * with outline levels, so that Word's navigation pane, screen readers and the table of contents see
 * them), a table-of-contents field that Word fills when the document opens, the document's language
 * (fr-CA or en-CA: default run language and core properties) and title, table header rows repeated on
 * every page, and alternative text on every drawing (charts); paragraphs and tables in the report's font.
 */
final class DocxWriter implements AutoCloseable {

    static final String FONT = "DejaVu Sans";
    static final String BLUE = "1D4F91";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TOC_HEADING = "TOCHeading";
    /** Word's table of contents over heading levels 1-3, entries as links, filled from the outline levels. */
    static final String TOC_FIELD = "TOC \\o \"1-3\" \\h \\z \\u";

    static final String NORMAL = "Normal";

    private final XWPFDocument doc = new XWPFDocument();

    /**
     * @param locale the report's language, declared as fr-CA or en-CA
     * @param title the document's title (file properties; what a screen reader announces)
     */
    DocxWriter(Locale locale, String title) {
        String language = ProgramReportPdf.documentLanguage(locale);
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage(language);
        styles.setEastAsia(language);
        styles.addStyle(normal());
        styles.addStyle(style(TITLE, "Title", null, 44, BLUE));
        styles.addStyle(style(HEADING_1, "heading 1", 0, 32, BLUE));
        styles.addStyle(style(HEADING_2, "heading 2", 1, 24, BLUE));
        styles.addStyle(style(HEADING_3, "heading 3", 2, 21, null));
        styles.addStyle(style(TOC_HEADING, "TOC Heading", null, 32, BLUE));
        doc.getSettings().getCTSettings().addNewThemeFontLang().setVal(language);
        var properties = doc.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator("Coopera");
        properties.getUnderlyingProperties().setLanguageProperty(language);
    }

    XWPFDocument document() {
        return doc;
    }

    /** The default paragraph style, in the report's font. */
    private static XWPFStyle normal() {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(NORMAL);
        ct.setType(STStyleType.PARAGRAPH);
        ct.setDefault(true);
        ct.addNewName().setVal("Normal");
        ct.addNewQFormat();
        CTFonts fonts = ct.addNewRPr().addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        return new XWPFStyle(ct);
    }

    /**
     * Gives every drawing of {@code run} (an inline or anchored picture or chart) its alternative
     * text: {@code title} (short) and {@code description} (what it shows, with its numbers).
     */
    static void describe(XWPFRun run, String title, String description) {
        for (CTDrawing drawing : run.getCTR().getDrawingList()) {
            for (CTInline inline : drawing.getInlineList()) {
                inline.getDocPr().setTitle(title);
                inline.getDocPr().setDescr(description);
            }
            for (CTAnchor anchor : drawing.getAnchorList()) {
                anchor.getDocPr().setTitle(title);
                anchor.getDocPr().setDescr(description);
            }
        }
    }

    /** A paragraph style in the report's font; {@code outlineLevel} null for none; sizes in half-points. */
    private static XWPFStyle style(String id, String name, Integer outlineLevel, int halfPoints, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel == null ? 10 : 9));
        ct.addNewQFormat();
        CTPPrGeneral paragraph = ct.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == null ? 0 : 240));
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = ct.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return new XWPFStyle(ct);
    }

    /** A paragraph in a heading style; {@code newPage} starts it on a new page. */
    XWPFParagraph heading(String style, String text, boolean newPage) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        paragraph.setPageBreak(newPage);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /**
     * A table-of-contents field over the heading styles 1-3, filled by Word on opening (the document
     * asks to update its fields) and by LibreOffice with Tools > Update; {@code placeholder} shows until then.
     */
    void tableOfContents(String title, String placeholder) {
        heading(TOC_HEADING, title, true);
        XWPFParagraph paragraph = doc.createParagraph();
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(TOC_FIELD);
        field.setDirty(true);
        var run = field.addNewR();
        run.addNewT().setStringValue(placeholder);
        doc.enforceUpdateFields();
    }

    void text(String text) {
        text(text, 10, false, null);
    }

    void text(String text, int size, boolean bold, String color) {
        run(doc.createParagraph(), text, size, bold, color);
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = text == null ? new String[] {""} : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
            run.setText(lines[i]);
        }
        return run;
    }

    XWPFTable table(String... headers) {
        XWPFTable table = doc.createTable(1, headers.length);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            run(head.getCell(i).getParagraphs().getFirst(), headers[i], 10, true, null);
            head.getCell(i).setColor("E8EEF7");
        }
        return table;
    }

    static void row(XWPFTable table, String... cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.length; i++) {
            run(row.getCell(i).getParagraphs().getFirst(), cells[i], 10, false, null);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
