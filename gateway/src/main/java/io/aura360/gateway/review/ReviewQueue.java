package io.aura360.gateway.review;

import io.aura360.contracts.agents.AgentRunResult;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts answers that ask for human review in front of a person. Called inside the transaction that stores the
 * answer, so an answer marked {@code human_review_required} is never stored without its review item.
 */
@Component
public class ReviewQueue {

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the item of a stored request whose answer asks for review, with the user's message; nothing for an
     * answer that does not ask. Once per request: a second call for the same request changes nothing.
     */
    public void openIfRequired(UUID requestId, AgentRunResult result, String message) {
        if (!result.humanReviewRequired()) {
            return;
        }
        jdbc.sql("""
				insert into review_items (request_id, request_requested_at, user_id, risk, message)
				select id, requested_at, user_id, :risk, :message from holistic_requests where id = :request
				on conflict (request_id) do nothing""")
                .param("request", requestId)
                .param("risk", ReviewRisk.of(result.payload()).wire())
                .param("message", message)
                .update();
    }
}
