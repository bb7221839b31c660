package io.aura360.platform.redis;

import io.aura360.platform.breaker.CircuitBreakerConfiguration;
import io.aura360.platform.breaker.CircuitBreakers;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * One Lettuce client per service process, with one shared connection for the features' short commands, when
 * {@code AURA_REDIS_URL} is set; both are closed on shutdown (the connection first, as it depends on the client).
 * Each service's configuration imports this class, so the all-in-one process registers it once. Lettuce
 * connections are thread-safe for single commands; a feature that needs blocking reads (the ingest queue) opens
 * its own connection from the client, and none may run MULTI/EXEC on the shared one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisConfiguration.RedisUrlSet.class)
@EnableConfigurationProperties(RedisProperties.class)
@Import(CircuitBreakerConfiguration.class)
public class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(RedisProperties properties) {
        RedisClient client = RedisClient.create(properties.url());
        client.setDefaultTimeout(properties.timeout());
        return client;
    }

    /** The shared connection, its synchronous commands guarded by the {@code redis} circuit breaker. */
    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> redisConnection(RedisClient client, CircuitBreakers breakers) {
        return GuardedRedisConnection.guard(
                client.connect(), breakers.breaker("redis", GuardedRedisConnection::isRedisFailure));
    }

    /** {@code aura.redis.url} present and not blank ({@code AURA_REDIS_URL=} means "no Redis", as it always has). */
    static final class RedisUrlSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("aura.redis.url"));
        }
    }
}
