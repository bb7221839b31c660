package io.aura360.gateway.quota;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotas: counters in PostgreSQL; burst buckets in Redis when {@code AURA_REDIS_URL} is set, in process otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuotaProperties.class)
class QuotaConfiguration {

    @Bean(destroyMethod = "close")
    BurstBuckets burstBuckets(QuotaProperties properties, @Value("${aura.redis.url:}") String redisUrl) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new BurstBuckets(BurstLimiter.inMemory(properties.burstCapacity(), properties.burstPeriod()), null);
        }
        RedisClient client = RedisClient.create(redisUrl);
        var proxies = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(properties.burstPeriod()))
                .build();
        return new BurstBuckets(
                BurstLimiter.shared(proxies, properties.burstCapacity(), properties.burstPeriod()), client);
    }

    @Bean
    QuotaService quotaService(
            UsageLedger ledger, BurstBuckets buckets, QuotaProperties properties, Clock clock, MeterRegistry meters) {
        return new QuotaService(ledger, buckets.limiter(), properties, clock, meters);
    }

    /** The burst limiter and, when it lives in Redis, the client to close on shutdown. */
    record BurstBuckets(BurstLimiter limiter, RedisClient client) implements AutoCloseable {

        @Override
        public void close() {
            if (client != null) {
                client.shutdown();
            }
        }
    }
}
