package org.coopera.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coopera.program.FundingTotal;
import org.coopera.program.ProgramStatus;
import org.coopera.program.ProjectHealth;
import org.coopera.program.ProjectStatus;
import org.coopera.program.Theme;

/**
 * Everything the biennial programme progress report shows, as of {@link #generatedOn()}: the
 * working group, the adopted against the current list of projects, one section per sector axis,
 * the highlights (bulletins) of the period, the annex of changes to the list and the amounts approved,
 * committed and paid per fiscal year.
 */
public record ProgramReportData(long programId, int startYear, int endYear, ProgramStatus status, LocalDate generatedOn,
                                Group workingGroup, List<CoChair> coChairs, Meeting adoptedAt, String priorities,
                                Set<Theme> themes, Summary summary, List<SectorSection> sectors,
                                List<Highlight> highlights, Annex annex, List<FundingTotal> funding,
                                Regions regions) {

    /**
     * @param funding the programme's funding per fiscal year, then its total (as
     *                {@code ProjectFundingService.programTotals}); empty when none of its projects has funding
     */
    public ProgramReportData {
        funding = funding == null ? List.of() : List.copyOf(funding);
        regions = regions == null ? new Regions(List.of(), 0) : regions;
    }

    /** A report without funding lines. */
    public ProgramReportData(long programId, int startYear, int endYear, ProgramStatus status, LocalDate generatedOn,
                             Group workingGroup, List<CoChair> coChairs, Meeting adoptedAt, String priorities,
                             Set<Theme> themes, Summary summary, List<SectorSection> sectors,
                             List<Highlight> highlights, Annex annex) {
        this(programId, startYear, endYear, status, generatedOn, workingGroup, coChairs, adoptedAt, priorities, themes,
                summary, sectors, highlights, annex, List.of(), null);
    }

    /** The funding per fiscal year (without the total). */
    public List<FundingTotal> fundingYears() {
        return funding.isEmpty() ? List.of() : funding.subList(0, funding.size() - 1);
    }

    /** The programme's funding in all, or null when it has none. */
    public FundingTotal fundingTotal() {
        return funding.isEmpty() ? null : funding.getLast();
    }

    /** "2013-2015". */
    public String period() {
        return startYear + "-" + endYear;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The working group and its partner jurisdiction. */
    public record Group(long id, String acronym, String nameFr, String nameEn, String partnerFr, String partnerEn,
                        String countryCode) {

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameFr;
        }

        public String partner(Locale locale) {
            return english(locale) ? partnerEn : partnerFr;
        }
    }

    /** A co-chair in office during the period; {@code quebec} tells the side. */
    public record CoChair(boolean quebec, String name, String title, String organisation) {
    }

    /** The meeting that adopted the programme. */
    public record Meeting(int number, LocalDate date, String place) {
    }

    /**
     * Counts of the adopted list (baseline) against the current list of the programme.
     *
     * @param adopted projects adopted with the programme
     * @param current projects the programme has now, whatever their status
     */
    public record Summary(int adopted, int current, List<SectorCount> bySector, List<StatusCount> byStatus,
                          List<HealthCount> byHealth) {
    }

    /** Adopted and current projects of one sector axis. */
    public record SectorCount(String sectorCode, String nameFr, String nameEn, int adopted, int current) {

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameFr;
        }
    }

    /** Adopted and current projects that are now in one status. */
    public record StatusCount(ProjectStatus status, int adopted, int current) {
    }

    /** Current projects (not cancelled) in one health; projects without health are not counted. */
    public record HealthCount(ProjectHealth health, int projects) {
    }

    /**
     * The current projects per Québec administrative region, by code (a project in several regions counts
     * in each), and how many state none.
     */
    public record Regions(List<RegionCount> byRegion, int withoutRegion) {

        public Regions {
            byRegion = List.copyOf(byRegion);
        }
    }

    /** Current projects that take place in one region ("06", "Montréal"). */
    public record RegionCount(String code, String nameFr, String nameEn, int projects) {

        public String name(Locale locale) {
            return code + " " + (english(locale) ? nameEn : nameFr);
        }
    }

    /** The current projects of one sector axis, by code. */
    public record SectorSection(String sectorCode, String nameFr, String nameEn, List<ProjectLine> projects) {

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameFr;
        }
    }

    /**
     * A project with its partners and its latest approved status update (null fields when it has none).
     *
     * @param partners the other partner organisations, by name
     */
    public record ProjectLine(long id, String code, String titleFr, String titleEn, String sectorCode,
                              ProjectStatus status, ProjectHealth health, String leadQuebec, String leadPartner,
                              List<String> partners, Integer progressPercent, LocalDate lastUpdate, String narrative) {

        public String title(Locale locale) {
            return english(locale) ? titleEn : titleFr;
        }
    }

    /** A published bulletin of the period and what it is attached to ("GTQM-2013-RI-01", "2013-2015", "14"). */
    public record Highlight(long id, LocalDate date, String title, String language, List<Subject> subjects) {
    }

    /** What a highlight reports on: the programme, a meeting (label = its number) or a project (its code). */
    public record Subject(SubjectKind kind, String label) {
    }

    public enum SubjectKind { PROGRAM, MEETING, PROJECT }

    /** Changes to the adopted list. */
    public record Annex(List<AnnexLine> added, List<AnnexLine> dropped, List<AnnexLine> carriedOver) {
    }

    /**
     * A project in the annex; {@code carriedFrom} is the code and period of the project it continues.
     */
    public record AnnexLine(String code, String titleFr, String titleEn, ProjectStatus status, String carriedFrom) {

        public String title(Locale locale) {
            return english(locale) ? titleEn : titleFr;
        }
    }
}
