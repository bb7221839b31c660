package io.aura360.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.TestRedis;
import io.aura360.platform.breaker.CircuitBreakerProperties;
import io.aura360.platform.breaker.CircuitBreakers;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Burst limits in process and in a real Redis (the server at {@code AURA_TEST_REDIS_URL}, or an embedded one),
 * where two gateway instances share one bucket per user.
 */
class BurstLimiterTest {

    private static TestRedis redis;

    private static RedisClient client;

    @BeforeAll
    static void redis() {
        redis = TestRedis.start();
        client = RedisClient.create(redis.url());
    }

    @AfterAll
    static void stop() {
        client.shutdown();
        redis.close();
    }

    @Test
    void admitsTheCapacityThenSaysHowLongToWait() {
        BurstLimiter limiter = BurstLimiter.inMemory(3, Duration.ofMinutes(1));
        UUID user = UUID.randomUUID();

        IntStream.range(0, 3)
                .forEach(i -> assertThat(limiter.tryConsume(user).isConsumed()).isTrue());
        ConsumptionProbe refused = limiter.tryConsume(user);

        assertThat(refused.isConsumed()).isFalse();
        assertThat(refused.getNanosToWaitForRefill())
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(1).toNanos());
        assertThat(limiter.tryConsume(UUID.randomUUID()).isConsumed())
                .as("buckets are per user")
                .isTrue();
    }

    @Test
    void twoInstancesShareOneBucketPerUserThroughRedis() {
        CircuitBreaker breaker =
                new CircuitBreakers(CircuitBreakerProperties.defaultsOnly()).breaker("redis", f -> true);
        var proxies = Bucket4jLettuce.casBasedBuilder(client).build();
        BurstLimiter first = BurstLimiter.shared(proxies, breaker, 2, Duration.ofMinutes(1));
        BurstLimiter second =
                BurstLimiter.shared(Bucket4jLettuce.casBasedBuilder(client).build(), breaker, 2, Duration.ofMinutes(1));
        UUID user = UUID.randomUUID();

        assertThat(first.tryConsume(user).isConsumed()).isTrue();
        assertThat(second.tryConsume(user).isConsumed()).isTrue();
        assertThat(first.tryConsume(user).isConsumed()).isFalse();
        assertThat(second.tryConsume(user).isConsumed()).isFalse();
        assertThat(first.capacity()).isEqualTo(2);
    }

    /**
     * Redis going away never fails the admission (it was an HTTP 500 without a request in the chaos run): the
     * limiter counts in process instead, still refusing past the capacity, and once the breaker is open it does not
     * even try Redis. Always a redis-server of its own, since the test stops it.
     */
    @Test
    void limitsInProcessWhileRedisIsDown() throws IOException {
        TestRedis own = TestRedis.own();
        RedisClient ownClient = RedisClient.create(own.url());
        ownClient.setDefaultTimeout(Duration.ofMillis(500));
        try {
            CircuitBreaker breaker =
                    new CircuitBreakers(CircuitBreakerProperties.defaultsOnly()).breaker("redis", f -> true);
            BurstLimiter limiter = BurstLimiter.shared(
                    Bucket4jLettuce.casBasedBuilder(ownClient)
                            .requestTimeout(Duration.ofMillis(500))
                            .build(),
                    breaker,
                    2,
                    Duration.ofMinutes(1));
            UUID user = UUID.randomUUID();
            assertThat(limiter.tryConsume(UUID.randomUUID()).isConsumed()).isTrue();

            own.embedded().stop();

            assertThat(limiter.tryConsume(user).isConsumed()).isTrue();
            assertThat(limiter.tryConsume(user).isConsumed()).isTrue();
            assertThat(limiter.tryConsume(user).isConsumed())
                    .as("the in-process bucket still limits")
                    .isFalse();
            IntStream.range(0, 5).forEach(i -> limiter.tryConsume(UUID.randomUUID()));
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(limiter.tryConsume(UUID.randomUUID()).isConsumed()).isTrue();
        } finally {
            ownClient.shutdown();
            own.close();
        }
    }
}
