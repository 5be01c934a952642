package org.coopera.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.coopera.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security audit trail: sign-ins and failed sign-ins, throttling, sessions ended, refused
 * accesses (screens and API), password resets and changes, unlocks, account changes, API tokens
 * created and invalid tokens used. The security feature writes it; administrators read it, newest
 * first. Events older than {@code coopera.security.audit.retention} (400 days by default) are purged
 * every night. The detail never holds a password nor a user name that does not exist (a password is
 * sometimes typed into the user-name field), and control characters are removed from it.
 */
@Service
public class SecurityAuditService {

    private static final Logger log = LoggerFactory.getLogger(SecurityAuditService.class);
    private static final int MAX_DETAIL = 500;
    private static final int MAX_PAGE = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    SecurityAuditService(JdbcClient jdbc, Clock clock,
                         @Value("${coopera.security.audit.retention:400d}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Records an event about a user (null: unknown) from the current request's address. */
    void record(SecurityEventType type, String username, String detail) {
        recordBy(type, username, null, detail);
    }

    /** Records an event that {@code actor} caused on {@code username}'s account. */
    @Transactional
    void recordBy(SecurityEventType type, String username, String actor, String detail) {
        jdbc.sql("""
                        insert into security_event (occurred_at, type, username, actor, address, detail)
                        values (:at, :type, :username, :actor, :address, :detail)""")
                .param("at", LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("type", type.name())
                .param("username", truncate(clean(username), 60))
                .param("actor", truncate(clean(actor), 60))
                .param("address", truncate(clientAddress(), 45))
                .param("detail", truncate(clean(detail), MAX_DETAIL))
                .update();
    }

    /**
     * One page of events, newest first.
     *
     * @param type     only this kind; null: every kind
     * @param username only events about or by this user (exact name, any case); blank: everyone's
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityEvent> find(SecurityEventType type, String username, Pageable page) {
        if (page.getPageSize() > MAX_PAGE) {
            throw new BusinessException("paging.invalid", MAX_PAGE);
        }
        return jdbc.sql("select id, occurred_at, type, username, actor, address, detail from security_event"
                        + where() + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("type", type == null ? null : type.name())
                .param("username", normalise(username))
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, row) -> new SecurityEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        parse(rs.getString("type")), rs.getString("username"), rs.getString("actor"),
                        rs.getString("address"), rs.getString("detail")))
                .list();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(SecurityEventType type, String username) {
        return jdbc.sql("select count(*) from security_event" + where())
                .param("type", type == null ? null : type.name())
                .param("username", normalise(username))
                .query(Long.class).single();
    }

    /** How long events are kept. */
    @RolesAllowed(Roles.ADMIN)
    public Duration retention() {
        return retention;
    }

    /** Every night: events older than the retention period go. */
    @Scheduled(cron = "${coopera.security.audit.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = "security-event-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    @Transactional
    void purge() {
        Instant before = clock.instant().minus(retention);
        int purged = jdbc.sql("delete from security_event where occurred_at < :before")
                .param("before", LocalDateTime.ofInstant(before, ZoneOffset.UTC)).update();
        if (purged > 0) {
            log.info("Security audit trail: {} events older than {} purged", purged, retention);
        }
    }

    private static String where() {
        return " where (:type is null or type = :type)"
                + " and (:username is null or username = :username or actor = :username)";
    }

    private static String normalise(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static SecurityEventType parse(String type) {
        try {
            return SecurityEventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return SecurityEventType.ACCESS_DENIED;
        }
    }

    /** The client address of the request being served; null outside a request. */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** No control character (CR, LF, tab ...) reaches the trail. */
    static String clean(String value) {
        return value == null ? null : value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
