package io.aura360.gateway.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Server-Sent Event streams ({@code aura.gateway.status-streams}): at most {@code perUser} open at once per user
 * (a 429 past it); {@code safetyPoll} is how often open streams re-read their status in case a notification was
 * lost (a dropped listener connection), status changes otherwise arrive as they happen.
 */
@ConfigurationProperties("aura.gateway.status-streams")
public record StatusStreamProperties(Integer perUser, Duration safetyPoll) {

    public StatusStreamProperties {
        perUser = (perUser == null) ? 5 : perUser;
        safetyPoll = (safetyPoll == null) ? Duration.ofSeconds(15) : safetyPoll;
        if (perUser < 1) {
            throw new IllegalArgumentException("aura.gateway.status-streams.per-user must be at least 1");
        }
    }
}
