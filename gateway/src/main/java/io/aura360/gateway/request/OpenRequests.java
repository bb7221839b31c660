package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.AdvicePayload;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advice requests before they end: recorded PENDING, moved to PROCESSING when the client stops waiting, held for
 * profile data and released, and read back with what is needed to run them. How they end is {@link
 * RequestOutcomes}.
 */
@Repository
class OpenRequests {

    private static final String SCHEMA_VERSION = AdvicePayload.CURRENT_VERSION;

    /** A premium pipeline holds the request (PROCESSING) until the profile has the data it needs. */
    private static final String HELD = ErrorType.AWAITING_PROFILE_DATA.name();

    /** What running a request needs; each finder adds which open requests it takes. */
    private static final String SELECT_TO_RUN = """
			select user_id, category::text as category, request_metadata->>'locale' as locale,
			       request_metadata->>'session_id' as session_id, trace_id, requested_at
			from holistic_requests
			""";

    private final JdbcClient jdbc;

    private final JsonMapper json;

    OpenRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the request PENDING; answers its {@code requested_at}, the partition key its other rows carry. */
    OffsetDateTime insertPending(
            UUID requestId, UUID userId, Category category, Map<String, Object> metadata, String traceId) {
        return jdbc.sql("""
				insert into holistic_requests (id, user_id, category, status, request_metadata, schema_version, trace_id)
				values (:id, :user, cast(:category as holistic_category), 'PENDING', cast(:metadata as jsonb), :schema, :trace)
				returning requested_at""")
                .param("id", requestId)
                .param("user", userId)
                .param("category", category.wireName())
                .param("metadata", json.writeValueAsString(metadata))
                .param("schema", SCHEMA_VERSION)
                .param("trace", traceId)
                .query(OffsetDateTime.class)
                .single();
    }

    /** PENDING → PROCESSING when the client stopped waiting; never overwrites an outcome reached meanwhile. */
    void markProcessing(UUID requestId) {
        jdbc.sql("update holistic_requests set status = 'PROCESSING' where id = ? and status = 'PENDING'")
                .param(requestId)
                .update();
    }

    /** PENDING → PROCESSING, held for profile data, with {@link ErrorType#AWAITING_PROFILE_DATA} saying why. */
    void holdForProfileData(UUID requestId) {
        jdbc.sql(
                        "update holistic_requests set status = 'PROCESSING', error_type = ? where id = ? and status = 'PENDING'")
                .params(HELD, requestId)
                .update();
    }

    /** A request still held for profile data, with what is needed to run it. */
    Optional<OpenRequest> findHeld(UUID requestId) {
        return findToRun("where id = ? and status = 'PROCESSING' and error_type = ?", requestId);
    }

    /**
     * A request still open and not held, with what is needed to run it again: a job claimed after its first
     * runner died. Empty when the request ended meanwhile (or is held for profile data again).
     */
    Optional<OpenRequest> findRunnable(UUID requestId) {
        return findToRun("""
				where id = ? and status in ('PENDING', 'PROCESSING')
				  and error_type is distinct from ?""", requestId);
    }

    /** Ends the hold so the request can run; false when it was no longer held (resumed, failed or erased). */
    boolean releaseHeld(UUID requestId) {
        return jdbc.sql("""
				update holistic_requests set error_type = null
				where id = ? and status = 'PROCESSING' and error_type = ?""").params(requestId, HELD).update() == 1;
    }

    /** The request {@code condition} selects by its id and the held marker, in that order. */
    private Optional<OpenRequest> findToRun(String condition, UUID requestId) {
        return jdbc.sql(SELECT_TO_RUN + condition)
                .params(requestId, HELD)
                .query((rs, n) -> new OpenRequest(
                        rs.getObject("user_id", UUID.class),
                        Category.parse(rs.getString("category")).orElseThrow(),
                        rs.getString("locale"),
                        rs.getString("session_id"),
                        rs.getString("trace_id"),
                        rs.getObject("requested_at", OffsetDateTime.class)))
                .optional();
    }

    /**
     * An open request with what is needed to run it: {@code locale} is null when the client did not ask for one
     * (the profile's then applies).
     */
    record OpenRequest(
            UUID userId,
            Category category,
            String locale,
            String sessionId,
            String traceId,
            OffsetDateTime requestedAt) {

        String locale(String profileLocale) {
            return (locale != null) ? locale : profileLocale;
        }
    }
}
