package org.coopera.security;

import java.time.Instant;

/**
 * One entry of the security audit trail.
 *
 * @param username the user the event is about; null when unknown
 * @param actor    who acted when it was someone else (an administrator); null otherwise
 * @param address  the client address
 */
public record SecurityEvent(long id, Instant occurredAt, SecurityEventType type, String username, String actor,
                            String address, String detail) {
}
