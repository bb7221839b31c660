package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.contracts.agents.AgentRunRecord;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.contracts.agents.VectorQueryRecord;
import io.aura360.gateway.agents.AgentCallRetry;
import io.aura360.gateway.database.UserTransactions;
import io.aura360.gateway.review.ReviewQueue;
import io.aura360.gateway.trace.TraceContextHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Persists the lifecycle of advice requests: the request row, its runs, queries, response and event. */
@Repository
class RequestRepository {

    static final String SCHEMA_VERSION = AdvicePayload.CURRENT_VERSION;

    static final String RESPONSE_CREATED_EVENT = "holistic.response.created";

    /** The error type of a degraded answer: it completed, but from the fallback evidence. */
    static final ErrorType DEGRADED_ERROR = ErrorType.VECTOR_SERVICE_UNAVAILABLE;

    /** The audited name of a call of the agents service that produced no answer (no single agent to name). */
    static final String AGENTS_SERVICE_RUN = "agents-service";

    /** No model answered a call that failed or never ran. */
    static final String UNKNOWN_MODEL = "none";

    /** A premium pipeline holds the request (PROCESSING) until the profile has the data it needs. */
    private static final String HELD = ErrorType.AWAITING_PROFILE_DATA.name();

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final TransactionTemplate transaction;

    private final UserTransactions userTransactions;

    private final TraceContextHeaders traceHeaders;

    private final ProvisionalSummaries provisionals;

    private final ReviewQueue reviews;

    RequestRepository(
            JdbcClient jdbc,
            JsonMapper json,
            TransactionTemplate transaction,
            UserTransactions userTransactions,
            TraceContextHeaders traceHeaders,
            ProvisionalSummaries provisionals,
            ReviewQueue reviews) {
        this.reviews = reviews;
        this.traceHeaders = traceHeaders;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.userTransactions = userTransactions;
        this.provisionals = provisionals;
    }

    void insertPending(UUID requestId, UUID userId, Category category, Map<String, Object> metadata, String traceId) {
        jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, request_metadata, schema_version, trace_id)
				values (:id, :user, cast(:category as holistic_category), 'PENDING', cast(:metadata as jsonb), :schema, :trace)""")
                .param("id", requestId)
                .param("user", userId)
                .param("category", category.wireName())
                .param("metadata", json.writeValueAsString(metadata))
                .param("schema", SCHEMA_VERSION)
                .param("trace", traceId)
                .update();
    }

    /**
     * Stores everything the agents returned and completes the request, in one transaction together with the
     * {@code holistic.response.created} outbox event and, when the answer asks for it, the review item of
     * {@code message}: either all of it is there or none. Only an open request
     * (PENDING or PROCESSING) completes; one that ended meanwhile (failed by the reaper, its quota unit refunded)
     * keeps its outcome, nothing is written and this answers false.
     */
    boolean complete(UUID requestId, AgentRunResult result, String traceId, int retries, String message) {
        return complete(requestId, result, traceId, retries, message, List.of());
    }

    /**
     * As above, with the calls of the agents that failed before the one that answered (each an audited run), and
     * the request's job done with it: a job run again after this commit finds its request ended.
     */
    boolean complete(
            UUID requestId,
            AgentRunResult result,
            String traceId,
            int retries,
            String message,
            List<AgentCallRetry.FailedAttempt> failures) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // The guarded transition comes first: its row lock makes a racing reaper wait for this commit, and
            // then find the request no longer open.
            if (markCompleted(requestId, result, retries) == 0) {
                status.setRollbackOnly();
                return false;
            }
            writeFailedAttempts(requestId, failures);
            writeCompletion(requestId, result, traceId);
            reviews.openIfRequired(requestId, result, message);
            finishJob(requestId);
            return true;
        }));
    }

    /**
     * Audits each failed call of the agents as a FAILED or TIMED_OUT run of the agents service (which of its
     * agents failed is the agents' own log; the gateway sees one call), numbered by its place in the retries.
     */
    private void writeFailedAttempts(UUID requestId, List<AgentCallRetry.FailedAttempt> failures) {
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

    private void writeAuditRun(UUID requestId, AgentRunStatus status, ErrorType errorType, long elapsedMs, int retry) {
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

    /** The request's durable job is over (its request ended, whoever ran it). */
    private void finishJob(UUID requestId) {
        jdbc.sql("delete from advice_jobs where request_id = ?")
                .param(requestId)
                .update();
    }

    private int markCompleted(UUID requestId, AgentRunResult result, int retries) {
        AdvicePayload payload = result.payload();
        return jdbc.sql("""
				update holistic_requests set status = 'COMPLETED', summary_title = :title,
				       recommendation_count = :count, human_review_required = :review, completed_at = now(),
				       retry_count = :retries, degraded = :degraded, error_type = :errorType
				where id = :id and status in ('PENDING', 'PROCESSING')""")
                .param("id", requestId)
                .param("retries", retries)
                .param("degraded", result.degraded())
                .param("errorType", result.degraded() ? DEGRADED_ERROR.name() : null)
                .param("title", payload.summary().title())
                .param("count", payload.recommendations().size())
                .param("review", result.humanReviewRequired())
                .update();
    }

    private void writeCompletion(UUID requestId, AgentRunResult result, String traceId) {
        writeRuns(requestId, result.agentRuns());
        AdvicePayload payload = result.payload();
        String[] version = payload.version().split("\\.");
        jdbc.sql("""
				insert into holistic_responses (request_id, payload, trace_id, human_review_required,
				                                version_major, version_minor)
				values (:request, cast(:payload as jsonb), :trace, :review, :major, :minor)""")
                .param("request", requestId)
                .param("payload", json.writeValueAsString(payload))
                .param("trace", traceId)
                .param("review", result.humanReviewRequired())
                .param("major", Integer.parseInt(version[0]))
                .param("minor", Integer.parseInt(version[1]))
                .update();
        jdbc.sql("delete from provisional_summaries where request_id = ?")
                .param(requestId)
                .update();
        jdbc.sql("""
				insert into outbox_events (aggregate_type, aggregate_id, event_type, payload, headers)
				values ('holistic_request', :id, :type, cast(:payload as jsonb), cast(:headers as jsonb))""")
                .param("id", requestId)
                .param("type", RESPONSE_CREATED_EVENT)
                .param(
                        "payload",
                        json.writeValueAsString(Map.of(
                                "request_id",
                                requestId.toString(),
                                "user_id",
                                payload.user().id(),
                                "category",
                                payload.category().wireName(),
                                "recommendations",
                                payload.recommendations().size())))
                .param("headers", json.writeValueAsString(eventHeaders(traceId)))
                .update();
    }

    /** The request's trace id and the current trace context ({@code traceparent}), stored with the event. */
    private Map<String, String> eventHeaders(String traceId) {
        Map<String, String> headers = new LinkedHashMap<>(traceHeaders.current());
        headers.put("trace_id", traceId);
        return headers;
    }

    /** The agents' runs and their vector queries: two statements, whatever their number (arrays, unnested). */
    private void writeRuns(UUID requestId, List<AgentRunRecord> runs) {
        List<UUID> runIds = runs.stream().map(run -> UUID.randomUUID()).toList();
        jdbc.sql("""
				insert into holistic_agent_runs (id, request_id, agent_name, model_version, input_context,
				                                 elapsed_ms, status, retry_count)
				select id, :request, agent, model, cast(context as jsonb), elapsed, status, retries
				from unnest(cast(:ids as uuid[]), cast(:agents as text[]), cast(:models as text[]),
				            cast(:contexts as text[]), cast(:elapsed as int[]), cast(:statuses as text[]),
				            cast(:retries as int[])) as r (id, agent, model, context, elapsed, status, retries)""")
                .param("request", requestId)
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
        if (queries.isEmpty()) {
            return;
        }
        jdbc.sql("""
				insert into holistic_vector_queries (agent_run_id, collection_name, embedding_model, top_k, filters, results)
				select run, collection, model, top_k, cast(filters as jsonb), cast(results as jsonb)
				from unnest(cast(:runs as uuid[]), cast(:collections as text[]), cast(:models as text[]),
				            cast(:topKs as int[]), cast(:filters as text[]), cast(:results as text[]))
				     as q (run, collection, model, top_k, filters, results)""")
                .param("runs", queryRuns.toArray(UUID[]::new))
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
                                .map(q -> json.writeValueAsString(q.results()))
                                .toArray(String[]::new))
                .update();
    }

    /** PENDING → PROCESSING when the client stopped waiting; never overwrites an outcome reached meanwhile. */
    void markProcessing(UUID requestId) {
        jdbc.sql("update holistic_requests set status = 'PROCESSING' where id = ? and status = 'PENDING'")
                .param(requestId)
                .update();
    }

    /**
     * Fails a request still open; one already ended (failed by the reaper meanwhile, or completed) keeps its
     * outcome. Entering FAILED gives back the quota unit of an infrastructure failure, in this same statement
     * (trigger and rule: V16__quota_refund_on_infrastructure_failure.sql).
     */
    void fail(UUID requestId, ErrorType errorType, String errorDetail, int retries) {
        fail(requestId, errorType, errorDetail, retries, List.of());
    }

    /**
     * As above, in one transaction with its audit: each failed call of the agents as a run, or — when the agents
     * never ran ({@code failures} empty) — one SKIPPED run with the reason; and the request's job is done.
     */
    void fail(
            UUID requestId,
            ErrorType errorType,
            String errorDetail,
            int retries,
            List<AgentCallRetry.FailedAttempt> failures) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from provisional_summaries where request_id = ?")
                    .param(requestId)
                    .update();
            int failed = jdbc.sql("""
					update holistic_requests set status = 'FAILED', error_type = :type, error_detail = :detail,
					       completed_at = now(), retry_count = :retries
					where id = :id and status in ('PENDING', 'PROCESSING')""")
                    .param("id", requestId)
                    .param("retries", retries)
                    .param("type", errorType.name())
                    .param("detail", errorDetail)
                    .update();
            if (failed == 1 && failures.isEmpty()) {
                writeAuditRun(requestId, AgentRunStatus.SKIPPED, errorType, 0, 0);
            } else if (failed == 1) {
                writeFailedAttempts(requestId, failures);
            }
            finishJob(requestId);
        });
    }

    /** PENDING → PROCESSING, held for profile data, with {@link ErrorType#AWAITING_PROFILE_DATA} saying why. */
    void holdForProfileData(UUID requestId) {
        jdbc.sql(
                        "update holistic_requests set status = 'PROCESSING', error_type = ? where id = ? and status = 'PENDING'")
                .params(HELD, requestId)
                .update();
    }

    /** A request still held for profile data, with what is needed to run it. */
    Optional<HeldRequest> findHeld(UUID requestId) {
        return jdbc.sql("""
				select user_id, category::text as category, request_metadata->>'locale' as locale,
				       request_metadata->>'session_id' as session_id, trace_id
				from holistic_requests where id = ? and status = 'PROCESSING' and error_type = ?""")
                .params(requestId, HELD)
                .query((rs, n) -> new HeldRequest(
                        rs.getObject("user_id", UUID.class),
                        Category.parse(rs.getString("category")).orElseThrow(),
                        rs.getString("locale"),
                        rs.getString("session_id"),
                        rs.getString("trace_id")))
                .optional();
    }

    /**
     * A request still open and not held, with what is needed to run it again: a job claimed after its first
     * runner died. Empty when the request ended meanwhile (or is held for profile data again).
     */
    Optional<HeldRequest> findRunnable(UUID requestId) {
        return jdbc.sql("""
				select user_id, category::text as category, request_metadata->>'locale' as locale,
				       request_metadata->>'session_id' as session_id, trace_id
				from holistic_requests where id = ? and status in ('PENDING', 'PROCESSING')
				  and error_type is distinct from ?""")
                .params(requestId, HELD)
                .query((rs, n) -> new HeldRequest(
                        rs.getObject("user_id", UUID.class),
                        Category.parse(rs.getString("category")).orElseThrow(),
                        rs.getString("locale"),
                        rs.getString("session_id"),
                        rs.getString("trace_id")))
                .optional();
    }

    /** Ends the hold so the request can run; false when it was no longer held (resumed, failed or erased). */
    boolean releaseHeld(UUID requestId) {
        return jdbc.sql("""
				update holistic_requests set error_type = null
				where id = ? and status = 'PROCESSING' and error_type = ?""").params(requestId, HELD).update() == 1;
    }

    /**
     * The request with its response, only when it belongs to {@code userId} (others get nothing, not 403). While
     * it is open, also its provisional summary and the profile data it is held for. Read as that user, so row-level
     * security enforces the ownership too.
     */
    Optional<AdviceEnvelope> findForOwner(UUID requestId, UUID userId) {
        return userTransactions.asUser(
                userId,
                () -> jdbc.sql("""
				select r.id, r.trace_id, r.status::text as status, r.degraded, r.error_type,
				       r.human_review_required, s.payload::text as payload, p.summary::text as provisional,
				       j.missing_fields as awaiting
				from holistic_requests r left join holistic_responses s on s.request_id = r.id
				     left join provisional_summaries p on p.request_id = r.id and r.status in ('PENDING', 'PROCESSING')
				     left join profile_enrichment_jobs j on j.request_id = r.id and j.blocking and j.status = 'OPEN'
				where r.id = :id and r.user_id = :user""")
                        .param("id", requestId)
                        .param("user", userId)
                        .query((rs, n) -> new AdviceEnvelope(
                                requestId,
                                rs.getString("trace_id"),
                                RequestStatus.valueOf(rs.getString("status")),
                                rs.getBoolean("degraded"),
                                storedErrorType(rs.getString("error_type")),
                                rs.getBoolean("human_review_required"),
                                (rs.getString("payload") == null)
                                        ? null
                                        : json.readValue(rs.getString("payload"), AdvicePayload.class),
                                provisionals.read(rs.getString("provisional")),
                                (rs.getArray("awaiting") == null)
                                        ? null
                                        : List.of((String[])
                                                rs.getArray("awaiting").getArray())))
                        .optional());
    }

    /**
     * Every type this gateway stores is an {@link ErrorType}; a row written by an older agents service with a
     * type no longer known reads as {@code AGENTS_ERROR}, as such a type is stored today (its detail keeps it).
     */
    private static ErrorType storedErrorType(String stored) {
        return (stored == null) ? null : ErrorType.parse(stored).orElse(ErrorType.AGENTS_ERROR);
    }

    /** A held request: {@code locale} is null when the client did not ask for one (the profile's then applies). */
    record HeldRequest(UUID userId, Category category, String locale, String sessionId, String traceId) {

        String locale(String profileLocale) {
            return (locale != null) ? locale : profileLocale;
        }
    }
}
