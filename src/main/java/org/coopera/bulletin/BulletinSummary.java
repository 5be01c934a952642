package org.coopera.bulletin;

import java.time.LocalDate;

/** A bulletin in a subject's timeline. */
public record BulletinSummary(long id, LocalDate date, String title, String language, BulletinStatus status) {
}
