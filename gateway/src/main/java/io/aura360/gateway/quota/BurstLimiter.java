package io.aura360.gateway.quota;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token bucket per user (Bucket4j): {@code capacity} requests, refilled over {@code period}. Buckets live in
 * this process, or in Redis when one is configured so that every gateway instance shares them. Redis trouble never
 * fails a request: while Redis does not answer (or the {@code redis} circuit breaker is open) each instance limits
 * with its own in-process buckets, as it would without Redis.
 */
final class BurstLimiter {

    private static final Logger log = LoggerFactory.getLogger(BurstLimiter.class);

    private final BucketConfiguration configuration;

    private final Function<UUID, Bucket> local;

    /** The buckets in Redis and the breaker guarding them; both null without Redis. */
    private final Function<UUID, Bucket> shared;

    private final CircuitBreaker redis;

    private BurstLimiter(BucketConfiguration configuration, Function<UUID, Bucket> shared, CircuitBreaker redis) {
        this.configuration = configuration;
        this.shared = shared;
        this.redis = redis;
        LoadingCache<UUID, Bucket> buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofNanos(configuration.getBandwidths()[0].getRefillPeriodNanos())
                        .multipliedBy(2))
                .maximumSize(1_000_000)
                .build(user -> Bucket.builder()
                        .addLimit(configuration.getBandwidths()[0])
                        .build());
        this.local = buckets::get;
    }

    static BucketConfiguration configuration(int capacity, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .build();
    }

    static BurstLimiter inMemory(int capacity, Duration period) {
        return new BurstLimiter(configuration(capacity, period), null, null);
    }

    /** Buckets in Redis through {@code redis}, the process's breaker of Redis; in process while it fails. */
    static BurstLimiter shared(ProxyManager<byte[]> proxies, CircuitBreaker redis, int capacity, Duration period) {
        BucketConfiguration configuration = configuration(capacity, period);
        return new BurstLimiter(
                configuration,
                user -> proxies.getProxy(
                        ("aura360:burst:" + user).getBytes(StandardCharsets.UTF_8), () -> configuration),
                redis);
    }

    ConsumptionProbe tryConsume(UUID userId) {
        if (shared == null) {
            return local.apply(userId).tryConsumeAndReturnRemaining(1);
        }
        try {
            return redis.executeSupplier(() -> consumeShared(userId));
        } catch (CallNotPermittedException open) {
            return local.apply(userId).tryConsumeAndReturnRemaining(1);
        } catch (RedisException unavailable) {
            log.warn("burst limit in Redis failed for {}, limiting in process: {}", userId, unavailable.getMessage());
            return local.apply(userId).tryConsumeAndReturnRemaining(1);
        }
    }

    long capacity() {
        return configuration.getBandwidths()[0].getCapacity();
    }

    /**
     * Bucket4j wraps Lettuce's failures (in an execution or timeout exception of its own); Redis is the only thing
     * a shared bucket depends on, so any failure of one is Redis not answering.
     */
    private ConsumptionProbe consumeShared(UUID userId) {
        try {
            return shared.apply(userId).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RedisException redisFailure) {
                    throw redisFailure;
                }
            }
            throw new RedisException("the burst bucket in Redis failed", failure);
        }
    }
}
