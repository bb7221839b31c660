package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.gateway.agents.AgentCallRetry;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of a request's agent runs ({@code holistic_agent_runs}): the runs the agents report with their
 * vector queries, and the calls of the agents service that failed or never ran.
 */
@Repository
class AgentRunAudit {

    /** The audited name of a call of the agents service that produced no answer (no single agent to name). */
    static final String AGENTS_SERVICE_RUN = "agents-service";

    /** No model answered a call that failed or never ran. */
    static final String UNKNOWN_MODEL = "none";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    AgentRunAudit(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Audits each failed call of the agents as a FAILED or TIMED_OUT run of the agents service (which of its
     * agents failed is the agents' own log; the gateway sees one call), numbered by its place in the retries.
     */
    void writeFailedAttempts(UUID requestId, List<AgentCallRetry.FailedAttempt> failures) {
        for (int attempt = 0; attempt < failures.size(); attempt++) {
            AgentCallRetry.FailedAttempt failure = failures.get(attempt);
            writeAuditRun(
                    requestId,
                    failure.timedOut() ? AgentRunStatus.TIMED_OUT : AgentRunStatus.FAILED,
                    failure.errorType(),
                    failure.elapsedMs(),
                    attempt);
        }
    }

    /** One call of the agents service that produced no answer, with why. */
    void writeAuditRun(UUID requestId, AgentRunStatus status, ErrorType errorType, long elapsedMs, int retry) {
        jdbc.sql("""
				insert into holistic_agent_runs (request_id, agent_name, model_version, input_context, elapsed_ms,
				                                 status, retry_count, error_type)
				values (:request, :agent, :model, '{}'::jsonb, :elapsed, :status, :retry, :errorType)""")
                .param("request", requestId)
                .param("agent", AGENTS_SERVICE_RUN)
                .param("model", UNKNOWN_MODEL)
                .param("elapsed", (int) Math.min(Integer.MAX_VALUE, elapsedMs))
                .param("status", status.name())
                .param("retry", retry)
                .param("errorType", errorType.name())
                .update();
    }

    /** The runs of the agents that answered, each with the vector queries it made. */
    void writeAgentRuns(UUID requestId, List<AgentRunRecord> runs) {
        for (AgentRunRecord run : runs) {
            UUID runId = UUID.randomUUID();
            jdbc.sql("""
					insert into holistic_agent_runs (id, request_id, agent_name, model_version, input_context,
					                                 elapsed_ms, status, retry_count)
					values (:id, :request, :agent, :model, cast(:context as jsonb), :elapsed, :status, :retries)""")
                    .param("id", runId)
                    .param("request", requestId)
                    .param("agent", run.agentName())
                    .param("model", run.modelVersion())
                    .param("context", json.writeValueAsString(run.inputContext()))
                    .param("elapsed", (int) Math.min(Integer.MAX_VALUE, run.elapsedMs()))
                    .param("status", run.status().name())
                    .param("retries", run.retryCount())
                    .update();
            for (VectorQueryRecord query : run.vectorQueries()) {
                insertVectorQuery(runId, query);
            }
        }
    }

    private void insertVectorQuery(UUID runId, VectorQueryRecord query) {
        jdbc.sql("""
				insert into holistic_vector_queries (agent_run_id, collection_name, embedding_model, top_k, filters, results)
				values (:run, :collection, :model, :topK, cast(:filters as jsonb), cast(:results as jsonb))""")
                .param("run", runId)
                .param("collection", query.collectionName())
                .param("model", query.embeddingModel())
                .param("topK", query.topK())
                .param("filters", json.writeValueAsString(query.filters()))
                .param("results", json.writeValueAsString(query.results()))
                .update();
    }
}
