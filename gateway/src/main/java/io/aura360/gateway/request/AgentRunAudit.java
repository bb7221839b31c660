package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.gateway.agents.AgentCallRetry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The runs of the agents that answered, each with the vector queries it made: two statements whatever their
     * number (arrays, unnested), since one insert per row was a round trip per run and per query. With the
     * request's {@code requestedAt} (its partition key) the runs need no lookup of it in every partition.
     */
    void writeAgentRuns(UUID requestId, OffsetDateTime requestedAt, List<AgentRunRecord> runs) {
        if (runs.isEmpty()) {
            return;
        }
        List<UUID> runIds = runs.stream().map(run -> UUID.randomUUID()).toList();
        jdbc.sql("""
				insert into holistic_agent_runs (id, request_id, request_requested_at, agent_name, model_version,
				                                 input_context, elapsed_ms, status, retry_count)
				select id, :request, :requestedAt, agent, model, cast(context as jsonb), elapsed, status, retries
				from unnest(cast(:ids as uuid[]), cast(:agents as text[]), cast(:models as text[]),
				            cast(:contexts as text[]), cast(:elapsed as int[]), cast(:statuses as text[]),
				            cast(:retries as int[])) as r (id, agent, model, context, elapsed, status, retries)""")
                .param("request", requestId)
                .param("requestedAt", requestedAt)
                .param("ids", runIds.toArray(UUID[]::new))
                .param("agents", runs.stream().map(AgentRunRecord::agentName).toArray(String[]::new))
                .param("models", runs.stream().map(AgentRunRecord::modelVersion).toArray(String[]::new))
                .param(
                        "contexts",
                        runs.stream()
                                .map(run -> json.writeValueAsString(run.inputContext()))
                                .toArray(String[]::new))
                .param(
                        "elapsed",
                        runs.stream()
                                .mapToInt(run -> (int) Math.min(Integer.MAX_VALUE, run.elapsedMs()))
                                .toArray())
                .param("statuses", runs.stream().map(run -> run.status().name()).toArray(String[]::new))
                .param(
                        "retries",
                        runs.stream().mapToInt(AgentRunRecord::retryCount).toArray())
                .update();
        List<UUID> queryRuns = new ArrayList<>();
        List<VectorQueryRecord> queries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (VectorQueryRecord query : runs.get(i).vectorQueries()) {
                queryRuns.add(runIds.get(i));
                queries.add(query);
            }
        }
        if (!queries.isEmpty()) {
            writeVectorQueries(queryRuns, queries);
        }
    }

    /** Each query of {@code queries} under the run of the same place in {@code runIds}. */
    private void writeVectorQueries(List<UUID> runIds, List<VectorQueryRecord> queries) {
        // Steps that asked the same question share one search (and one list of results): written out once.
        Map<List<EvidenceHit>, String> results = new HashMap<>();
        jdbc.sql("""
				insert into holistic_vector_queries (agent_run_id, collection_name, embedding_model, top_k, filters, results)
				select run, collection, model, top_k, cast(filters as jsonb), cast(results as jsonb)
				from unnest(cast(:runs as uuid[]), cast(:collections as text[]), cast(:models as text[]),
				            cast(:topKs as int[]), cast(:filters as text[]), cast(:results as text[]))
				     as q (run, collection, model, top_k, filters, results)""")
                .param("runs", runIds.toArray(UUID[]::new))
                .param(
                        "collections",
                        queries.stream().map(VectorQueryRecord::collectionName).toArray(String[]::new))
                .param(
                        "models",
                        queries.stream().map(VectorQueryRecord::embeddingModel).toArray(String[]::new))
                .param(
                        "topKs",
                        queries.stream().mapToInt(VectorQueryRecord::topK).toArray())
                .param(
                        "filters",
                        queries.stream()
                                .map(q -> json.writeValueAsString(q.filters()))
                                .toArray(String[]::new))
                .param(
                        "results",
                        queries.stream()
                                .map(q -> results.computeIfAbsent(q.results(), json::writeValueAsString))
                                .toArray(String[]::new))
                .update();
    }
}
