package io.aura360.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an advice request failed, is held or was degraded: the stable name stored in
 * {@code holistic_requests.error_type}, sent as {@code error_type} in problems, webhooks and pushes, and used as
 * a metric tag. A constant's name is that string, so renaming one changes stored rows and the quota refund rule
 * ({@code V16__quota_refund_on_infrastructure_failure.sql} names the refunded ones): add a constant, never rename.
 */
public enum ErrorType {
    /** The gateway stopped mid-request; the reaper failed it after a restart. */
    INTERRUPTED,
    /** Not a failure: a premium pipeline holds the request (PROCESSING) until the profile has its data. */
    AWAITING_PROFILE_DATA,
    /** A held request whose profile data did not arrive in time. */
    PROFILE_DATA_TIMEOUT,
    AGENTS_UNAVAILABLE,
    AGENTS_TIMEOUT,
    /** The agents service failed without a type the gateway knows (the raw answer is in the error detail). */
    AGENTS_ERROR,
    AGENTS_SERVICE_KEY_REJECTED,
    AGENT_PROFILES_UNAVAILABLE,
    NO_AGENT_PROFILE,
    INVALID_AGENT_PROFILE,
    DEADLINE_EXCEEDED,
    MODEL_UNAVAILABLE,
    MODEL_REJECTED,
    MODEL_OUTPUT_INVALID,
    MODEL_NOT_CONFIGURED,
    /** The vector service is down; on a completed request: the answer rests on the fallback evidence. */
    VECTOR_SERVICE_UNAVAILABLE,
    /** The query could not be embedded (model rate-limited, failing or timing out); the index itself is fine. */
    EMBEDDING_UNAVAILABLE,
    VECTOR_SERVICE_KEY_REJECTED,
    VECTOR_QUERY_REJECTED,
    DIMENSION_MISMATCH,
    EMBEDDING_MODEL_MISMATCH;

    /** The type named exactly {@code name}, or empty for anything else (a newer peer's type, a blank). */
    public static Optional<ErrorType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
