package org.coopera.exchange;

/**
 * The columns of the project import template, in their order. Each has a header in French and in
 * English ({@code exchange.column.<key>} in both bundles); a file may use either, in any order,
 * with accents, case and punctuation ignored.
 */
public enum ImportColumn {
    CODE("code", true),
    PROGRAM("program", true),
    TITLE_FR("title-fr", false),
    TITLE_EN("title-en", false),
    SECTOR("sector", false),
    PARTNER("partner", false),
    LEAD_QUEBEC("lead-quebec", false),
    LEAD_PARTNER("lead-partner", false),
    OTHER_PARTNERS("other-partners", false),
    START_DATE("start-date", false),
    END_DATE("end-date", false),
    BUDGET("budget", false),
    STATUS("status", false),
    HEALTH("health", false),
    THEMES("themes", false),
    DESCRIPTION("description", false),
    /** Québec administrative regions: codes ("06") or names, separated by semicolons. */
    REGIONS("regions", false);

    private final String key;
    private final boolean required;

    ImportColumn(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** Message key of the header ({@code exchange.column.code}). */
    public String headerKey() {
        return "exchange.column." + key;
    }

    /** Message key of the explanation on the template's instructions sheet. */
    public String helpKey() {
        return "exchange.column-help." + key;
    }

    /** Whether every file must have this column (a row is found by programme and code). */
    public boolean required() {
        return required;
    }
}
