package org.coopera.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an editor saves: the bulletin's fields, its related links, its documents (kept ones by file
 * id, new ones with their bytes) and its subjects. The photo travels apart (see the service).
 */
public record BulletinDraft(LocalDate date, String title, String body, String language, BulletinStatus status,
                            String photoCaption, String photoCredit, List<BulletinLink> links,
                            List<DocumentDraft> documents, Set<BulletinSubject> subjects) {

    public BulletinDraft {
        links = links == null ? List.of() : List.copyOf(links);
        documents = documents == null ? List.of() : List.copyOf(documents);
        subjects = subjects == null ? Set.of() : Set.copyOf(subjects);
    }

    public BulletinDraft withSubjects(Set<BulletinSubject> newSubjects) {
        return new BulletinDraft(date, title, body, language, status, photoCaption, photoCredit, links, documents,
                newSubjects);
    }

    /**
     * An attached document: an already stored file (fileId) or a new one (fileName and content),
     * with the label readers see ("Rapport d'étape 2007-2008 (2 Mo)").
     */
    public record DocumentDraft(Long fileId, String label, String fileName, byte[] content) {

        public static DocumentDraft kept(long fileId, String label) {
            return new DocumentDraft(fileId, label, null, null);
        }

        public static DocumentDraft upload(String fileName, byte[] content, String label) {
            return new DocumentDraft(null, label, fileName, content);
        }
    }
}
