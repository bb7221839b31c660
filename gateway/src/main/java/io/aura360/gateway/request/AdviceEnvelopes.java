package io.aura360.gateway.request;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.database.UserTransactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads a request back for its owner as an {@link AdviceEnvelope}: its status, answer and what it waits for. */
@Repository
class AdviceEnvelopes {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    private final UserTransactions userTransactions;

    private final ProvisionalSummaries provisionals;

    AdviceEnvelopes(
            JdbcClient jdbc, JsonMapper json, UserTransactions userTransactions, ProvisionalSummaries provisionals) {
        this.jdbc = jdbc;
        this.json = json;
        this.userTransactions = userTransactions;
        this.provisionals = provisionals;
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
}
