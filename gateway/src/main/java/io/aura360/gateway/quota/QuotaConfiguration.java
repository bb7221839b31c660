package io.aura360.gateway.quota;

import io.aura360.platform.breaker.CircuitBreakers;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotas: counters in PostgreSQL; burst buckets in Redis when {@code AURA_REDIS_URL} is set (in process while Redis
 * fails), in process otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuotaProperties.class)
class QuotaConfiguration {

    /** Bucket4j opens its own (binary) connection from the process's one client, which closes it on shutdown. */
    @Bean
    BurstLimiter burstLimiter(
            QuotaProperties properties, ObjectProvider<RedisClient> redis, ObjectProvider<CircuitBreakers> breakers) {
        RedisClient client = redis.getIfAvailable();
        if (client == null) {
            return BurstLimiter.inMemory(properties.burstCapacity(), properties.burstPeriod());
        }
        // Bounded like every Redis command of the process, so a Redis that stopped answering costs one timeout.
        var proxies = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(properties.burstPeriod()))
                .requestTimeout(client.getDefaultTimeout())
                .build();
        // The breaker the shared connection uses too: Redis down for one feature is down for all.
        CircuitBreaker breaker = breakers.getObject().breaker("redis", failure -> failure instanceof RedisException);
        return BurstLimiter.shared(proxies, breaker, properties.burstCapacity(), properties.burstPeriod());
    }

    @Bean
    QuotaService quotaService(
            UsageLedger ledger, BurstLimiter limiter, QuotaProperties properties, Clock clock, MeterRegistry meters) {
        return new QuotaService(ledger, limiter, properties, clock, meters);
    }
}
