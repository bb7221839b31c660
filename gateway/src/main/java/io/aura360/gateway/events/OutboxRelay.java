package io.aura360.gateway.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends unpublished outbox events, oldest first, in small batches. Rows are locked with {@code SKIP LOCKED}, so
 * several gateway instances relay without sending an event twice at once. A failed send stops the pass (order is
 * kept) and is retried on the next one; an event that still fails after {@link #MAX_ATTEMPTS} attempts and
 * {@link #PATIENCE} is parked (dead-lettered), so a broker outage alone never dead-letters anything quickly.
 */
public final class OutboxRelay {

    static final int MAX_ATTEMPTS = 10;

    static final Duration PATIENCE = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final int BATCH = 100;

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final EventPublisher publisher;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, EventPublisher publisher) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.publisher = publisher;
    }

    /** One pass; returns how many events were published. */
    public int relay() {
        Integer sent = transaction.execute(status -> {
            List<OutboxEvent> pending = jdbc.sql("""
					select id, event_type, aggregate_id, payload::text, headers::text from outbox_events
					where published_at is null and dead_lettered_at is null
					order by created_at limit ? for update skip locked""")
                    .param(BATCH)
                    .query((rs, n) -> new OutboxEvent(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getObject(3, UUID.class),
                            rs.getString(4),
                            rs.getString(5)))
                    .list();
            List<UUID> published = new ArrayList<>();
            for (OutboxEvent event : pending) {
                if (!deliver(event)) {
                    break; // the broker is likely down: keep order, try again on the next pass
                }
                published.add(event.eventId());
            }
            markPublished(published);
            return published.size();
        });
        return (sent == null) ? 0 : sent;
    }

    /**
     * The pass's sent events, marked in one statement (not one per event) in the transaction that locked them: a
     * crash before its commit leaves them unmarked and they are sent again, as before (at-least-once).
     */
    private void markPublished(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
				update outbox_events set published_at = now(), attempts = attempts + 1, last_error = null
				where id = any(?)""").param(eventIds.toArray(UUID[]::new)).update();
    }

    private boolean deliver(OutboxEvent event) {
        try {
            publisher.publish(event);
            return true;
        } catch (RuntimeException ex) {
            log.warn("outbox event {} not delivered: {}", event.eventId(), ex.toString());
            jdbc.sql("""
					update outbox_events set attempts = attempts + 1, last_error = ?,
					       dead_lettered_at = case when attempts + 1 >= ? and created_at < now() - make_interval(secs => ?)
					                          then now() end
					where id = ?""")
                    .params(
                            String.valueOf(ex.getMessage()),
                            MAX_ATTEMPTS,
                            (double) PATIENCE.toSeconds(),
                            event.eventId())
                    .update();
            return false;
        }
    }
}
