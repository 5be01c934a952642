package org.coopera.base;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.coopera.base.audit.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change history that Hibernate Envers keeps for every audited entity. Feature
 * services call it behind their own access rules; it does not decide who may see what.
 */
@Service
@PermitAll
public class HistoryService {

    /** The most revisions shown for one record. */
    public static final int MAX_REVISIONS = 500;

    private static final Set<String> TECHNICAL_FIELDS = Set.of("id", "version");

    @PersistenceContext
    private EntityManager entityManager;

    /** The history of one record, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(Class<?> entityType, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(MAX_REVISIONS)
                .getResultList();
        Collections.reverse(rows);
        List<String> fields = auditedFields(entityType);
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            if (type != RevisionType.DEL) {
                for (String field : fields) {
                    String before = previous == null ? null : format(read(previous, field));
                    String after = format(read(snapshot, field));
                    if (!Objects.equals(before, after)) {
                        changes.add(new HistoryEntry.FieldChange(field, before, after));
                    }
                }
            }
            entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), kind(type), List.copyOf(changes)));
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    private List<String> auditedFields(Class<?> entityType) {
        List<String> names = new ArrayList<>();
        for (Attribute<?, ?> attribute : entityManager.getMetamodel().entity(entityType).getAttributes()) {
            Member member = attribute.getJavaMember();
            if (!TECHNICAL_FIELDS.contains(attribute.getName()) && member instanceof Field field
                    && !field.isAnnotationPresent(org.hibernate.envers.NotAudited.class)) {
                names.add(attribute.getName());
            }
        }
        names.sort(null);
        return names;
    }

    private static Object read(Object entity, String fieldName) {
        Class<?> type = entity.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField(fieldName);
                field.setAccessible(true);
                return field.get(entity);
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    private static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Labelled labelled) {
            try {
                return labelled.label();
            } catch (jakarta.persistence.EntityNotFoundException e) {
                // a related record created before auditing (migration data) has no revision to show
                // (read the proxy's class without initialising it: that would fail again)
                Class<?> type = value instanceof org.hibernate.proxy.HibernateProxy proxy
                        ? proxy.getHibernateLazyInitializer().getPersistentClass() : value.getClass();
                return "#" + type.getSimpleName();
            }
        }
        if (value instanceof Collection<?> collection) {
            Set<String> items = new TreeSet<>();
            collection.forEach(item -> items.add(format(item)));
            return String.join(", ", items);
        }
        return value.toString();
    }

    private static HistoryEntry.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryEntry.Kind.CREATED;
            case MOD -> HistoryEntry.Kind.MODIFIED;
            case DEL -> HistoryEntry.Kind.DELETED;
        };
    }
}
