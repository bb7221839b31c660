package io.aura360.gateway.analytics;

import java.time.LocalDate;
import java.util.List;

/** The answer counts of a period: one row per day, category, tier, language and outcome that had answers. */
record DailyResponses(LocalDate from, LocalDate to, List<DailyResponseCount> days) {

    DailyResponses {
        days = List.copyOf(days);
    }
}
