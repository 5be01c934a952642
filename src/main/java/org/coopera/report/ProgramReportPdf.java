package org.coopera.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The biennial programme report as PDF: the HTML/CSS template {@code reports/program-report.html}
 * (wording, layout and logo change without Java) filled by Thymeleaf, rendered by openhtmltopdf
 * with the embedded DejaVu Sans font (all French accents, « », €).
 *
 * <p>Every PDF is rendered in openhtmltopdf's PDF/UA mode: tagged (structure tree from the HTML:
 * headings, lists, tables with their header cells, figures with their alt text), marked, with the
 * document's language (fr-CA or en-CA, from the {@code lang} of the template's root), its title
 * shown in the window, the bookmarks of the template's {@code <bookmarks>} and the PDF/UA
 * identification in its XMP metadata.
 */
@Component
class ProgramReportPdf {

    static final String FONT = "DejaVu Sans";

    private final TemplateEngine templates = new TemplateEngine();
    private final MessageSource messages;

    ProgramReportPdf(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("reports/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** The filled template, well-formed XHTML. */
    String html(ProgramReportData data, Locale locale) {
        return html("program-report", data, locale);
    }

    /** A report template of {@code reports/} filled with {@code data} as {@code r} and the texts as {@code t}. */
    String html(String template, Object data, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("r", data);
        ReportTexts texts = new ReportTexts(messages, locale);
        context.setVariable("t", texts);
        context.setVariable("charts", new ReportCharts(texts));
        context.setVariable("lang", documentLanguage(locale));
        return templates.process(template, context);
    }

    /** The language a report declares: Canadian French or English ("fr-CA", "en-CA"). */
    static String documentLanguage(Locale locale) {
        return ProgramReportData.english(locale) ? "en-CA" : "fr-CA";
    }

    byte[] pdf(ProgramReportData data, Locale locale) {
        return render(html(data, locale));
    }

    /** Renders filled XHTML to PDF with the embedded fonts. */
    byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> resource("reports/fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> resource("reports/fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, ProgramReportPdf.class.getClassLoader().getResource("reports/").toExternalForm());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream resource(String path) {
        return ProgramReportPdf.class.getClassLoader().getResourceAsStream(path);
    }
}
