package io.aura360.gateway.review;

import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.QueryParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review items as the admin API reads and moves them. Each move is one guarded UPDATE (a racing reviewer
 * finds the item no longer in the state it needs); its audit row is written by the table's trigger
 * ({@code review_events}, V22__review_queue.sql), in the same statement.
 */
@Repository
class ReviewItems {

    private static final String SELECT = """
			select i.id, i.request_id, i.user_id, i.risk, i.state, i.created_at, i.claimed_by, i.claimed_at,
			       i.resolved_by, i.resolved_at, i.outcome, i.note, i.message, s.payload::text as answer
			from review_items i left join holistic_responses s on s.request_id = i.request_id""";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    ReviewItems(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest first; the filters and the cursor become conditions only when given, so each query uses its index. */
    ReviewPage page(ReviewListing listing) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        listing.state().ifPresent(state -> {
            conditions.add("i.state = :state");
            params.put("state", state.wire());
        });
        listing.risk().ifPresent(risk -> {
            conditions.add("i.risk = :risk");
            params.put("risk", risk.wire());
        });
        listing.before().ifPresent(before -> {
            requireItem(before);
            conditions.add(
                    "(i.created_at, i.id) < (select c.created_at, c.id from review_items c where c.id = :before)");
            params.put("before", before);
        });
        params.put("limit", listing.limit() + 1);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<ReviewItem> found = jdbc.sql(SELECT + where + " order by i.created_at desc, i.id desc limit :limit")
                .params(params)
                .query(this::item)
                .list();
        if (found.size() <= listing.limit()) {
            return new ReviewPage(found, null);
        }
        List<ReviewItem> page = found.subList(0, listing.limit());
        return new ReviewPage(page, page.getLast().id());
    }

    /** open → claimed by {@code reviewer}; claiming one's own claimed item again changes nothing. */
    ReviewItem claim(UUID id, String reviewer) {
        jdbc.sql("""
				update review_items set state = 'claimed', claimed_by = :reviewer, claimed_at = now()
				where id = :id and state = 'open'""").param("id", id).param("reviewer", reviewer).update();
        ReviewItem item = find(id).orElseThrow(ReviewItems::notFound);
        if (item.state() != ReviewState.CLAIMED || !reviewer.equals(item.claimedBy())) {
            throw conflict(item);
        }
        return item;
    }

    /** open, or claimed by {@code reviewer} → resolved (an open item is claimed by its resolver on the way). */
    ReviewItem resolve(UUID id, String reviewer, ReviewOutcome outcome, String note) {
        int moved = jdbc.sql("""
				update review_items set state = 'resolved', claimed_by = coalesce(claimed_by, :reviewer),
				       claimed_at = coalesce(claimed_at, now()), resolved_by = :reviewer, resolved_at = now(),
				       outcome = :outcome, note = :note
				where id = :id and (state = 'open' or (state = 'claimed' and claimed_by = :reviewer))""")
                .param("id", id)
                .param("reviewer", reviewer)
                .param("outcome", outcome.wire())
                .param("note", note)
                .update();
        ReviewItem item = find(id).orElseThrow(ReviewItems::notFound);
        if (moved == 0) {
            throw conflict(item);
        }
        return item;
    }

    private Optional<ReviewItem> find(UUID id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::item).optional();
    }

    private void requireItem(UUID before) {
        if (jdbc.sql("select count(*) from review_items where id = ?")
                        .param(before)
                        .query(Integer.class)
                        .single()
                == 0) {
            throw ReviewListing.invalid(List.of(QueryParameters.error("before", "must be the id of a review item")));
        }
    }

    private ReviewItem item(ResultSet rs, int row) throws SQLException {
        String answer = rs.getString("answer");
        String outcome = rs.getString("outcome");
        return new ReviewItem(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                ReviewRisk.parse(rs.getString("risk")).orElseThrow(),
                ReviewState.parse(rs.getString("state")).orElseThrow(),
                instant(rs.getTimestamp("created_at")),
                rs.getString("claimed_by"),
                instant(rs.getTimestamp("claimed_at")),
                rs.getString("resolved_by"),
                instant(rs.getTimestamp("resolved_at")),
                (outcome == null) ? null : ReviewOutcome.parse(outcome).orElseThrow(),
                rs.getString("note"),
                rs.getString("message"),
                (answer == null) ? null : json.readValue(answer, AdvicePayload.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return (timestamp == null) ? null : timestamp.toInstant();
    }

    private static ApiProblemException notFound() {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No such review item.");
    }

    private static ApiProblemException conflict(ReviewItem item) {
        String detail = (item.state() == ReviewState.RESOLVED)
                ? "The review item is already resolved."
                : "The review item is claimed by another reviewer.";
        return new ApiProblemException(
                ProblemType.CONFLICT,
                detail,
                Map.of("state", item.state().wire(), "claimed_by", String.valueOf(item.claimedBy())));
    }
}
