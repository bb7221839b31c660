package io.aura360.gateway.enrichment;

import io.aura360.contracts.Category;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code profile_enrichment_jobs}: which data a request lacked. Closing a job is a conditional update, so when
 * several gateway instances sweep at once exactly one of them resumes or expires each request.
 */
@Repository
public class EnrichmentJobs {

    private final JdbcClient jdbc;

    private final Clock clock;

    private final EnrichmentProperties properties;

    EnrichmentJobs(JdbcClient jdbc, Clock clock, EnrichmentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Records the missing data of a request; a blocking job holds the request (and its message) until it closes. */
    public void open(
            UUID userId, UUID requestId, Category category, List<String> missing, boolean blocking, String message) {
        Instant deadline = clock.instant().plus(blocking ? properties.waitTimeout() : properties.jobLifetime());
        jdbc.sql("""
				insert into profile_enrichment_jobs (user_id, request_id, category, missing_fields, blocking, held_message,
				                                     deadline_at)
				values (?, ?, cast(? as holistic_category), ?, ?, ?, ?)""")
                .params(
                        userId,
                        requestId,
                        category.wireName(),
                        missing.toArray(String[]::new),
                        blocking,
                        blocking ? message : null,
                        Timestamp.from(deadline))
                .update();
    }

    /** The newest open jobs, held ones (blocking) first: data usually comes soon after the answer asked for it. */
    List<OpenJob> recent(int limit) {
        return open("order by blocking desc, created_at desc", limit);
    }

    /** Open jobs past their deadline, the longest overdue first. */
    List<OpenJob> due(int limit) {
        return open("and deadline_at <= now() order by deadline_at", limit);
    }

    private List<OpenJob> open(String conditionAndOrder, int limit) {
        return jdbc.sql(
                        "select id, user_id, request_id, category::text as category, blocking, held_message, deadline_at"
                                + " from profile_enrichment_jobs where status = 'OPEN' " + conditionAndOrder
                                + " limit ?")
                .param(limit)
                .query((rs, n) -> new OpenJob(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("request_id", UUID.class),
                        Category.parse(rs.getString("category")).orElseThrow(),
                        rs.getBoolean("blocking"),
                        rs.getString("held_message"),
                        rs.getTimestamp("deadline_at").toInstant()))
                .list();
    }

    boolean close(UUID jobId, String status) {
        return jdbc.sql("""
				update profile_enrichment_jobs set status = ?, resolved_at = now(), held_message = null
				where id = ? and status = 'OPEN'""").params(status, jobId).update() == 1;
    }

    record OpenJob(
            UUID id,
            UUID userId,
            UUID requestId,
            Category category,
            boolean blocking,
            String heldMessage,
            Instant deadline) {}
}
