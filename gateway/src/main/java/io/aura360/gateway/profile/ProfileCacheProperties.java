package io.aura360.gateway.profile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a cached profile is served ({@code ttl}) and, in process, how many are kept ({@code max-entries}). */
@ConfigurationProperties("aura.profile-cache")
public record ProfileCacheProperties(
        @DefaultValue("60s") Duration ttl,
        @DefaultValue("10000") long maxEntries) {

    public ProfileCacheProperties {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("aura.profile-cache.ttl and max-entries must be positive");
        }
    }
}
