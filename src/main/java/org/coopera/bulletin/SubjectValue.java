package org.coopera.bulletin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A subject as stored, with the working group it belongs to (for the filters). */
@Embeddable
class SubjectValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private SubjectType type;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "working_group_id")
    private Long workingGroupId;

    protected SubjectValue() {
    }

    SubjectValue(SubjectType type, long subjectId, Long workingGroupId) {
        this.type = type;
        this.subjectId = subjectId;
        this.workingGroupId = workingGroupId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectValue other && type == other.type && subjectId == other.subjectId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, subjectId);
    }

    @Override
    public String toString() {
        return type + " #" + subjectId;
    }
}
