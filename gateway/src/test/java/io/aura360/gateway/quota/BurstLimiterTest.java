package io.aura360.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * Burst limits in process and in a real Redis (the server at {@code AURA_TEST_REDIS_URL}, or an embedded one),
 * where two gateway instances share one bucket per user.
 */
class BurstLimiterTest {

    private static RedisServer embedded;

    private static RedisClient client;

    @BeforeAll
    static void redis() throws IOException {
        String url = System.getenv("AURA_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        client = RedisClient.create(url);
    }

    @AfterAll
    static void stop() throws IOException {
        client.shutdown();
        if (embedded != null) {
            embedded.stop();
        }
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
        var proxies = Bucket4jLettuce.casBasedBuilder(client).build();
        BurstLimiter first = BurstLimiter.shared(proxies, 2, Duration.ofMinutes(1));
        BurstLimiter second =
                BurstLimiter.shared(Bucket4jLettuce.casBasedBuilder(client).build(), 2, Duration.ofMinutes(1));
        UUID user = UUID.randomUUID();

        assertThat(first.tryConsume(user).isConsumed()).isTrue();
        assertThat(second.tryConsume(user).isConsumed()).isTrue();
        assertThat(first.tryConsume(user).isConsumed()).isFalse();
        assertThat(second.tryConsume(user).isConsumed()).isFalse();
        assertThat(first.capacity()).isEqualTo(2);
    }
}
