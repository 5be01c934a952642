package org.coopera.program;

import java.time.LocalDateTime;

/** One step of a status update's review: who did what, when, and why (for a return). */
public record UpdateStep(UpdateAction action, String actor, String actorName, LocalDateTime at, String reason) {
}
