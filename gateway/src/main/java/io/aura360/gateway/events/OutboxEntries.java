package io.aura360.gateway.events;

import io.aura360.gateway.problem.QueryParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox as the admin API reads it, in the relay's own order ({@code created_at}, then id). Pending events
 * are a keyset range of the partial index {@code outbox_events_pending}; dead letters are few (parked after ten
 * failed attempts and fifteen minutes) and read the same way.
 */
@Repository
class OutboxEntries {

    private static final String PENDING = "published_at is null and dead_lettered_at is null";

    private static final String DEAD = "published_at is null and dead_lettered_at is not null";

    private final JdbcClient jdbc;

    OutboxEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OutboxPage page(OutboxListing listing) {
        String state = listing.deadLetters() ? DEAD : PENDING;
        String cursor = "";
        if (listing.after().isPresent()) {
            requireEntry(listing.after().get(), state);
            cursor = " and (created_at, id) > (select c.created_at, c.id from outbox_events c where c.id = :after)";
        }
        JdbcClient.StatementSpec query = jdbc.sql("""
				select id, event_type, aggregate_type, aggregate_id, created_at, attempts, last_error, dead_lettered_at
				from outbox_events where %s%s order by created_at, id limit :limit""".formatted(state, cursor)).param("limit", listing.limit() + 1);
        if (listing.after().isPresent()) {
            query = query.param("after", listing.after().get());
        }
        List<OutboxEntry> found = query.query(OutboxEntries::entry).list();
        if (found.size() <= listing.limit()) {
            return new OutboxPage(found, null);
        }
        List<OutboxEntry> page = found.subList(0, listing.limit());
        return new OutboxPage(page, page.getLast().id());
    }

    /** A cursor must be an entry of the same list, else the page would silently start elsewhere. */
    private void requireEntry(UUID after, String state) {
        boolean known = jdbc.sql("select count(*) from outbox_events where id = ? and " + state)
                        .param(after)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw OutboxListing.invalid(List.of(QueryParameters.error("after", "must be the id of an outbox event")));
        }
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getObject("id", UUID.class),
                rs.getString("event_type"),
                rs.getString("aggregate_type"),
                rs.getObject("aggregate_id", UUID.class),
                instant(rs.getTimestamp("created_at")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("dead_lettered_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return (timestamp == null) ? null : timestamp.toInstant();
    }
}
