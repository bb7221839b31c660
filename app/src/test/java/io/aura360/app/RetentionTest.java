package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.gateway.retention.RetentionJob;
import io.aura360.gateway.retention.RetentionProperties;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Expired idempotency keys and published outbox events are purged after their retention periods, in bounded
 * batches; live keys and events not yet published (or dead-lettered) stay. On real PostgreSQL.
 */
class RetentionTest extends FullStackTest {

    private final UUID user = UUID.randomUUID();

    @Autowired
    RetentionJob scheduled;

    @Test
    void purgesExpiredKeysAndPublishedEventsPastTheirPeriodsInBatches() {
        key("expired-long-ago", "now() - interval '25 hours'");
        key("expired-long-ago-2", "now() - interval '30 hours'");
        key("expired-recently", "now() - interval '1 hour'");
        key("live", "now() + interval '1 hour'");
        List<UUID> oldPublished = List.of(
                event("now() - interval '8 days'", null),
                event("now() - interval '9 days'", null),
                event("now() - interval '10 days'", null));
        UUID recentlyPublished = event("now() - interval '1 day'", null);
        UUID unpublished = event(null, null);
        UUID deadLettered = event(null, "now() - interval '30 days'");
        RetentionJob job = new RetentionJob(
                jdbc, new RetentionProperties(Duration.ofHours(24), Duration.ofDays(7), 2, Duration.ofHours(1)));

        RetentionJob.Purged purged = job.purge();

        assertThat(keys()).containsExactlyInAnyOrder("expired-recently", "live");
        assertThat(events(oldPublished)).isZero();
        assertThat(events(List.of(recentlyPublished, unpublished, deadLettered)))
                .isEqualTo(3);
        assertThat(purged.idempotencyKeys()).isGreaterThanOrEqualTo(2);
        assertThat(purged.outboxEvents()).isGreaterThanOrEqualTo(3);
        assertThat(job.purge().idempotencyKeys())
                .as("nothing left on a second run")
                .isZero();
    }

    @Test
    void theScheduledJobUsesTheConfiguredDefaults() {
        key("expired-a-day-ago", "now() - interval '23 hours'");

        scheduled.purge();

        assertThat(keys()).as("kept 24 h after expiry by default").contains("expired-a-day-ago");
    }

    private void key(String key, String expiresAt) {
        jdbc.sql("insert into idempotency_keys (user_id, key, request_hash, status, expires_at)"
                        + " values (?, ?, 'hash', 'COMPLETED', " + expiresAt + ")")
                .params(user, key)
                .update();
    }

    private UUID event(String publishedAt, String deadLetteredAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into outbox_events (id, aggregate_type, aggregate_id, event_type, payload, headers,"
                        + " created_at, published_at, dead_lettered_at) values (?, 'holistic_request', ?,"
                        + " 'retention.test', '{}', '{}', now() - interval '40 days', " + publishedAt + ", "
                        + deadLetteredAt + ")")
                .params(id, UUID.randomUUID())
                .update();
        return id;
    }

    private List<String> keys() {
        return jdbc.sql("select key from idempotency_keys where user_id = ?")
                .param(user)
                .query(String.class)
                .list();
    }

    private long events(List<UUID> ids) {
        return jdbc.sql("select count(*) from outbox_events where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }
}
