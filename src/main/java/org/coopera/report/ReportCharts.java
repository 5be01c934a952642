package org.coopera.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.coopera.report.ActionPlanReportData.StatusCounts;
import org.coopera.report.ProgramReportData.SectorCount;
import org.coopera.report.ProgramReportData.Summary;

/**
 * The bar charts of the reports, drawn as PNG images (a Figure with its alternative text in the
 * tagged PDF) in the report's font. Each chart is followed by a table with the same numbers, and
 * every bar carries its number, so that no figure is given by colour or length alone.
 */
public final class ReportCharts {

    static final Color ADOPTED = new Color(0x9b, 0xb5, 0xdc);
    static final Color CURRENT = new Color(0x1d, 0x4f, 0x91);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color AXIS = new Color(0x9a, 0xa7, 0xb8);

    private static final int WIDTH = 1400;
    private static final int BAR = 30;
    private static final int ROW_GAP = 18;
    private static final int PAD = 16;
    private static final int FONT_PX = 28;
    private static final Font FONT = loadFont();

    private final ReportTexts t;

    ReportCharts(ReportTexts t) {
        this.t = t;
    }

    /** A chart as a {@code data:} address for an {@code <img>}, with its alternative text. */
    public record Chart(String src, String alt) {
    }

    /** Adopted and current projects by sector (programme report). */
    public Chart sectors(Summary summary) {
        List<String> labels = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        for (SectorCount c : summary.bySector()) {
            labels.add(c.name(t.locale()));
            values.add(new int[] {c.adopted(), c.current()});
        }
        byte[] png = draw(labels, values, List.of(t.t("report.col.adopted"), t.t("report.col.current")),
                List.of(ADOPTED, CURRENT));
        return new Chart(dataUri(png), sectorsAlt(summary, t));
    }

    /** Measures by status for the year (action-plan report). */
    public Chart planStatuses(StatusCounts c) {
        List<String> labels = planLabels();
        List<int[]> values = new ArrayList<>();
        for (int n : planValues(c)) {
            values.add(new int[] {n});
        }
        byte[] png = draw(labels, values, List.of(), List.of(CURRENT));
        return new Chart(dataUri(png), planAlt(c, t));
    }

    /** The alternative text of the sector chart: what it shows and every number in it. */
    static String sectorsAlt(Summary summary, ReportTexts t) {
        List<String> items = summary.bySector().stream()
                .map(c -> t.t("report.chart.sectors.item", c.name(t.locale()), c.adopted(), c.current())).toList();
        return t.t("report.chart.sectors.alt", String.join(t.t("report.chart.separator"), items));
    }

    static String planAlt(StatusCounts c, ReportTexts t) {
        List<String> labels = new ReportCharts(t).planLabels();
        int[] values = planValues(c);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            items.add(t.t("report.chart.plan.item", labels.get(i), values[i]));
        }
        return t.t("report.chart.plan.alt", String.join(t.t("report.chart.separator"), items));
    }

    private List<String> planLabels() {
        return List.of("DONE", "IN_PROGRESS", "NOT_STARTED", "ABANDONED", "none").stream()
                .map(s -> t.t("policy.status." + s)).toList();
    }

    private static int[] planValues(StatusCounts c) {
        return new int[] {c.done(), c.inProgress(), c.notStarted(), c.abandoned(), c.notReported()};
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * Horizontal bars: one row per label, one bar per series, each bar with its number at its end;
     * a legend under the bars when there is more than one series.
     */
    static byte[] draw(List<String> labels, List<int[]> values, List<String> series, List<Color> colours) {
        int bars = colours.size();
        int rowHeight = bars * BAR + ROW_GAP;
        int legend = series.size() > 1 ? BAR + 2 * PAD : 0;
        int height = Math.max(1, labels.size()) * rowHeight + 2 * PAD + legend;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = Math.min(WIDTH * 2 / 5,
                    labels.stream().mapToInt(metrics::stringWidth).max().orElse(0) + 2 * PAD);
            int max = values.stream().flatMapToInt(java.util.Arrays::stream).max().orElse(0);
            int numberWidth = metrics.stringWidth(Integer.toString(Math.max(max, 0))) + 2 * PAD;
            int track = WIDTH - labelWidth - numberWidth - PAD;
            int y = PAD;
            for (int row = 0; row < labels.size(); row++) {
                g.setColor(TEXT);
                String label = fit(labels.get(row), metrics, labelWidth - 2 * PAD);
                g.drawString(label, PAD, y + (bars * BAR + metrics.getAscent() - metrics.getDescent()) / 2);
                for (int b = 0; b < bars; b++) {
                    int value = values.get(row)[b];
                    int length = max <= 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((float) track * value / max));
                    int top = y + b * BAR;
                    g.setColor(colours.get(b));
                    g.fillRect(labelWidth, top + 2, length, BAR - 4);
                    g.setColor(TEXT);
                    g.drawString(Integer.toString(value), labelWidth + length + PAD / 2,
                            top + (BAR + metrics.getAscent() - metrics.getDescent()) / 2);
                }
                y += rowHeight;
            }
            g.setColor(AXIS);
            g.drawLine(labelWidth, PAD / 2, labelWidth, y - ROW_GAP + PAD / 2);
            if (legend > 0) {
                int x = labelWidth;
                int top = y + PAD;
                for (int s = 0; s < series.size(); s++) {
                    g.setColor(colours.get(s));
                    g.fillRect(x, top, BAR, BAR);
                    g.setColor(TEXT);
                    g.drawString(series.get(s), x + BAR + PAD / 2, top + (BAR + metrics.getAscent() - metrics.getDescent()) / 2);
                    x += BAR + PAD + metrics.stringWidth(series.get(s)) + 3 * PAD;
                }
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label, shortened with an ellipsis when wider than {@code width} (the table that follows has it whole). */
    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String text = label;
        while (!text.isEmpty() && metrics.stringWidth(text + "…") > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text.strip() + "…";
    }

    private static Font loadFont() {
        try (InputStream in = ReportCharts.class.getClassLoader().getResourceAsStream("reports/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) FONT_PX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("reports/fonts/DejaVuSans.ttf is not a TrueType font", e);
        }
    }
}
