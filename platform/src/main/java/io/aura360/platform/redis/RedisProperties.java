package io.aura360.platform.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis every feature of a service process shares (profile cache, burst limits, event stream, conversation
 * memory, ingest queue): {@code url} from {@code AURA_REDIS_URL}, e.g. {@code redis://127.0.0.1:6379} (unset or
 * blank: each feature runs in process), and how long one command may take ({@code timeout}, 2 s: Redis answers in
 * milliseconds, so past this the caller falls back or fails instead of holding a request).
 */
@ConfigurationProperties("aura.redis")
public record RedisProperties(
        String url, @DefaultValue("2s") Duration timeout) {

    public RedisProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("aura.redis.timeout must be positive, not " + timeout);
        }
    }

    /** Whether a Redis is configured at all. */
    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
