package io.aura360.gateway.quota;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * A token bucket per user (Bucket4j): {@code capacity} requests, refilled over {@code period}. Buckets live in
 * this process, or in Redis when one is configured so that every gateway instance shares them.
 */
final class BurstLimiter {

    private final BucketConfiguration configuration;

    private final Function<UUID, Bucket> buckets;

    private BurstLimiter(BucketConfiguration configuration, Function<UUID, Bucket> buckets) {
        this.configuration = configuration;
        this.buckets = buckets;
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
        BucketConfiguration configuration = configuration(capacity, period);
        LoadingCache<UUID, Bucket> local = Caffeine.newBuilder()
                .expireAfterAccess(period.multipliedBy(2))
                .maximumSize(1_000_000)
                .build(user -> Bucket.builder()
                        .addLimit(configuration.getBandwidths()[0])
                        .build());
        return new BurstLimiter(configuration, local::get);
    }

    static BurstLimiter shared(ProxyManager<byte[]> redis, int capacity, Duration period) {
        BucketConfiguration configuration = configuration(capacity, period);
        return new BurstLimiter(
                configuration,
                user -> redis.getProxy(
                        ("aura360:burst:" + user).getBytes(StandardCharsets.UTF_8), () -> configuration));
    }

    ConsumptionProbe tryConsume(UUID userId) {
        return buckets.apply(userId).tryConsumeAndReturnRemaining(1);
    }

    long capacity() {
        return configuration.getBandwidths()[0].getCapacity();
    }
}
