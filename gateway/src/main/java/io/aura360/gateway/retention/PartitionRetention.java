package io.aura360.gateway.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops the monthly partitions of {@code holistic_requests} that ended more than the horizon ago (with their runs,
 * responses, jobs and review items, by cascade) and moves rows that landed in the default partition into
 * partitions of their own month (V28). One run is one transaction under an advisory lock taken without waiting:
 * when another instance holds it, this one does nothing, so instances sharing the database never both drop.
 */
@Component
@EnableConfigurationProperties(PartitionRetentionProperties.class)
public class PartitionRetention {

    private static final Logger log = LoggerFactory.getLogger(PartitionRetention.class);

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final PartitionRetentionProperties properties;

    public PartitionRetention(
            JdbcClient jdbc, TransactionTemplate transactions, PartitionRetentionProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Scheduled(cron = "${aura.retention.partitions.cron:0 17 3 * * *}", zone = "UTC")
    void daily() {
        if (properties.enabled()) {
            run(properties.dryRun());
        }
    }

    /** One run now; with {@code dryRun} nothing changes and the report says what a real run would do. */
    public PartitionRetentionReport run(boolean dryRun) {
        PartitionRetentionReport report = transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext('aura360.holistic_requests.retention'))")
                    .query(Boolean.class)
                    .single()) {
                return PartitionRetentionReport.busy(dryRun);
            }
            return dryRun ? plan() : apply();
        });
        log(report);
        return report;
    }

    private PartitionRetentionReport apply() {
        Map<String, Long> moved = new LinkedHashMap<>();
        jdbc.sql("select partition, moved from move_default_holistic_requests()")
                .query((rs, row) -> moved.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> dropped = new LinkedHashMap<>();
        for (String partition : expiredPartitions()) {
            dropped.put(
                    partition,
                    jdbc.sql("select drop_holistic_request_partition(?)")
                            .param(partition)
                            .query(Long.class)
                            .single());
        }
        return new PartitionRetentionReport(true, false, moved, dropped);
    }

    private PartitionRetentionReport plan() {
        Map<String, Long> moved = new LinkedHashMap<>();
        jdbc.sql("""
				select holistic_request_partition_name(date_trunc('month', requested_at at time zone 'UTC')::date) p, count(*)
				from holistic_requests_default group by p order by p""")
                .query((rs, row) -> moved.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> dropped = new LinkedHashMap<>();
        for (String partition : expiredPartitions()) {
            dropped.put(partition, count(partition));
        }
        // months now in the default partition would get a partition first and then be dropped with the others
        moved.forEach((partition, rows) -> {
            if (expired(partition)) {
                dropped.merge(partition, rows, Long::sum);
            }
        });
        return new PartitionRetentionReport(true, true, moved, dropped);
    }

    private List<String> expiredPartitions() {
        return jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				where i.inhparent = 'holistic_requests'::regclass and c.relname <> 'holistic_requests_default'
				  and holistic_request_partition_month(c.relname) is not null
				order by holistic_request_partition_month(c.relname)""").query(String.class).list().stream()
                .filter(this::expired)
                .toList();
    }

    /** Whether the month a partition name stands for ended more than the horizon ago (by the database's clock). */
    private boolean expired(String partition) {
        return jdbc.sql("""
				select (holistic_request_partition_month(?) + interval '1 month') at time zone 'UTC'
				  <= now() - make_interval(secs => ?)""")
                .params(partition, (double) properties.horizon().toSeconds())
                .query(Boolean.class)
                .single();
    }

    private long count(String partition) {
        // the name comes from the catalogue and matched the monthly pattern; quoted all the same
        return jdbc.sql("select count(*) from \"" + partition.replace("\"", "\"\"") + "\"")
                .query(Long.class)
                .single();
    }

    private static void log(PartitionRetentionReport report) {
        if (!report.ran()) {
            log.info("partition retention skipped: another instance is running it");
        } else if (!report.moved().isEmpty() || !report.dropped().isEmpty()) {
            log.info(
                    "partition retention{}: moved out of the default partition {}, dropped {}",
                    report.dryRun() ? " (dry run, nothing changed)" : "",
                    report.moved(),
                    report.dropped());
        }
    }
}
