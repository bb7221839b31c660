package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;
import tools.jackson.databind.json.JsonMapper;

/** The Redis profile cache on a real Redis: the server at {@code AURA_TEST_REDIS_URL}, or an embedded one. */
class RedisProfileCacheTest extends ProfileCacheContract {

    private static final Duration TTL = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RedisServer embedded;

    private static RedisClient client;

    private static StatefulRedisConnection<String, String> connection;

    private final RedisProfileCache cache = new RedisProfileCache(connection, JSON, TTL);

    @BeforeAll
    static void redis() throws IOException {
        String url = System.getenv("AURA_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            embedded = new RedisServer(freePort());
            embedded.start();
            url = "redis://127.0.0.1:" + embedded.ports().get(0);
        }
        client = RedisClient.create(url);
        connection = client.connect();
    }

    @AfterAll
    static void stop() throws IOException {
        connection.close();
        client.shutdown();
        if (embedded != null) {
            embedded.stop();
        }
    }

    @Override
    ProfileCache cache() {
        return cache;
    }

    @Test
    void entriesExpireOnTheirOwnWithinTheTimeToLive() {
        UUID user = UUID.randomUUID();
        cache.find(user, new CountingLoader(Optional.of(profile(user))));

        long pttl = connection.sync().pttl(RedisProfileCache.key(user));

        assertThat(pttl).isPositive().isLessThanOrEqualTo(TTL.toMillis());
    }

    @Test
    void anEvictionByOneGatewayInstanceIsSeenByTheOthers() {
        RedisProfileCache otherInstance = new RedisProfileCache(connection, JSON, TTL);
        UUID user = UUID.randomUUID();
        CountingLoader loader = new CountingLoader(Optional.of(profile(user)));
        cache.find(user, loader);
        otherInstance.find(user, loader);

        otherInstance.evict(user);
        cache.find(user, loader);

        assertThat(loader.calls.get()).isEqualTo(2);
    }

    @Test
    void anUnreadableEntryIsReadAgainFromTheDatabaseAndReplaced() {
        UUID user = UUID.randomUUID();
        connection.sync().set(RedisProfileCache.key(user), "{not json");
        CountingLoader loader = new CountingLoader(Optional.of(profile(user)));

        assertThat(cache.find(user, loader)).contains(profile(user));
        assertThat(cache.find(user, loader)).contains(profile(user));
        assertThat(loader.calls.get()).isOne();
    }

    @Test
    void withRedisDownReadsGoToTheDatabaseAndEvictionsDoNotFail() throws IOException {
        RedisServer briefly = new RedisServer(freePort());
        briefly.start();
        RedisClient gone =
                RedisClient.create("redis://127.0.0.1:" + briefly.ports().get(0));
        gone.setDefaultTimeout(Duration.ofSeconds(1));
        try (StatefulRedisConnection<String, String> dead = gone.connect()) {
            briefly.stop();
            RedisProfileCache unreachable = new RedisProfileCache(dead, JSON, TTL);
            UUID user = UUID.randomUUID();
            CountingLoader loader = new CountingLoader(Optional.of(profile(user)));

            assertThat(unreachable.find(user, loader)).contains(profile(user));
            unreachable.evict(user);
            assertThat(loader.calls.get()).isOne();
        } finally {
            gone.shutdown();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
