package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.database.UserTransactions;
import io.aura360.gateway.problem.QueryParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A user's past requests, newest first, read as that user (row-level security applies). Pages follow the index
 * {@code holistic_requests_user_recent (user_id, requested_at desc, id)} in its own order, so a page is one index
 * range scan with no sort: the cursor is the last request of the previous page, and the next page starts after it
 * in (requested_at desc, id asc).
 */
@Repository
class RequestHistory {

    private static final String SELECT = """
			select r.id, r.category::text as category, r.status::text as status,
			       r.request_metadata->>'locale' as locale, r.requested_at, r.completed_at, r.summary_title,
			       r.recommendation_count, r.degraded, r.error_type, r.human_review_required, r.trace_id
			from holistic_requests r
			where r.user_id = :user""";

    private final JdbcClient jdbc;

    private final UserTransactions userTransactions;

    RequestHistory(JdbcClient jdbc, UserTransactions userTransactions) {
        this.jdbc = jdbc;
        this.userTransactions = userTransactions;
    }

    RequestHistoryPage page(UUID userId, RequestHistoryListing listing) {
        return userTransactions.asUser(userId, () -> {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            params.put("user", userId);
            listing.category().ifPresent(category -> {
                conditions.add("r.category = cast(:category as holistic_category)");
                params.put("category", category.wireName());
            });
            listing.status().ifPresent(status -> {
                conditions.add("r.status = cast(:status as holistic_request_status)");
                params.put("status", status.name());
            });
            listing.before().ifPresent(before -> {
                OffsetDateTime at = requestedAt(userId, before)
                        .orElseThrow(() -> RequestHistoryListing.invalid(
                                List.of(QueryParameters.error("before", "must be the id of one of your requests"))));
                conditions.add("r.requested_at <= :at and (r.requested_at < :at or r.id > :before)");
                params.put("at", at);
                params.put("before", before);
            });
            params.put("limit", listing.limit() + 1);
            String where = conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
            List<RequestSummary> found = jdbc.sql(SELECT + where + " order by r.requested_at desc, r.id limit :limit")
                    .params(params)
                    .query(RequestHistory::summary)
                    .list();
            if (found.size() <= listing.limit()) {
                return new RequestHistoryPage(found, null);
            }
            List<RequestSummary> page = found.subList(0, listing.limit());
            return new RequestHistoryPage(page, page.getLast().requestId());
        });
    }

    /** When the caller's request {@code id} was made; empty for anyone else's, or none at all. */
    private Optional<OffsetDateTime> requestedAt(UUID userId, UUID id) {
        return jdbc.sql("select requested_at from holistic_requests where id = :id and user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(OffsetDateTime.class)
                .optional();
    }

    private static RequestSummary summary(ResultSet rs, int row) throws SQLException {
        String errorType = rs.getString("error_type");
        return new RequestSummary(
                rs.getObject("id", UUID.class),
                Category.parse(rs.getString("category")).orElseThrow(),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("locale"),
                instant(rs.getTimestamp("requested_at")),
                instant(rs.getTimestamp("completed_at")),
                rs.getString("summary_title"),
                (Integer) rs.getObject("recommendation_count"),
                rs.getBoolean("degraded"),
                // a type no longer known reads as AGENTS_ERROR, as in the envelope (AdviceEnvelopes)
                (errorType == null) ? null : ErrorType.parse(errorType).orElse(ErrorType.AGENTS_ERROR),
                rs.getBoolean("human_review_required"),
                rs.getString("trace_id"));
    }

    private static Instant instant(Timestamp timestamp) {
        return (timestamp == null) ? null : timestamp.toInstant();
    }
}
