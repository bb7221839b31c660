package io.aura360.gateway.analytics;

import java.time.LocalDate;

/** The answers of one UTC day with one category, tier, language and outcome. */
record DailyResponseCount(
        LocalDate day, String category, String tier, String language, String outcome, long responses) {}
