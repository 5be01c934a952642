package org.coopera.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A related link as stored (see {@link BulletinLink}). */
@Embeddable
class LinkValue {

    @Column(nullable = false, length = 255)
    private String label;

    @Column(nullable = false, length = 2000)
    private String url;

    protected LinkValue() {
    }

    LinkValue(String label, String url) {
        this.label = label;
        this.url = url;
    }

    String label() {
        return label;
    }

    String url() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkValue other && Objects.equals(label, other.label) && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, url);
    }

    @Override
    public String toString() {
        return label + " <" + url + ">";
    }
}
