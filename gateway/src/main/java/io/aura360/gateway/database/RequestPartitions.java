package io.aura360.gateway.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly partitions of {@code holistic_requests} prepared ahead (the current UTC month and
 * {@code aura.database.partitions-ahead} after it, 3 by default): at start and daily. A month without its
 * partition is not an outage (its rows go to the DEFAULT partition), but such rows keep their month from getting a
 * partition until {@code PartitionRetention} moves them, so their presence is logged as a warning.
 */
@Component
@EnableConfigurationProperties(DatabaseProperties.class)
public class RequestPartitions {

    private static final Logger log = LoggerFactory.getLogger(RequestPartitions.class);

    private final JdbcClient jdbc;

    private final int monthsAhead;

    RequestPartitions(JdbcClient jdbc, DatabaseProperties properties) {
        this.jdbc = jdbc;
        this.monthsAhead = properties.partitionsAhead();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        ensure();
    }

    /** Creates the partitions still missing and returns how many it created. */
    @Scheduled(cron = "${aura.database.partitions-cron:0 7 0 * * *}", zone = "UTC")
    public int ensure() {
        int created = jdbc.sql("select ensure_holistic_request_partitions(?)")
                .param(monthsAhead)
                .query(Integer.class)
                .single();
        if (created > 0) {
            log.info("created {} monthly partitions of holistic_requests", created);
        }
        long waiting = jdbc.sql("select count(*) from holistic_requests_default")
                .query(Long.class)
                .single();
        if (waiting > 0) {
            log.warn(
                    "{} holistic_requests rows are in the default partition (no monthly partition for their month); the partition retention moves them (aura.retention.partitions)",
                    waiting);
        }
        return created;
    }
}
