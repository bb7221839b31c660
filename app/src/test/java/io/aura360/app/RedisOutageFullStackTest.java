package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;

/**
 * The all-in-one process configured with a Redis that then goes away (the chaos run's {@code redis-down}, where the
 * advice answered HTTP 500 without a request): every advice request still gets its answer and its request row,
 * before and after the {@code redis} breaker opens. Always a redis-server of its own, since the test stops it: the
 * machine's shared Redis is not ours to stop.
 */
@DirtiesContext
class RedisOutageFullStackTest extends FullStackTest {

    private static final int PORT = freePort();

    private static final RedisServer REDIS = start(PORT);

    private static final Path OWN_HOME = ownHome();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("aura.redis.url", () -> "redis://127.0.0.1:" + PORT);
        registry.add("aura.redis.timeout", () -> "500ms");
        registry.add("aura.analytics.consumer.enabled", () -> "false");
        registry.add("aura.vector.index-dir", () -> OWN_HOME.resolve("index").toString());
        TestDatabase.ownUnlessExternal(registry);
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (REDIS.isActive()) {
            REDIS.stop();
        }
    }

    @Test
    void adviceIsAnsweredAndRecordedWhileRedisIsDown() throws IOException {
        UUID before = UUID.randomUUID();
        assertThat(advice(before, token(before), "body", "{}").status()).isEqualTo(200);

        REDIS.stop();

        // Enough requests for the redis breaker to open: the ones before it and the ones it refuses at once.
        for (int i = 0; i < 6; i++) {
            UUID user = UUID.randomUUID();
            Response response = advice(user, token(user), (i % 2 == 0) ? "mind" : "soul", "{}");
            assertThat(response.status()).as(response.body()).isIn(200, 202);
            assertThat(jdbc.sql("select count(*) from holistic_requests where user_id = ?")
                            .param(user)
                            .query(Long.class)
                            .single())
                    .as("the request is recorded")
                    .isEqualTo(1);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static RedisServer start(int port) {
        try {
            RedisServer server = new RedisServer(port);
            server.start();
            return server;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path ownHome() {
        try {
            return Files.createTempDirectory("aura360-redis-outage-test-home");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
