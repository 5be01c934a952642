package org.coopera.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;
import org.coopera.reference.CountryRef;
import org.coopera.reference.CountryService;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.coopera.reference.QuebecRegion;
import org.coopera.reference.QuebecRegionService;
import org.springframework.stereotype.Component;

/**
 * The import template: a sheet to fill in (header row), the instructions (one line per column:
 * required or not, what it takes), the valid sectors, countries, statuses, health values, themes and
 * Québec regions.
 */
@Component
class ImportTemplate {

    private final SectorService sectors;
    private final CountryService countries;
    private final MessageSource messages;
    private final QuebecRegionService regions;

    ImportTemplate(SectorService sectors, CountryService countries, MessageSource messages,
                   QuebecRegionService regions) {
        this.regions = regions;
        this.sectors = sectors;
        this.countries = countries;
        this.messages = messages;
    }

    byte[] xlsx(Locale locale) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet data = workbook.createSheet(text("exchange.template.sheet.projects", locale));
            Row header = data.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(text(column.headerKey(), locale));
                cell.setCellStyle(bold);
                data.setColumnWidth(column.ordinal(), 22 * 256);
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(text("exchange.template.sheet.instructions", locale));
            int r = 0;
            for (String line : text("exchange.template.intro", locale).split("\n")) {
                help.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            row(help, r++, bold, text("exchange.template.column", locale), text("exchange.template.required", locale),
                    text("exchange.template.explanation", locale));
            for (ImportColumn column : ImportColumn.values()) {
                row(help, r++, null, text(column.headerKey(), locale),
                        text(column.required() ? "exchange.template.yes" : "exchange.template.no", locale),
                        text(column.helpKey(), locale));
            }
            help.setColumnWidth(0, 28 * 256);
            help.setColumnWidth(1, 12 * 256);
            help.setColumnWidth(2, 110 * 256);

            Sheet sectorSheet = workbook.createSheet(text("exchange.template.sheet.sectors", locale));
            row(sectorSheet, 0, bold, text("exchange.template.code", locale), text("exchange.template.name-fr", locale),
                    text("exchange.template.name-en", locale), text("exchange.template.axis", locale),
                    text("exchange.template.dac", locale));
            r = 1;
            for (SectorRef sector : sectors.all()) {
                if (!sector.retired()) {
                    row(sectorSheet, r++, null, sector.code(), sector.nameFr(), sector.nameEn(),
                            sector.parentCode() == null ? "" : sector.parentCode(),
                            sector.dacCode() == null ? "" : sector.dacCode());
                }
            }
            Sheet countrySheet = workbook.createSheet(text("exchange.template.sheet.countries", locale));
            row(countrySheet, 0, bold, text("exchange.template.code", locale), text("exchange.template.name-fr", locale),
                    text("exchange.template.name-en", locale));
            r = 1;
            for (CountryRef country : countries.find("", PageRequest.of(0, 1000))) {
                row(countrySheet, r++, null, country.code(), country.nameFr(), country.nameEn());
            }
            Sheet values = workbook.createSheet(text("exchange.template.sheet.values", locale));
            row(values, 0, bold, text(ImportColumn.STATUS.headerKey(), locale), text(ImportColumn.HEALTH.headerKey(), locale),
                    text(ImportColumn.THEMES.headerKey(), locale), text(ImportColumn.REGIONS.headerKey(), locale));
            List<QuebecRegion> regionList = regions.all();
            int rows = Math.max(Math.max(ProjectStatus.values().length, regionList.size()),
                    Math.max(ProjectHealth.values().length, Theme.values().length));
            for (int i = 0; i < rows; i++) {
                row(values, i + 1, null,
                        i < ProjectStatus.values().length ? text("project.status." + ProjectStatus.values()[i].name(), locale) : "",
                        i < ProjectHealth.values().length ? text("project.health." + ProjectHealth.values()[i].name(), locale) : "",
                        i < Theme.values().length ? text("theme." + Theme.values()[i].name(), locale) : "",
                        i < regionList.size() ? regionList.get(i).label(locale) : "");
            }
            for (Sheet sheet : List.of(sectorSheet, countrySheet, values)) {
                for (int c = 0; c < 5; c++) {
                    sheet.setColumnWidth(c, 30 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(Locale locale) {
        String header = java.util.Arrays.stream(ImportColumn.values()).map(c -> text(c.headerKey(), locale))
                .collect(Collectors.joining(";"));
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
