package io.aura360.gateway.delivery;

import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records when, and how, a client received a request's final answer ({@code holistic_responses.delivered_at} and
 * {@code delivered_via}, V24): the first delivery counts, later ones change nothing. Only a completed request has
 * an answer to deliver; a failed one has no response row. Recording never fails a delivery: the client has the
 * answer either way.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    /** How the answer reached the client. */
    public enum Channel {
        /** The synchronous 200 of the advice request (or its idempotent replay). */
        RESPONSE,
        /** {@code GET /requests/{id}} answered with the completed request. */
        POLL,
        /** The SSE event carrying the completed state was sent. */
        SSE,
        /** The user's webhook accepted the notification (2xx). */
        WEBHOOK,
        /** The push provider accepted the notification. */
        PUSH;

        /** The value stored in {@code delivered_via}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer of {@code requestId} reached its client through {@code channel}; true when this was the first. */
    public boolean delivered(UUID requestId, Channel channel) {
        try {
            return jdbc.sql("""
					update holistic_responses set delivered_at = now(), delivered_via = :via
					where request_id = :id and delivered_at is null""")
                            .param("id", requestId)
                            .param("via", channel.wire())
                            .update()
                    == 1;
        } catch (DataAccessException ex) {
            log.warn("delivery of request {} by {} not recorded: {}", requestId, channel.wire(), ex.getMessage());
            return false;
        }
    }
}
