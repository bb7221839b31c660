package io.aura360.gateway.request;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code advice_jobs} table (V23): a job per advice request that runs the agents, leased by the process
 * running it. Claims use {@code FOR UPDATE SKIP LOCKED}, so instances sharing the database never claim the same
 * job twice and never wait for one another. A job ends with its request (see {@link RequestOutcomes}).
 */
@Repository
class AdviceJobs {

    /** Runs first: premium requests and those carrying a message (only those can need a crisis review). */
    static final int URGENT = 0;

    static final int ROUTINE = 1;

    private final JdbcClient jdbc;

    AdviceJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job as claimed: its request, what the agents need that the request row does not keep, its run count. */
    record Job(UUID requestId, String message, List<String> missing, int attempts) {}

    /**
     * Records the job of a request this process starts running at once, leased to {@code owner}. Called in the
     * transaction that records the request (or releases it from its hold), so a request never runs without one.
     * {@code requestedAt} is the request's partition key when the caller has it; null has it looked up.
     */
    void startRunning(
            UUID requestId,
            OffsetDateTime requestedAt,
            UUID userId,
            int priority,
            String message,
            List<String> missing,
            String owner,
            Duration lease) {
        jdbc.sql("""
				insert into advice_jobs (request_id, request_requested_at, user_id, priority, status, message,
				                         missing_fields, attempts, owner, lease_until)
				values (:id, :requestedAt, :user, :priority, 'RUNNING', :message, :missing, 1, :owner,
				        now() + make_interval(secs => :lease))""")
                .param("id", requestId)
                .param("requestedAt", requestedAt)
                .param("user", userId)
                .param("priority", priority)
                .param("message", message)
                .param("missing", missing.toArray(String[]::new))
                .param("owner", owner)
                .param("lease", seconds(lease))
                .update();
    }

    /**
     * Leases to {@code owner} up to {@code limit} jobs that are queued or whose lease ran out (their process
     * died), the most urgent and oldest first, counting the attempt.
     */
    List<Job> claim(String owner, Duration lease, int limit) {
        return jdbc.sql("""
				update advice_jobs j set status = 'RUNNING', owner = :owner, attempts = j.attempts + 1,
				       lease_until = now() + make_interval(secs => :lease), updated_at = now()
				from (select request_id from advice_jobs
				      where status = 'QUEUED' or lease_until < now()
				      order by priority, created_at limit :limit
				      for update skip locked) claimable
				where j.request_id = claimable.request_id
				returning j.request_id, j.message, j.missing_fields, j.attempts""")
                .param("owner", owner)
                .param("lease", seconds(lease))
                .param("limit", limit)
                .query((rs, n) -> new Job(
                        rs.getObject("request_id", UUID.class),
                        rs.getString("message"),
                        List.of((String[]) rs.getArray("missing_fields").getArray()),
                        rs.getInt("attempts")))
                .list();
    }

    /** Extends the leases {@code owner} still holds on {@code running}; answers how many it still held. */
    int renew(String owner, Duration lease, Collection<UUID> running) {
        return jdbc.sql("""
				update advice_jobs set lease_until = now() + make_interval(secs => :lease), updated_at = now()
				where owner = :owner and status = 'RUNNING' and request_id = any(:running)""")
                .param("owner", owner)
                .param("lease", seconds(lease))
                .param("running", running.toArray(UUID[]::new))
                .update();
    }

    /** Forgets the job of a request that ended (or was erased) without this job finishing it. */
    void drop(UUID requestId) {
        jdbc.sql("delete from advice_jobs where request_id = ?")
                .param(requestId)
                .update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
