package org.coopera.bulletin;

import java.time.LocalDate;

/**
 * A search result. titleHtml and snippetHtml are escaped HTML in which only the matched terms are
 * wrapped in {@code <mark>}; score is the full-text relevance (0 without search text).
 */
public record BulletinHit(long id, LocalDate date, String title, String titleHtml, String snippetHtml,
                          BulletinStatus status, double score) {
}
