package org.coopera.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A generated PDF read back for its accessibility: the structure tree (PDFBox) as a list of elements
 * in reading order with their text, the catalog's entries, the bookmarks, the fonts, and veraPDF's
 * PDF/UA-1 verdict.
 */
final class TaggedPdf {

    /** A structure element: its type (H1, Table, TH, Figure…), depth, text, /Alt and its TH's /Scope. */
    record Element(String type, int depth, String text, String alt, String scope, PDStructureElement node) {

        int headingLevel() {
            return type.matches("H[1-6]") ? type.charAt(1) - '0' : 0;
        }
    }

    final String language;
    final boolean marked;
    final boolean displayDocTitle;
    final String title;
    final String xmp;
    final List<Element> elements = new ArrayList<>();
    final List<String> bookmarks = new ArrayList<>();
    final List<String> fontsNotEmbedded = new ArrayList<>();

    private final Map<PDPage, Map<Integer, String>> textByMcid = new HashMap<>();

    TaggedPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            language = catalog.getLanguage();
            marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            displayDocTitle = catalog.getViewerPreferences() != null
                    && catalog.getViewerPreferences().displayDocTitle();
            title = document.getDocumentInformation().getTitle();
            xmp = catalog.getMetadata() == null ? "" : new String(catalog.getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(content, texts);
                }
                textByMcid.put(page, texts);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        fontsNotEmbedded.add(font.getName());
                    }
                }
            }
            var root = catalog.getStructureTreeRoot();
            if (root != null) {
                walk(root, 0, null);
            }
            if (catalog.getDocumentOutline() != null) {
                for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private void walk(PDStructureNode node, int depth, PDPage inherited) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                PDPage page = element.getPage() != null ? element.getPage() : inherited;
                int index = elements.size();
                elements.add(null);
                walk(element, depth + 1, page);
                elements.set(index, new Element(element.getStructureType(), depth, textOf(element, page).strip()
                        .replaceAll("\\s+", " "), element.getAlternateDescription(), scope(element), element));
            }
        }
    }

    /** The text of an element's marked content, its descendants' included. */
    private String textOf(PDStructureElement element, PDPage page) {
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                text.append(textByMcid.getOrDefault(page, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                text.append(textByMcid.getOrDefault(ref.getPage(), Map.of()).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                text.append(' ').append(textOf(child, child.getPage() != null ? child.getPage() : page));
            }
        }
        return text.toString();
    }

    private static String scope(PDStructureElement element) {
        COSBase attributes = element.getCOSObject().getDictionaryObject(COSName.A);
        if (attributes instanceof COSDictionary dictionary) {
            return dictionary.getNameAsString(COSName.getPDFName("Scope"));
        }
        return null;
    }

    List<Element> ofType(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The elements directly or indirectly under {@code parent}, in reading order. */
    List<Element> under(Element parent) {
        int from = elements.indexOf(parent) + 1;
        List<Element> found = new ArrayList<>();
        for (int i = from; i < elements.size() && elements.get(i).depth() > parent.depth(); i++) {
            found.add(elements.get(i));
        }
        return found;
    }

    /** The heading levels in reading order (1 for H1…). */
    List<Integer> headingLevels() {
        return elements.stream().map(Element::headingLevel).filter(level -> level > 0).toList();
    }

    /** veraPDF's failed PDF/UA-1 rules ("7.1-3: message"), empty when the file conforms. */
    static List<String> pdfUaFailures(byte[] pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " [" + a.getLocation().getContext() + "]")
                    .distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
