package io.aura360.gateway.analytics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code aura.analytics.consumer.*}: whether this instance counts answers from the event stream (only ever with
 * Redis), its consumer group (one per
 * environment sharing a Redis), its name in the group (host and process id unless set), how long an entry may stay pending
 * before another consumer takes it over, how long one read waits, how many entries a read takes, and how long the
 * ids of counted events are kept to recognise redeliveries.
 */
@ConfigurationProperties("aura.analytics")
record AnalyticsProperties(@DefaultValue Consumer consumer) {

    record Consumer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("aura360-analytics") String group,
            String name,
            @DefaultValue("60s") Duration claimIdle,
            @DefaultValue("2s") Duration poll,
            @DefaultValue("100") int batch,
            @DefaultValue("7d") Duration forgetCountedAfter) {

        Consumer {
            if (claimIdle.isNegative()
                    || poll.isNegative()
                    || batch < 1
                    || forgetCountedAfter.compareTo(claimIdle) <= 0) {
                throw new IllegalArgumentException("aura.analytics.consumer: claim-idle and poll must not be negative, "
                        + "batch must be positive and forget-counted-after longer than claim-idle");
            }
        }
    }
}
