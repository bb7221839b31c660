package io.aura360.gateway.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges what is kept only for a while: idempotency keys some time after they expire (their stored answers hold
 * advice), and outbox events some time after they were published (full payloads). Deletes in batches, each its
 * own short statement, so a large backlog never holds locks or bloats one transaction.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;

    private final RetentionProperties properties;

    public RetentionJob(JdbcClient jdbc, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${aura.retention.interval:1h}", fixedDelayString = "${aura.retention.interval:1h}")
    public Purged purge() {
        Purged purged = new Purged(
                inBatches("""
						delete from idempotency_keys where (user_id, key) in (
						  select user_id, key from idempotency_keys
						  where expires_at < now() - make_interval(secs => :keep) limit :batch)""", properties.idempotencyKeys().toSeconds()),
                inBatches("""
						delete from outbox_events where id in (
						  select id from outbox_events
						  where published_at < now() - make_interval(secs => :keep) order by published_at limit :batch)""", properties.publishedOutbox().toSeconds()));
        if (purged.idempotencyKeys() + purged.outboxEvents() > 0) {
            log.info(
                    "retention purged {} idempotency keys and {} published outbox events",
                    purged.idempotencyKeys(),
                    purged.outboxEvents());
        }
        return purged;
    }

    private long inBatches(String delete, long keepSeconds) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(delete)
                    .param("keep", (double) keepSeconds)
                    .param("batch", properties.batchSize())
                    .update();
            total += deleted;
        } while (deleted == properties.batchSize());
        return total;
    }

    /** How many rows one run deleted. */
    public record Purged(long idempotencyKeys, long outboxEvents) {}
}
