package io.aura360.gateway.profile;

import com.github.benmanes.caffeine.cache.Ticker;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile cache: in Redis when {@code AURA_REDIS_URL} is set (shared by all instances), Caffeine otherwise. A
 * Redis call gives up after {@code aura.redis.timeout} and the database is read instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProfileCacheProperties.class)
class ProfileCacheConfiguration {

    @Bean
    ProfileCache profileCache(
            ProfileCacheProperties properties,
            ObjectProvider<StatefulRedisConnection<String, String>> redis,
            JsonMapper json) {
        StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
        return (connection == null)
                ? new CaffeineProfileCache(properties.ttl(), properties.maxEntries(), Ticker.systemTicker())
                : new RedisProfileCache(connection, json, properties.ttl());
    }
}
