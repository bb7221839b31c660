package io.aura360.agents.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory.Turn;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
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
 * Runs the contract on a real Redis: the server at {@code AURA_TEST_REDIS_URL} when set, otherwise an embedded
 * redis-server started for this class.
 */
class RedisConversationMemoryTest extends ConversationMemoryContract {

    private static RedisServer embedded;

    private static RedisClient client;

    private static StatefulRedisConnection<String, String> connection;

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
        connection = client.connect();
    }

    @AfterAll
    static void disconnect() throws IOException {
        connection.close();
        client.shutdown();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Override
    ConversationMemory memory() {
        return new RedisConversationMemory(connection, Duration.ofMinutes(5));
    }

    @Test
    void setsTheTimeToLiveOnEveryWrite() {
        UUID user = UUID.randomUUID();
        new RedisConversationMemory(connection, Duration.ofSeconds(90)).append(user, "ttl", new Turn("user", "hi"));

        long ttl = connection.sync().ttl("aura360:conversation:" + user + ":ttl");
        assertThat(ttl).isBetween(1L, 90L);
    }

    @Test
    void appendsAgainAfterRedisForgotItsScripts() {
        UUID user = UUID.randomUUID();
        RedisConversationMemory memory = new RedisConversationMemory(connection, Duration.ofMinutes(5));
        memory.append(user, "flushed", new Turn("user", "before"));

        connection.sync().scriptFlush();
        memory.append(user, "flushed", new Turn("user", "after"));

        assertThat(memory.recent(user, "flushed"))
                .containsExactly(new Turn("user", "before"), new Turn("user", "after"));
    }

    @Test
    void forgetsEveryKeyOfAUserAcrossManyScanPages() {
        UUID user = UUID.randomUUID();
        RedisConversationMemory memory = new RedisConversationMemory(connection, Duration.ofMinutes(5));
        IntStream.range(0, 1_200).forEach(i -> memory.append(user, "s" + i, new Turn("user", "hi")));

        memory.forgetUser(user);

        assertThat(connection.sync().keys("aura360:conversation:" + user + ":*"))
                .isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Always a redis-server of its own, since the test stops it: the machine's shared Redis is not ours to stop. */
    @Test
    void aRedisThatIsDownGivesAnEmptyHistoryAndLosesTheTurnWithoutFailing() throws IOException {
        int port = freePort();
        RedisServer own = new RedisServer(port);
        own.start();
        RedisClient ownClient = RedisClient.create("redis://127.0.0.1:" + port);
        ownClient.setDefaultTimeout(Duration.ofMillis(500));
        try (StatefulRedisConnection<String, String> ownConnection = ownClient.connect()) {
            ConversationMemory memory = new RedisConversationMemory(ownConnection, Duration.ofMinutes(5));
            UUID user = UUID.randomUUID();
            memory.append(user, "s", new Turn("user", "hello"));

            own.stop();

            assertThat(memory.recent(user, "s")).isEmpty();
            memory.append(user, "s", new Turn("assistant", "hi"));
        } finally {
            ownClient.shutdown();
            if (own.isActive()) {
                own.stop();
            }
        }
    }
}
