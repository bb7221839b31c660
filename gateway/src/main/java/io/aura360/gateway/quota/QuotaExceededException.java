package io.aura360.gateway.quota;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.Map;

/** A request over a quota or the burst limit: 429 with {@code Retry-After} and {@code RateLimit-*} headers. */
public class QuotaExceededException extends ApiProblemException {

    private final String limitName;

    private final long limit;

    private final long retryAfterSeconds;

    QuotaExceededException(String which, long limit, long retryAfterSeconds) {
        super(
                ProblemType.TOO_MANY_REQUESTS,
                "The " + which + " limit of " + limit + " advice requests is reached.",
                Map.of("limit_name", which));
        this.limitName = which;
        this.limit = limit;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** {@code burst}, {@code daily} or {@code monthly}. */
    public String limitName() {
        return limitName;
    }

    public long limit() {
        return limit;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** When to come back: {@code Retry-After} and the IETF {@code RateLimit-*} fields. */
    @Override
    public Map<String, String> headers() {
        return Map.of(
                "Retry-After", Long.toString(retryAfterSeconds),
                "RateLimit-Limit", Long.toString(limit),
                "RateLimit-Remaining", "0",
                "RateLimit-Reset", Long.toString(retryAfterSeconds));
    }
}
