package io.aura360.gateway.profile;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The profile cache: in Redis when {@code AURA_REDIS_URL} is set (shared by all instances), Caffeine otherwise. */
@Configuration(proxyBeanMethods = false)
class ProfileCacheConfiguration {

    /** Redis answers in milliseconds; past this a cache call gives up and the database is read instead. */
    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    ProfileCacheBackend profileCacheBackend(
            @Value("${aura.redis.url:}") String redisUrl,
            @Value("${aura.profile-cache.ttl:60s}") Duration ttl,
            @Value("${aura.profile-cache.max-entries:10000}") long maxEntries,
            JsonMapper json) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new ProfileCacheBackend(
                    new CaffeineProfileCache(ttl, maxEntries, Ticker.systemTicker()), null, null);
        }
        RedisClient client = RedisClient.create(redisUrl);
        client.setDefaultTimeout(REDIS_TIMEOUT);
        StatefulRedisConnection<String, String> connection = client.connect();
        return new ProfileCacheBackend(new RedisProfileCache(connection, json, ttl), client, connection);
    }

    @Bean
    ProfileCache profileCache(ProfileCacheBackend backend) {
        return backend.cache();
    }

    /** The cache and, for Redis, the connection to close on shutdown. */
    record ProfileCacheBackend(
            ProfileCache cache, RedisClient client, StatefulRedisConnection<String, String> connection)
            implements AutoCloseable {

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
                client.shutdown();
            }
        }
    }
}
