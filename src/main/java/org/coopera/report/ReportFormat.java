package org.coopera.report;

/** The document formats of a generated report. */
public enum ReportFormat {
    PDF("pdf"), DOCX("docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
