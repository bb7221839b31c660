package io.aura360.gateway.quota;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Admits an advice request against the user's burst limit, then their tier's daily and monthly quotas. */
public class QuotaService {

    private final UsageLedger ledger;

    private final BurstLimiter burst;

    private final QuotaProperties properties;

    private final Clock clock;

    private final MeterRegistry meters;

    QuotaService(
            UsageLedger ledger, BurstLimiter burst, QuotaProperties properties, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.ledger = ledger;
        this.burst = burst;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one advice request for {@code userId}, or throws {@link QuotaExceededException} and counts the refusal
     * in {@code aura.quota.rejections} by tier and reason (the limit reached).
     */
    public void admit(UUID userId, String tier) {
        try {
            count(userId, tier);
        } catch (QuotaExceededException ex) {
            Counter.builder("aura.quota.rejections")
                    .description("Advice requests refused by a quota or the burst limit")
                    .tag("tier", tier)
                    .tag("reason", ex.limitName())
                    .register(meters)
                    .increment();
            throw ex;
        }
    }

    private void count(UUID userId, String tier) {
        ConsumptionProbe probe = burst.tryConsume(userId);
        if (!probe.isConsumed()) {
            throw new QuotaExceededException(
                    "burst", burst.capacity(), Math.ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        }
        QuotaProperties.Allowance allowance = properties.allowance(tier);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ledger.tryCount(userId, today, allowance).ifPresent(limit -> {
            LocalDate reset = limit.equals("daily")
                    ? today.plusDays(1)
                    : today.withDayOfMonth(1).plusMonths(1);
            throw new QuotaExceededException(
                    limit, limit.equals("daily") ? allowance.daily() : allowance.monthly(), secondsUntil(reset));
        });
    }

    /** What {@code GET /api/v1/me/usage} shows. */
    public Map<String, Object> usage(UUID userId, String tier) {
        QuotaProperties.Allowance allowance = properties.allowance(tier);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate month = today.withDayOfMonth(1);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("tier", tier);
        usage.put("daily", period(ledger.used(userId, "day", today), allowance.daily(), today.plusDays(1)));
        usage.put("monthly", period(ledger.used(userId, "month", month), allowance.monthly(), month.plusMonths(1)));
        usage.put(
                "burst",
                Map.of(
                        "capacity",
                        burst.capacity(),
                        "period_seconds",
                        properties.burstPeriod().toSeconds()));
        return usage;
    }

    private static Map<String, Object> period(int used, int limit, LocalDate resetsOn) {
        return Map.of(
                "used",
                used,
                "limit",
                limit,
                "remaining",
                Math.max(0, limit - used),
                "resets_at",
                resetsOn.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    }

    private long secondsUntil(LocalDate day) {
        return clock.instant().until(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ChronoUnit.SECONDS);
    }
}
