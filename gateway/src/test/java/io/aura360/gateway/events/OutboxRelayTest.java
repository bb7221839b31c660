package io.aura360.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.database.FreshDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** One relay pass over real outbox rows: what it marks sent, and what it keeps after a failed send. */
class OutboxRelayTest {

    private static FreshDatabase database;

    private static JdbcClient jdbc;

    private static TransactionTemplate transaction;

    private final List<UUID> sent = new ArrayList<>();

    @BeforeAll
    static void migrated() {
        database = FreshDatabase.migrated();
        jdbc = database.jdbc();
        transaction = database.transactions();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("delete from outbox_events").update();
    }

    @Test
    void marksEveryEventOfThePassSentOnce() {
        List<UUID> events = List.of(event(), event(), event());

        int published = new OutboxRelay(jdbc, transaction, e -> sent.add(e.eventId())).relay();

        assertThat(published).isEqualTo(3);
        assertThat(sent).containsExactlyElementsOf(events);
        assertThat(states()).containsExactly("sent 1", "sent 1", "sent 1");
        assertThat(new OutboxRelay(jdbc, transaction, e -> sent.add(e.eventId())).relay())
                .isZero();
    }

    @Test
    void afterAFailedSendTheEarlierEventsAreSentAndTheRestWaitInOrder() {
        List<UUID> events = List.of(event(), event(), event());
        EventPublisher secondFails = e -> {
            if (e.eventId().equals(events.get(1))) {
                throw new IllegalStateException("broker down");
            }
            sent.add(e.eventId());
        };

        int published = new OutboxRelay(jdbc, transaction, secondFails).relay();

        assertThat(published).isEqualTo(1);
        assertThat(states()).containsExactly("sent 1", "waiting 1 broker down", "waiting 0 null");

        assertThat(new OutboxRelay(jdbc, transaction, e -> sent.add(e.eventId())).relay())
                .isEqualTo(2);
        assertThat(sent).containsExactlyElementsOf(events);
        assertThat(states()).containsExactly("sent 1", "sent 2", "sent 1");
    }

    /** A new pending event, created after the ones before it. */
    private static UUID event() {
        return jdbc.sql("""
				insert into outbox_events (aggregate_type, aggregate_id, event_type, payload, headers, created_at)
				values ('holistic_request', gen_random_uuid(), 'holistic.response.created', '{}', '{}',
				        clock_timestamp())
				returning id""").query(UUID.class).single();
    }

    /** Each event, oldest first: sent or waiting, its attempts, and (while waiting) its last error. */
    private static List<String> states() {
        return jdbc.sql("""
				select case when published_at is null then 'waiting ' || attempts || ' ' || coalesce(last_error, 'null')
				            else 'sent ' || attempts end
				from outbox_events order by created_at""").query(String.class).list();
    }
}
