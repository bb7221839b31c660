package io.aura360.gateway.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/analytics/responses} (admin scope, enforced by the security configuration): the daily
 * answer counts kept by the analytics consumer. Empty when no consumer runs (no Redis, or switched off).
 */
@RestController
class ResponseAnalyticsController {

    private final DailyResponseCounts counts;

    private final Clock clock;

    ResponseAnalyticsController(DailyResponseCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Operation(
            summary = "Answers per day, category, tier, language and outcome",
            description = "Counted from holistic.response.created events, each once; days in UTC. outcome is "
                    + "review (the answer asks for human review), degraded or answered; unknown for events "
                    + "published before the event named it.")
    @GetMapping(path = "/api/v1/admin/analytics/responses", produces = MediaType.APPLICATION_JSON_VALUE)
    DailyResponses responses(
            @Parameter(description = "first day (ISO date, UTC); default 29 days before to")
                    @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "last day (ISO date, UTC), included; default today")
                    @RequestParam(name = "to", required = false)
                    String to) {
        AnalyticsPeriod period = AnalyticsPeriod.of(from, to, clock);
        return new DailyResponses(period.from(), period.to(), counts.between(period.from(), period.to()));
    }
}
