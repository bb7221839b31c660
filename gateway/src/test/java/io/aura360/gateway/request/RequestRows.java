package io.aura360.gateway.request;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds about one advice request, read for a test's assertions: its status, its audited agent
 * runs and counts of the rows it left. Shared by the gateway's and the app's tests (in the gateway's test jar).
 */
public final class RequestRows {

    private final JdbcClient jdbc;

    public RequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String status(UUID request) {
        return jdbc.sql("select status::text from holistic_requests where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    /** The status and, after a space, the error type when there is one: {@code FAILED INTERRUPTED}. */
    public String statusAndErrorType(UUID request) {
        return jdbc.sql("select status::text || coalesce(' ' || error_type, '') from holistic_requests where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    /** Each audited run as {@code agent status error-type-or-dash retry-count}, in the order they were tried. */
    public List<String> agentRuns(UUID request) {
        return jdbc.sql("""
				select agent_name || ' ' || status || ' ' || coalesce(error_type, '-') || ' ' || retry_count
				from holistic_agent_runs where request_id = ? order by retry_count, created_at""").param(request).query(String.class).list();
    }

    /** The single number {@code sql} counts for the request, its one parameter. */
    public long count(String sql, UUID request) {
        return jdbc.sql(sql).param(request).query(Long.class).single();
    }
}
