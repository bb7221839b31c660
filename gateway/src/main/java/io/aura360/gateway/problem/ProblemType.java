package io.aura360.gateway.problem;

import java.net.URI;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/** The stable {@code type} of every problem the API answers with (RFC 9457), and its status. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    INVALID_REQUEST("invalid-request", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
    TOO_MANY_REQUESTS("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    ADVICE_UNAVAILABLE("advice-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Advice unavailable"),
    ERASURE_INCOMPLETE("erasure-incomplete", HttpStatus.SERVICE_UNAVAILABLE, "Erasure incomplete"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    INTERNAL("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String BASE = "https://aura360.io/problems/";

    private final String slug;

    private final HttpStatus status;

    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The last segment of {@link #uri()}, as the API documentation names the type. */
    public String slug() {
        return slug;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type of an error status raised outside the API's handlers (by the container or the firewall). */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(t -> t.status.value() == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : MALFORMED_REQUEST);
    }
}
