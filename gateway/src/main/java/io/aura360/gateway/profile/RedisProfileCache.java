package io.aura360.gateway.profile;

import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile cache shared by every gateway instance: one JSON string per user under {@code aura360:profile:ID}
 * with a time to live, so an eviction by one instance is seen by all. Redis trouble never fails a request: a read
 * falls back to the database and a failed eviction is logged, the time to live then bounding the staleness.
 */
public final class RedisProfileCache implements ProfileCache {

    static final String KEY_PREFIX = "aura360:profile:";

    private static final Logger log = LoggerFactory.getLogger(RedisProfileCache.class);

    private final StatefulRedisConnection<String, String> connection;

    private final JsonMapper json;

    private final Duration ttl;

    public RedisProfileCache(StatefulRedisConnection<String, String> connection, JsonMapper json, Duration ttl) {
        this.connection = connection;
        this.json = json;
        this.ttl = ttl;
    }

    @Override
    public Optional<UserProfile> find(UUID userId, Function<UUID, Optional<UserProfile>> loader) {
        String key = key(userId);
        try {
            String cached = connection.sync().get(key);
            if (cached != null) {
                return Optional.of(json.readValue(cached, UserProfile.class));
            }
        } catch (RedisException | JacksonException ex) {
            log.warn("profile cache read failed for {}, reading the database: {}", userId, ex.getMessage());
        }
        Optional<UserProfile> loaded = loader.apply(userId);
        loaded.ifPresent(profile -> store(key, profile));
        return loaded;
    }

    @Override
    public void evict(UUID userId) {
        try {
            connection.sync().del(key(userId));
        } catch (RedisException ex) {
            log.error(
                    "profile cache eviction failed for {}; it may serve the old profile for up to {}", userId, ttl, ex);
        }
    }

    static String key(UUID userId) {
        return KEY_PREFIX + userId;
    }

    private void store(String key, UserProfile profile) {
        try {
            connection.sync().set(key, json.writeValueAsString(profile), SetArgs.Builder.px(ttl.toMillis()));
        } catch (RedisException ex) {
            log.warn("profile cache write failed for {}: {}", profile.userId(), ex.getMessage());
        }
    }
}
