package io.aura360.vector.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * The contract on a real Redis: the server at {@code AURA_TEST_REDIS_URL} when set, otherwise an embedded
 * redis-server. Each queue gets its own key prefix, so runs never see each other's tasks.
 */
class RedisStreamsIngestQueueTest extends IngestQueueContract {

    private static RedisServer embedded;

    private static RedisClient client;

    @BeforeAll
    static void connect() throws IOException {
        String url = System.getenv("AURA_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            int port = freePort();
            embedded = new RedisServer(port);
            embedded.start();
            url = "redis://127.0.0.1:" + port;
        }
        client = RedisClient.create(url);
    }

    @AfterAll
    static void disconnect() throws IOException {
        client.shutdown();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Override
    IngestQueue newQueue(RetryPolicy policy) {
        return queue("aura360-test-" + UUID.randomUUID(), "worker-1", policy);
    }

    private static RedisStreamsIngestQueue queue(String prefix, String consumer, RetryPolicy policy) {
        return new RedisStreamsIngestQueue(client, prefix, consumer, policy, Duration.ofMillis(100));
    }

    @Test
    void keepsQueuedTasksForTheNextInstanceAndLeavesNothingBehindOnceDone() {
        String prefix = "aura360-test-" + UUID.randomUUID();
        try (IngestQueue first = queue(prefix, "worker-1", POLICY)) {
            first.submit(new IngestTask(Path.of("/docs/queued.md"), "test"));
        }
        List<Path> handled = new CopyOnWriteArrayList<>();

        try (IngestQueue second = queue(prefix, "worker-2", POLICY)) {
            second.start(task -> handled.add(task.file()));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(handled).containsExactly(Path.of("/docs/queued.md")));
        }

        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() ->
                            assertThat(redis.sync().xlen(prefix + ":ingest")).isZero());
            assertThat(redis.sync()
                            .xpending(prefix + ":ingest", RedisStreamsIngestQueue.GROUP)
                            .getCount())
                    .isZero();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
