package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.conversation.ConversationMemory;
import io.aura360.agents.conversation.RedisConversationMemory;
import io.aura360.gateway.events.OutboxRelay;
import io.aura360.gateway.events.RedisStreamsEventPublisher;
import io.aura360.gateway.profile.ProfileCache;
import io.aura360.gateway.profile.RedisProfileCache;
import io.aura360.vector.ingest.job.IngestQueue;
import io.aura360.vector.ingest.job.RedisStreamsIngestQueue;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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

    /** This class's own analytics group, so consumers of other runs sharing the test Redis never take its events. */
    private static final String ANALYTICS_GROUP = "aura360-analytics-test-" + UUID.randomUUID();

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
        registry.add("aura.analytics.consumer.group", () -> ANALYTICS_GROUP);
        createAnalyticsGroupAtTheStreamsEnd();
        registry.add("aura.vector.index-dir", () -> OWN_HOME.resolve("index").toString());
        TestDatabase.ownUnlessExternal(registry);
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

    @Test
    void countsTheAnswerOnceInTheDailyAnalyticsServedToAdmins() {
        UUID user = UUID.randomUUID();
        Response response = advice(user, token(user), "soul", "{\"locale\": \"es\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        UUID requestId = UUID.fromString(response.json().path("request_id").asString());
        UUID eventId = jdbc.sql("select id from outbox_events where aggregate_id = ?")
                .param(requestId)
                .query(UUID.class)
                .single();

        while (relay.relay() > 0) {}

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from analytics_counted_events where event_id = ?")
                                .param(eventId)
                                .query(Long.class)
                                .single()
                        == 1);
        String admin = TOKENS.sign(UUID.randomUUID(), "free", List.of("admin"), Duration.ofMinutes(10));
        Response analytics = get("/api/v1/admin/analytics/responses", admin);
        assertThat(analytics.status()).as(analytics.body()).isEqualTo(200);
        assertThat(analytics.json().path("days").values()).anySatisfy(row -> {
            assertThat(row.path("category").asString()).isEqualTo("soul");
            assertThat(row.path("language").asString()).isEqualTo("es");
            assertThat(row.path("tier").asString()).isEqualTo("free");
            assertThat(row.path("responses").asLong()).isPositive();
        });
    }

    /**
     * From the end, not the start: the test Redis's stream holds the events of earlier runs (other databases), which
     * this database's counts have nothing to do with. The consumer finds the group there and keeps it.
     */
    private static void createAnalyticsGroupAtTheStreamsEnd() {
        RedisClient client = RedisClient.create(REDIS_URL);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection
                    .sync()
                    .xgroupCreate(
                            XReadArgs.StreamOffset.latest(RedisStreamsEventPublisher.STREAM),
                            ANALYTICS_GROUP,
                            XGroupCreateArgs.Builder.mkstream());
        } finally {
            client.shutdown();
        }
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
