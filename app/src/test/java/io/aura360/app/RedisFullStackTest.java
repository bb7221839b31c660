package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory;
import io.aura360.agents.conversation.RedisConversationMemory;
import io.aura360.gateway.database.FreshDatabase;
import io.aura360.gateway.events.OutboxRelay;
import io.aura360.gateway.events.RedisStreamsEventPublisher;
import io.aura360.gateway.profile.ProfileCache;
import io.aura360.gateway.profile.RedisProfileCache;
import io.aura360.vector.ingest.job.IngestQueue;
import io.aura360.vector.ingest.job.RedisStreamsIngestQueue;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;

/**
 * The all-in-one process with {@code AURA_REDIS_URL} set, on a real Redis (the server at {@code AURA_TEST_REDIS_URL}
 * when set, otherwise an embedded redis-server): one client serves the gateway's, the agents' and the vector
 * service's features. Its own application (the others share one without Redis), closed after the class.
 */
@DirtiesContext
class RedisFullStackTest extends FullStackTest {

    private static RedisServer embedded;

    private static final String REDIS_URL = redisUrl();

    private static final Path OWN_HOME = ownHome();

    @Autowired
    ApplicationContext context;

    @Autowired
    StatefulRedisConnection<String, String> redis;

    @Autowired
    OutboxRelay relay;

    /**
     * Keys the shared application's properties do not set (theirs win over these): a Redis, an own index directory
     * (that application holds the lock on its index) and, without an external test database, an own database.
     */
    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("aura.redis.url", () -> REDIS_URL);
        registry.add("aura.vector.index-dir", () -> OWN_HOME.resolve("index").toString());
        if (TestDatabase.external().isEmpty()) {
            FreshDatabase database = FreshDatabase.empty();
            String url = ((DriverManagerDataSource) database.dataSource()).getUrl();
            registry.add("aura.db.url", () -> url);
            registry.add("spring.datasource.url", () -> url);
        }
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Test
    void everyFeatureUsesTheOneRedisClientOfTheProcess() {
        assertThat(context.getBeansOfType(RedisClient.class)).hasSize(1);
        assertThat(context.getBean(ProfileCache.class)).isInstanceOf(RedisProfileCache.class);
        assertThat(context.getBean(ConversationMemory.class)).isInstanceOf(RedisConversationMemory.class);
        assertThat(context.getBean(IngestQueue.class)).isInstanceOf(RedisStreamsIngestQueue.class);
    }

    @Test
    void answersAdviceAndRelaysItsEventToTheRedisStream() {
        UUID user = UUID.randomUUID();
        Response response = advice(user, token(user), "body", "{}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String requestId = response.json().path("request_id").asString();

        while (relay.relay() > 0) {}

        assertThat(redis.sync().xrange(RedisStreamsEventPublisher.STREAM, Range.create("-", "+")))
                .anySatisfy(entry -> assertThat(entry.getBody()).containsEntry("aggregate_id", requestId));
    }

    private static Path ownHome() {
        try {
            return Files.createTempDirectory("aura360-redis-test-home");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String redisUrl() {
        String url = System.getenv("AURA_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            embedded = new RedisServer(port);
            embedded.start();
            return "redis://127.0.0.1:" + port;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
