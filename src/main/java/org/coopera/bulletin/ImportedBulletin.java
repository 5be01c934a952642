package org.coopera.bulletin;

import java.util.List;

/**
 * A bulletin read from its plain-text form, not stored: the draft (without subjects), the labels
 * of the documents the text announces (to be uploaded), and the subjects Coopera recognised.
 */
public record ImportedBulletin(String sectionHeading, BulletinDraft draft, List<String> documentLabels,
                               List<SubjectProposal> proposals) {

    /** A recognised subject and why (message key and the words found). */
    public record SubjectProposal(SubjectSummary subject, String reasonKey, String evidence) {
    }
}
