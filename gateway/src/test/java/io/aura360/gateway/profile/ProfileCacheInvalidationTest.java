package io.aura360.gateway.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.aura360.gateway.database.FreshDatabase;
import io.aura360.gateway.database.UserTransactions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.embedded.RedisServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile an advice request reads is cached, and every write through {@code /api/v1/me} (profile, habits,
 * biometrics, clinical history, erasure) and every tier change evicts it: on Caffeine and on a real Redis (the server
 * at {@code AURA_TEST_REDIS_URL}, or an embedded one), against real PostgreSQL.
 */
class ProfileCacheInvalidationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration TTL = Duration.ofMinutes(5);

    private static FreshDatabase database;

    private static RedisServer embeddedRedis;

    private static RedisClient redis;

    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void databaseAndRedis() throws IOException {
        database = FreshDatabase.migrated();
        String url = System.getenv("AURA_TEST_REDIS_URL");
        if (url == null || url.isBlank()) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            embeddedRedis = new RedisServer(port);
            embeddedRedis.start();
            url = "redis://127.0.0.1:" + port;
        }
        redis = RedisClient.create(url);
        connection = redis.connect();
    }

    @AfterAll
    static void stop() throws IOException {
        connection.close();
        redis.shutdown();
        if (embeddedRedis != null) {
            embeddedRedis.stop();
        }
        database.close();
    }

    /**
     * Each advice request provisions its user; one whose cached profile has the token's tier is not written: not even
     * locked (the upsert's lock on an unchanged row is a write its commit would wait to flush to disk).
     */
    @ParameterizedTest
    @MethodSource("backends")
    void aUserCachedWithTheTokensTierIsNotWrittenAgain(String backend) {
        JdbcClient jdbc = database.jdbc();
        ProfileRepository profiles = new ProfileRepository(jdbc, JSON, cache(backend));
        UUID user = UUID.randomUUID();
        profiles.provision(user, "free", "en");
        profiles.find(user);
        long locker = lockingTransaction(jdbc, user);

        profiles.provision(user, "free", "en");
        assertThat(lockingTransaction(jdbc, user)).as("no lock taken").isEqualTo(locker);

        profiles.provision(user, "plus", "en");
        assertThat(jdbc.sql("select tier::text from app_users where auth_user_id = ?")
                        .param(user)
                        .query(String.class)
                        .single())
                .as("a new tier is still written")
                .isEqualTo("plus");
    }

    private static long lockingTransaction(JdbcClient jdbc, UUID user) {
        return jdbc.sql("select xmax::text::bigint from app_users where auth_user_id = ?")
                .param(user)
                .query(Long.class)
                .single();
    }

    private static ProfileCache cache(String backend) {
        return backend.equals("redis")
                ? new RedisProfileCache(connection, JSON, TTL)
                : new CaffeineProfileCache(TTL, 100, Ticker.systemTicker());
    }

    static Stream<String> backends() {
        return Stream.of("caffeine", "redis");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyProfileWriteAndTheErasureEvictTheCachedProfile(String backend) {
        ProfileCache cache = cache(backend);
        JdbcClient jdbc = database.jdbc();
        ProfileRepository profiles = new ProfileRepository(jdbc, JSON, cache);
        PersonalDataStore store =
                new PersonalDataStore(jdbc, JSON, new UserTransactions(jdbc, database.transactions(), JSON), cache);
        UUID user = UUID.randomUUID();
        profiles.provision(user, "free", "en");
        assertThat(profiles.find(user)).get().extracting(UserProfile::sex).isNull();

        behindTheCachesBack(jdbc, user);
        assertThat(profiles.find(user))
                .as("served from the cache")
                .get()
                .extracting(UserProfile::sex)
                .isNull();

        store.update(
                user,
                new ProfileUpdate(
                        null,
                        "es",
                        "male",
                        LocalDate.of(1990, 5, 1),
                        180.0,
                        "active",
                        List.of("sleep better"),
                        Map.of("tone", "warm"),
                        "Europe/Madrid"));
        UserProfile updated = profiles.find(user).orElseThrow();
        assertThat(updated.sex()).isEqualTo("male");
        assertThat(updated.birthDate()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(updated.preferences()).containsEntry("tone", "warm");

        behindTheCachesBack(jdbc, user);
        store.addHabit(user, new ProfileEntries.Habit("sleep", "to bed at 1 am", "daily"));
        assertThat(profiles.find(user).orElseThrow().habits())
                .extracting(habit -> habit.get("description"))
                .containsExactly("to bed at 1 am");

        store.addBiometric(user, new ProfileEntries.Biometric("sleep_hours", new BigDecimal("5.5"), "h", null));
        assertThat(profiles.find(user).orElseThrow().biometrics()).containsEntry("sleep_hours", "5.5 h");

        store.addClinical(user, new ProfileEntries.ClinicalEntry("type 2 diabetes", "diabetes", true, null));
        assertThat(profiles.find(user).orElseThrow().medicalFlags()).containsExactly("diabetes");

        profiles.provision(user, "plus", "en");
        assertThat(profiles.find(user).orElseThrow().tier())
                .as("a tier change from the token")
                .isEqualTo("plus");

        store.erase(user);
        assertThat(profiles.find(user))
                .as("nothing left to serve after DELETE /api/v1/me")
                .isEmpty();
        if (backend.equals("redis")) {
            assertThat(connection.sync().exists(RedisProfileCache.key(user))).isZero();
        }
    }

    /** A change no write path made: visible only once the cached profile is gone. */
    private static void behindTheCachesBack(JdbcClient jdbc, UUID user) {
        jdbc.sql("update app_users set sex = 'other' where auth_user_id = ?")
                .param(user)
                .update();
    }
}
