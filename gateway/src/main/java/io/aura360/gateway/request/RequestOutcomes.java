package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.agents.AgentRunResult;
import io.aura360.contracts.agents.AgentRunStatus;
import io.aura360.gateway.agents.AgentCallRetry;
import io.aura360.gateway.database.AdviceTransactions;
import io.aura360.gateway.review.ReviewQueue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an advice request ends, COMPLETED or FAILED, each in one transaction with everything that goes with it: the
 * audited agent runs, the response and its outbox event, the review item, and the end of its provisional summary
 * and its durable job ({@link #ENDING}). Only an open request (PENDING or PROCESSING) ends; the first outcome stays.
 */
@Repository
class RequestOutcomes {

    /** The agents' flag of a step written by the offline composer because its hosted model was unavailable. */
    static final String MODEL_FALLBACK_FLAG = "model_fallback";

    /**
     * The error type of an answer (null unless degraded): it completed, but from the fallback evidence
     * ({@code VECTOR_SERVICE_UNAVAILABLE}) or, with the evidence found, from the offline composer in place of an
     * unavailable hosted model ({@code MODEL_UNAVAILABLE}).
     */
    static ErrorType degradedError(AgentRunResult result) {
        if (!result.degraded()) {
            return null;
        }
        List<String> flags = result.payload().agentDiagnostics().safetyFlags();
        return flags.contains(MODEL_FALLBACK_FLAG) && !flags.contains("degraded_evidence")
                ? ErrorType.MODEL_UNAVAILABLE
                : ErrorType.VECTOR_SERVICE_UNAVAILABLE;
    }

    /**
     * What ends with the request, in the statement that ends it (one round trip instead of three): its durable job
     * is over, whoever ran it, and its provisional summary is no longer shown. These deletes run even when the
     * guarded update finds the request ended already: a completion rolls back then, and a failure removes what an
     * ended request no longer needs anyway. Both statements that end a request here have this shape, so two that race
     * lock their rows in the same order; the reaper locks request rows only, the job claimer job rows only (skipping
     * locked ones).
     */
    private static final String ENDING = """
			with job_done as (delete from advice_jobs where request_id = :id),
			     provisional_gone as (delete from provisional_summaries where request_id = :id)
			""";

    private final JdbcClient jdbc;

    private final TransactionTemplate transaction;

    private final AgentRunAudit audit;

    private final CompletedResponses responses;

    private final ReviewQueue reviews;

    private final AdviceTransactions adviceTransactions;

    RequestOutcomes(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            AgentRunAudit audit,
            CompletedResponses responses,
            ReviewQueue reviews,
            AdviceTransactions adviceTransactions) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.responses = responses;
        this.reviews = reviews;
        this.adviceTransactions = adviceTransactions;
    }

    /**
     * Stores everything the agents returned and completes the request, in one transaction together with the
     * {@code holistic.response.created} outbox event, the calls of the agents that failed before the one that
     * answered (each an audited run) and, when the answer asks for it, the review item of {@code message}: either
     * all of it is there or none. The request's job is done with it: a job run again after this commit finds its
     * request ended. Only an open request (PENDING or PROCESSING) completes; one that ended meanwhile (failed by the
     * reaper, its quota unit refunded) keeps its outcome, nothing is written and this answers false. With
     * {@code answeredInResponse} the response is recorded as delivered in the synchronous 200 that carries it.
     */
    boolean complete(
            UUID requestId,
            OffsetDateTime requestedAt,
            AgentRunResult result,
            String traceId,
            int retries,
            String message,
            List<AgentCallRetry.FailedAttempt> failures,
            boolean answeredInResponse) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            adviceTransactions.configureThisTransaction();
            // The guarded transition comes first: its row lock makes a racing reaper wait for this commit, and
            // then find the request no longer open. It and the rows below carry the request's partition key, so
            // nothing probes every month's partition for the request.
            if (!markCompleted(requestId, requestedAt, result, retries)) {
                status.setRollbackOnly();
                return false;
            }
            audit.writeFailedAttempts(requestId, failures);
            audit.writeAgentRuns(requestId, requestedAt, result.agentRuns());
            responses.write(requestId, requestedAt, result, traceId, answeredInResponse);
            reviews.openIfRequired(requestId, result, message);
            return true;
        }));
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
            adviceTransactions.configureThisTransaction();
            int failed = jdbc.sql(ENDING + """
					update holistic_requests set status = 'FAILED', error_type = :type, error_detail = :detail,
					       completed_at = now(), retry_count = :retries
					where id = :id and status in ('PENDING', 'PROCESSING')""")
                    .param("id", requestId)
                    .param("retries", retries)
                    .param("type", errorType.name())
                    .param("detail", errorDetail)
                    .update();
            if (failed == 1 && failures.isEmpty()) {
                audit.writeAuditRun(requestId, AgentRunStatus.SKIPPED, errorType, 0, 0);
            } else if (failed == 1) {
                audit.writeFailedAttempts(requestId, failures);
            }
        });
    }

    /**
     * COMPLETED, when still open; false when it had ended already. Found by its partition key too: by {@code id}
     * alone the update would probe the key index of every month's partition retention keeps.
     */
    private boolean markCompleted(UUID requestId, OffsetDateTime requestedAt, AgentRunResult result, int retries) {
        AdvicePayload payload = result.payload();
        return jdbc.sql(ENDING + """
				update holistic_requests set status = 'COMPLETED', summary_title = :title,
				       recommendation_count = :count, human_review_required = :review, completed_at = now(),
				       retry_count = :retries, degraded = :degraded, error_type = :errorType
				where id = :id and requested_at = :requestedAt and status in ('PENDING', 'PROCESSING')""")
                        .param("id", requestId)
                        .param("requestedAt", requestedAt)
                        .param("retries", retries)
                        .param("degraded", result.degraded())
                        .param(
                                "errorType",
                                result.degraded() ? degradedError(result).name() : null)
                        .param("title", payload.summary().title())
                        .param("count", payload.recommendations().size())
                        .param("review", result.humanReviewRequired())
                        .update()
                == 1;
    }
}
