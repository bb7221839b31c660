package io.aura360.gateway.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily answer counts in PostgreSQL. An event is counted at most once: its id goes into
 * {@code analytics_counted_events} in the transaction that bumps its day's counter, and an id already there
 * bumps nothing, whichever consumer sees the event again and however late.
 */
final class DailyResponseCounts {

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    DailyResponseCounts(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Counts the event; false when it had been counted before (a redelivery). */
    boolean count(ResponseCreated event) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int fresh = jdbc.sql("insert into analytics_counted_events (event_id) values (?) on conflict do nothing")
                    .param(event.eventId())
                    .update();
            if (fresh == 0) {
                return false;
            }
            jdbc.sql("""
					insert into analytics_daily_responses (day, category, tier, language, outcome, responses)
					values (:day, :category, :tier, :language, :outcome, 1)
					on conflict (day, category, tier, language, outcome)
					do update set responses = analytics_daily_responses.responses + 1, updated_at = now()""")
                    .param("day", event.day())
                    .param("category", event.category())
                    .param("tier", event.tier())
                    .param("language", event.language())
                    .param("outcome", event.outcome())
                    .update();
            return true;
        }));
    }

    /** The counts of the days from {@code from} to {@code to}, both included, oldest day first. */
    List<DailyResponseCount> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
				select day, category, tier, language, outcome, responses from analytics_daily_responses
				where day between ? and ? order by day, category, tier, language, outcome""")
                .params(from, to)
                .query((rs, row) -> new DailyResponseCount(
                        rs.getObject("day", LocalDate.class),
                        rs.getString("category"),
                        rs.getString("tier"),
                        rs.getString("language"),
                        rs.getString("outcome"),
                        rs.getLong("responses")))
                .list();
    }

    /** Forgets the ids of events counted longer ago than any redelivery can come; returns how many. */
    int forgetCountedBefore(Duration horizon) {
        return jdbc.sql("delete from analytics_counted_events where counted_at < now() - make_interval(secs => ?)")
                .param((double) horizon.toSeconds())
                .update();
    }
}
