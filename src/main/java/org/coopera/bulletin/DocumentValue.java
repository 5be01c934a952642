package org.coopera.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An attached document as stored: the stored file and the label readers see. */
@Embeddable
class DocumentValue {

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(nullable = false, length = 255)
    private String label;

    protected DocumentValue() {
    }

    DocumentValue(long fileId, String label) {
        this.fileId = fileId;
        this.label = label;
    }

    long fileId() {
        return fileId;
    }

    String label() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentValue other && fileId == other.fileId && Objects.equals(label, other.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileId, label);
    }

    @Override
    public String toString() {
        return label + " (#" + fileId + ")";
    }
}
