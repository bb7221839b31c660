package io.aura360.gateway.analytics;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The days {@code GET /api/v1/admin/analytics/responses} covers: {@code from} and {@code to} (ISO dates, UTC,
 * both included); {@code to} defaults to today and {@code from} to {@value #DEFAULT_DAYS} days before {@code to}.
 * A period longer than {@value #MAX_DAYS} days, reversed, or with a date that is not one is refused with every
 * error in one 422 problem.
 */
record AnalyticsPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;

    static final int MAX_DAYS = 366;

    static AnalyticsPeriod of(String from, String to, Clock clock) {
        List<Map<String, String>> errors = new ArrayList<>();
        LocalDate parsedTo = (to == null) ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date(to, "to", errors);
        LocalDate parsedFrom = (from == null)
                ? (parsedTo == null) ? null : parsedTo.minusDays(DEFAULT_DAYS - 1)
                : date(from, "from", errors);
        if (parsedFrom != null && parsedTo != null) {
            if (parsedFrom.isAfter(parsedTo)) {
                errors.add(error("from", "must not be after to"));
            } else if (ChronoUnit.DAYS.between(parsedFrom, parsedTo) >= MAX_DAYS) {
                errors.add(error("from", "must be at most " + MAX_DAYS + " days before to"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "The analytics period is not valid.", Map.of("errors", errors));
        }
        return new AnalyticsPeriod(parsedFrom, parsedTo);
    }

    private static LocalDate date(String text, String field, List<Map<String, String>> errors) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            errors.add(error(field, "must be a date like 2026-01-31"));
            return null;
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
