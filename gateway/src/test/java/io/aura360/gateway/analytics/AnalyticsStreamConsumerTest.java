package io.aura360.gateway.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aura360.gateway.TestRedis;
import io.aura360.gateway.database.FreshDatabase;
import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics consumer on a real Redis (the server at {@code AURA_TEST_REDIS_URL}, or an embedded one) and a real
 * PostgreSQL ({@link FreshDatabase}): answers counted per day and dimensions, each event once however often it is
 * delivered, a dead consumer's entries taken over, and a malformed entry dead-lettered without holding anything up.
 */
class AnalyticsStreamConsumerTest {

    private static final String GROUP = "aura360-analytics";

    private static TestRedis redis;

    private static RedisClient client;

    private static FreshDatabase database;

    private final JsonMapper json = JsonMapper.builder().build();

    private final String stream = "aura360:events:test-analytics-" + UUID.randomUUID();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private StatefulRedisConnection<String, String> connection;

    private DailyResponseCounts counts;

    @BeforeAll
    static void services() {
        redis = TestRedis.start();
        client = RedisClient.create(redis.url());
        database = FreshDatabase.migrated();
    }

    @AfterAll
    static void stop() throws IOException {
        client.shutdown();
        database.close();
        redis.close();
    }

    @BeforeEach
    void connect() {
        connection = client.connect();
        counts = new DailyResponseCounts(database.jdbc(), database.transactions());
        database.jdbc()
                .sql("truncate analytics_daily_responses, analytics_counted_events")
                .update();
    }

    @AfterEach
    void cleanUp() {
        redis().del(stream, stream + ":analytics-dead");
        connection.close();
    }

    @Test
    void countsAnswersPerDayCategoryTierLanguageAndOutcome() {
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ofMinutes(1));
        consumer.createGroup();
        publish(UUID.randomUUID(), payload("mind", "free", "es", "answered"));
        publish(UUID.randomUUID(), payload("mind", "free", "es", "answered"));
        publish(UUID.randomUUID(), payload("body", "premium", "en-GB", "degraded"));
        publish(UUID.randomUUID(), payload("soul", "core", "en", "review"));
        redis().xadd(
                        stream,
                        Map.of("event_id", UUID.randomUUID().toString(), "type", "profile.updated", "payload", "{}"));

        consumer.pass();

        LocalDate today = today();
        assertThat(counts.between(today.minusDays(1), today.plusDays(1)))
                .containsExactly(
                        new DailyResponseCount(today, "body", "premium", "en-GB", "degraded", 1),
                        new DailyResponseCount(today, "mind", "free", "es", "answered", 2),
                        new DailyResponseCount(today, "soul", "core", "en", "review", 1));
        assertThat(meters.get("aura.analytics.responses")
                        .tags("category", "mind", "tier", "free", "language", "es", "outcome", "answered")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(pending())
                .as("every entry acknowledged, the other event type too")
                .isZero();
    }

    @Test
    void countsEventsPublishedBeforeThePayloadNamedTheDimensionsAsUnknown() {
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ofMinutes(1));
        consumer.createGroup();
        publish(UUID.randomUUID(), "{\"request_id\": \"r\", \"category\": \"mind\", \"recommendations\": 3}");

        consumer.pass();

        assertThat(counts.between(today(), today()))
                .containsExactly(new DailyResponseCount(today(), "mind", "unknown", "unknown", "unknown", 1));
    }

    @Test
    void countsTheSameEventOnceWhenItIsPublishedTwice() {
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ofMinutes(1));
        consumer.createGroup();
        UUID event = UUID.randomUUID();
        // The outbox relay delivers at least once: a crash after XADD and before marking the row sends it again.
        publish(event, payload("mind", "plus", "es", "answered"));
        publish(event, payload("mind", "plus", "es", "answered"));

        consumer.pass();
        consumer.pass();

        assertThat(total()).isEqualTo(1);
        assertThat(pending()).isZero();
    }

    @Test
    void anotherConsumerTakesOverTheEntriesOfOneThatDiedBeforeAcknowledging() {
        consumer("dead", Duration.ofMinutes(1)).createGroup();
        UUID countedThenCrashed = UUID.randomUUID();
        UUID readThenCrashed = UUID.randomUUID();
        publish(countedThenCrashed, payload("mind", "free", "es", "answered"));
        publish(readThenCrashed, payload("body", "free", "es", "answered"));
        // The dead consumer read both, committed the first one's count, and died before any XACK.
        List<StreamMessage<String, String>> read = redis().xreadgroup(
                        Consumer.from(GROUP, "dead"),
                        XReadArgs.Builder.count(10),
                        XReadArgs.StreamOffset.lastConsumed(stream));
        assertThat(read).hasSize(2);
        assertThat(counts.count(
                        ResponseCreated.parse(read.get(0).getId(), read.get(0).getBody(), json)))
                .isTrue();

        AnalyticsStreamConsumer patient = consumer("survivor", Duration.ofMinutes(5));
        patient.pass();
        assertThat(pending()).as("not idle long enough to be taken over").isEqualTo(2);

        consumer("survivor", Duration.ZERO).pass();

        assertThat(counts.between(today(), today()))
                .extracting(DailyResponseCount::category, DailyResponseCount::responses)
                .containsExactly(tuple("body", 1L), tuple("mind", 1L));
        assertThat(pending()).isZero();
    }

    @Test
    void deadLettersAMalformedEntryAndGoesOnWithTheNextOnes() {
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ofMinutes(1));
        consumer.createGroup();
        redis().xadd(stream, Map.of("event_id", "not-a-uuid", "type", ResponseCreated.TYPE, "payload", "{}"));
        publish(UUID.randomUUID(), "{not json");
        publish(UUID.randomUUID(), payload("mind", "gold", "es", "answered"));
        publish(UUID.randomUUID(), payload("mind", "free", "es", "answered"));

        consumer.pass();

        assertThat(total()).isEqualTo(1);
        assertThat(pending()).isZero();
        List<StreamMessage<String, String>> dead = redis().xrange(stream + ":analytics-dead", Range.create("-", "+"));
        assertThat(dead)
                .extracting(entry -> entry.getBody().get("reason"))
                .containsExactly(
                        "event_id is not a UUID", "payload is not JSON", "payload.tier is not one the gateway writes");
        assertThat(dead.get(0).getBody())
                .containsEntry("event_id", "not-a-uuid")
                .containsKey("entry_id");
        assertThat(meters.get("aura.analytics.events.dead.lettered").counter().count())
                .isEqualTo(3);
    }

    @Test
    void leavesAnEntryPendingWhenItsCountFailsAndCountsItOnceTheDatabaseIsBack() {
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ZERO);
        consumer.createGroup();
        publish(UUID.randomUUID(), payload("mind", "free", "es", "answered"));
        database.jdbc()
                .sql("alter table analytics_daily_responses rename to analytics_daily_responses_away")
                .update();
        try {
            consumer.pass();
            assertThat(pending()).isEqualTo(1);
        } finally {
            database.jdbc()
                    .sql("alter table analytics_daily_responses_away rename to analytics_daily_responses")
                    .update();
        }

        consumer.pass();

        assertThat(total()).isEqualTo(1);
        assertThat(pending()).isZero();
    }

    @Test
    void forgetsCountedEventIdsOnlyPastTheHorizon() {
        UUID old = UUID.randomUUID();
        database.jdbc()
                .sql(
                        "insert into analytics_counted_events (event_id, counted_at) values (?, now() - interval '8 days')")
                .param(old)
                .update();
        AnalyticsStreamConsumer consumer = consumer("a", Duration.ofMinutes(1));
        consumer.createGroup();
        publish(UUID.randomUUID(), payload("mind", "free", "es", "answered"));
        consumer.pass();

        assertThat(counts.forgetCountedBefore(Duration.ofDays(7))).isEqualTo(1);
        assertThat(database.jdbc()
                        .sql("select count(*) from analytics_counted_events")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private AnalyticsStreamConsumer consumer(String name, Duration claimIdle) {
        return new AnalyticsStreamConsumer(
                connection,
                stream,
                name,
                new AnalyticsProperties.Consumer(true, GROUP, name, claimIdle, Duration.ZERO, 100, Duration.ofDays(7)),
                counts,
                json,
                meters);
    }

    private void publish(UUID eventId, String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("event_id", eventId.toString());
        fields.put("type", ResponseCreated.TYPE);
        fields.put("aggregate_id", UUID.randomUUID().toString());
        fields.put("payload", payload);
        fields.put("headers", "{}");
        redis().xadd(stream, fields);
    }

    private String payload(String category, String tier, String language, String outcome) {
        return json.writeValueAsString(Map.of(
                "request_id", UUID.randomUUID().toString(),
                "user_id", UUID.randomUUID().toString(),
                "category", category,
                "recommendations", 3,
                "tier", tier,
                "language", language,
                "outcome", outcome));
    }

    private long pending() {
        return redis().xpending(stream, GROUP).getCount();
    }

    private long total() {
        return counts.between(today().minusDays(1), today().plusDays(1)).stream()
                .mapToLong(DailyResponseCount::responses)
                .sum();
    }

    /** The day Redis stamps entries with (its clock, UTC). */
    private LocalDate today() {
        return LocalDate.ofInstant(
                Instant.ofEpochSecond(Long.parseLong(redis().time().get(0))), ZoneOffset.UTC);
    }

    private RedisCommands<String, String> redis() {
        return connection.sync();
    }
}
