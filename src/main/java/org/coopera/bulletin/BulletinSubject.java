package org.coopera.bulletin;

/** What a bulletin reports on, by type and id (the record lives in its own feature). */
public record BulletinSubject(SubjectType subjectType, long subjectId) {
}
