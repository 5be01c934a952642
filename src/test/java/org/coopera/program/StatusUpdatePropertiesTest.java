package org.coopera.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Overdue" is reckoned from today, or from the configured as-of day (the demo's 2014-12-01). */
class StatusUpdatePropertiesTest {

    private static final Clock DEC_2026 = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAnAsOfDayOverdueIsReckonedFromToday() {
        var properties = new StatusUpdateProperties(null, null, false, null);
        assertThat(properties.overdueBefore(DEC_2026)).isEqualTo(LocalDate.of(2026, 9, 6));
    }

    @Test
    void anAsOfDayFixesTheDayOverdueIsReckonedFrom() {
        var properties = new StatusUpdateProperties(Duration.ofDays(90), null, false, LocalDate.of(2014, 12, 1));
        assertThat(properties.overdueBefore(DEC_2026)).isEqualTo(LocalDate.of(2014, 9, 2));
    }
}
