package org.coopera.exchange;

import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.coopera.base.BusinessException;
import org.coopera.program.ProgramService;
import org.coopera.program.ProgramSummary;
import org.coopera.program.ProjectBatchService;
import org.coopera.program.ProjectFilter;
import org.coopera.program.ProjectRow;
import org.coopera.program.ProjectSnapshot;
import org.coopera.reference.SectorRef;
import org.coopera.reference.SectorService;
import org.springframework.stereotype.Service;

/**
 * Projects as IATI activities (activity standard 2.03) for transparency portals: a programme, or
 * any filtered project list. Each project is an {@code iati-activity}: identifier (reporting
 * organisation + code), reporting organisation, titles and description in French and English,
 * participating organisations (the ministry as funder, the lead organisations as implementers),
 * status (Coopera's statuses are IATI's), planned start and end dates, partner country, sector in
 * the ministry's own vocabulary (99, our codes) and in the OECD DAC 5-digit vocabulary (1) where
 * the sector has a DAC code, and the budget when stated (in periods of at most a year). Written as
 * a stream, a page of projects at a time. Checked against IATI's own 2.03 schema by hand (see the
 * README) and by the tests against Coopera's structural schema of it.
 */
@Service
public class IatiExportService {

    static final String VERSION = "2.03";
    private static final int PAGE = 1000;

    private final ProjectBatchService projects;
    private final ProgramService programs;
    private final SectorService sectors;
    private final IatiProperties properties;

    IatiExportService(ProjectBatchService projects, ProgramService programs, SectorService sectors,
                      IatiProperties properties) {
        this.projects = projects;
        this.programs = programs;
        this.sectors = sectors;
        this.properties = properties;
    }

    /** The activities of one programme. */
    @PermitAll
    public byte[] program(long programId) {
        ProgramSummary program = programs.get(programId).orElseThrow(() -> new BusinessException("record.not-found"));
        var out = new ByteArrayOutputStream();
        write(ProjectFilter.none().withProgram(program.id()), out);
        return out.toByteArray();
    }

    /** The activities of every project the filter matches, written to {@code out} (UTF-8). */
    @PermitAll
    public void write(ProjectFilter filter, OutputStream out) {
        write(filter, () -> out);
    }

    /**
     * As {@link #write(ProjectFilter, OutputStream)}, opening the stream only once there is a first
     * project to write: IATI's schema requires at least one activity in a file, so a filter that
     * matches nothing is refused ({@code exchange.iati.empty}) before anything is written.
     */
    @PermitAll
    public void write(ProjectFilter filter, Supplier<OutputStream> out) {
        Map<Long, SectorRef> sectorById = sectors.all().stream().collect(Collectors.toMap(SectorRef::id, Function.identity()));
        String generated = now();
        XMLStreamWriter[] writer = new XMLStreamWriter[1];
        try {
            projects.forEachPage(filter, PAGE, page -> {
                Map<Long, List<ProjectRow>> byProgram = page.stream()
                        .collect(Collectors.groupingBy(ProjectRow::programId, LinkedHashMap::new, Collectors.toList()));
                Map<Long, ProjectSnapshot> details = new HashMap<>();
                byProgram.forEach((programId, rows) -> projects.byCodes(programId, rows.stream().map(ProjectRow::code).toList())
                        .values().forEach(s -> details.put(s.detail().row().id(), s)));
                try {
                    if (writer[0] == null) {
                        writer[0] = start(out.get(), generated);
                    }
                    for (ProjectRow row : page) {
                        activity(writer[0], row, details.get(row.id()), sectorById, generated);
                    }
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (writer[0] == null) {
                throw new BusinessException("exchange.iati.empty");
            }
            XMLStreamWriter xml = writer[0];
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLStreamWriter start(OutputStream out, String generated) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", generated);
        return xml;
    }

    private void activity(XMLStreamWriter xml, ProjectRow row, ProjectSnapshot snapshot, Map<Long, SectorRef> sectorById,
                          String generated) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", generated);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
        xml.writeAttribute("default-currency", properties.currency());

        text(xml, "iati-identifier", properties.reportingOrgRef() + "-" + row.code());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", properties.reportingOrgRef());
        xml.writeAttribute("type", properties.reportingOrgType());
        narratives(xml, properties.reportingOrgNameFr(), properties.reportingOrgNameEn());
        xml.writeEndElement();

        xml.writeStartElement("title");
        narratives(xml, row.titleFr(), row.titleEn());
        xml.writeEndElement();
        // IATI requires a description: the project's own, or else its titles
        String description = snapshot == null ? null : snapshot.detail().description();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");  // general
        if (description != null && !description.isBlank()) {
            narrative(xml, description, null);
        } else {
            narratives(xml, row.titleFr(), row.titleEn());
        }
        xml.writeEndElement();

        participating(xml, "1", properties.reportingOrgRef(), properties.reportingOrgNameFr());  // funding
        if (row.leadQuebec() != null) {
            participating(xml, "4", null, row.leadQuebec());  // implementing
        }
        if (row.leadPartner() != null) {
            participating(xml, "4", null, row.leadPartner());
        }

        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", String.valueOf(row.status().iatiCode()));
        if (row.startDate() != null) {
            date(xml, "1", row.startDate());  // planned start
        } else {
            date(xml, "1", LocalDate.of(Integer.parseInt(row.programPeriod().substring(0, 4)), 1, 1));
        }
        if (row.endDate() != null) {
            date(xml, "3", row.endDate());  // planned end
        }

        if (row.countryCode() != null) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", row.countryCode());
            xml.writeAttribute("percentage", "100");
        }

        SectorRef sector = sectorById.get(row.sectorId());
        xml.writeStartElement("sector");
        xml.writeAttribute("vocabulary", "99");  // the reporting organisation's own, named (IATI's rule for 98 and 99)
        xml.writeAttribute("code", row.sectorCode());
        xml.writeAttribute("percentage", "100");
        if (sector != null) {
            narratives(xml, sector.nameFr(), sector.nameEn());
        }
        xml.writeEndElement();
        String dac = dacCode(sector, sectorById);
        if (dac != null) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");  // OECD DAC CRS purpose codes (5 digit)
            xml.writeAttribute("code", dac);
            xml.writeAttribute("percentage", "100");
        }

        if (row.budget() != null && row.startDate() != null && row.endDate() != null) {
            for (BudgetPeriod period : yearly(row.startDate(), row.endDate(), row.budget())) {
                xml.writeStartElement("budget");
                xml.writeAttribute("type", "1");  // original
                xml.writeAttribute("status", "1");  // indicative
                emptyWithDate(xml, "period-start", period.start());
                emptyWithDate(xml, "period-end", period.end());
                xml.writeStartElement("value");
                xml.writeAttribute("currency", properties.currency());
                xml.writeAttribute("value-date", period.start().toString());
                xml.writeCharacters(plain(period.value()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    /** A share of a budget over at most a year. */
    record BudgetPeriod(LocalDate start, LocalDate end, BigDecimal value) {
    }

    /**
     * A project's budget as IATI wants it, in periods of at most one year (from the start date,
     * year by year), each period's share in proportion to its days, rounded to the cent; the last
     * period takes what rounding left, so the shares add up to the budget exactly.
     */
    static List<BudgetPeriod> yearly(LocalDate start, LocalDate end, BigDecimal budget) {
        long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
        List<BudgetPeriod> periods = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate to = from.plusYears(1).minusDays(1);
            if (!to.isBefore(end)) {
                periods.add(new BudgetPeriod(from, end, budget.subtract(given)));
                break;
            }
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            BigDecimal share = budget.multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(totalDays), 2, RoundingMode.HALF_EVEN);
            periods.add(new BudgetPeriod(from, to, share));
            given = given.add(share);
            from = to.plusDays(1);
        }
        return periods;
    }

    /** The sector's own DAC code (none for a sector without one: its axis's would be a guess). */
    private static String dacCode(SectorRef sector, Map<Long, SectorRef> sectorById) {
        return sector == null ? null : sector.dacCode();
    }

    private static void participating(XMLStreamWriter xml, String role, String ref, String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        narrative(xml, name, null);
        xml.writeEndElement();
    }

    /** The French text (the activity's language), and the English one as xml:lang="en" when there is one. */
    private static void narratives(XMLStreamWriter xml, String french, String english) throws XMLStreamException {
        boolean hasEnglish = english != null && !english.isBlank();
        if (french != null && !french.isBlank()) {
            narrative(xml, french, null);
            if (hasEnglish) {
                narrative(xml, english, "en");
            }
        } else if (hasEnglish) {
            narrative(xml, english, "en");
        }
    }

    private static void narrative(XMLStreamWriter xml, String text, String lang) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (lang != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void emptyWithDate(XMLStreamWriter xml, String element, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Now, to the second, always with its seconds ({@code OffsetDateTime.toString()} drops ":00", which xs:dateTime refuses). */
    private static String now() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }
}
