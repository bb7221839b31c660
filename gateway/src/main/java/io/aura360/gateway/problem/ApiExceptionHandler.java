package io.aura360.gateway.problem;

import io.aura360.gateway.trace.TraceIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become RFC 9457 problems. Framework errors keep their status but get our
 * stable types; a database that is briefly unavailable is a 503 {@code service-unavailable} with
 * {@code Retry-After}; anything else unexpected is logged and answered as a bare 500 without internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** A database that stopped answering is usually back within seconds (a restart, a failover, a lock released). */
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Headers the exception carries (a 429's {@code Retry-After} and {@code RateLimit-*}) go with the problem. */
    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ex.type(), ex.getMessage(), ex.properties(), request);
        HttpHeaders headers = problemHeaders();
        ex.headers().forEach(headers::set);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        Optional<DatabaseFailure> database = DatabaseFailure.in(ex);
        if (database.isPresent() && database.get().isTransient()) {
            log.warn(
                    "{} on {} {}, request {}: answered 503",
                    database.get(),
                    request.getMethod(),
                    request.getRequestURI(),
                    TraceIds.of(request));
            HttpHeaders headers = problemHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ProblemDetail problem = Problems.of(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The service could not reach its database in time; please try again shortly.",
                    request);
            return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
        }
        if (database.isPresent()) {
            // Never the exception itself: its message and stack quote the SQL and the values involved.
            log.error(
                    "unexpected {} on {} {}, request {}",
                    database.get(),
                    request.getMethod(),
                    request.getRequestURI(),
                    TraceIds.of(request));
        } else {
            log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        }
        return respond(Problems.of(ProblemType.INTERNAL, "The request could not be completed.", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of(
                        "field", JsonFieldPath.of(e.getField()), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(
                ProblemType.INVALID_REQUEST,
                "The request body is not valid.",
                Map.of("errors", errors),
                servletRequest(request));
        return new ResponseEntity<>(problem, problemHeaders(), problem.getStatus());
    }

    /**
     * Unknown or mistyped fields are well-formed JSON with the wrong content (422, naming the field); broken
     * JSON is malformed (400). Parser messages are never echoed.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof StreamConstraintsException limit) {
            // Records are built after parsing, so a limit hit inside one has no path: the body is named instead.
            String field = limit.getPath().isEmpty() ? "body" : fieldPath(limit);
            return invalid("Field '" + field + "' is nested too deeply or holds too long a number.", request);
        }
        if (ex.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
            return invalid("Unknown field '" + unknown.getPropertyName() + "'.", request);
        }
        // Wrong types and values that constructors refuse (unknown enum, bad range) are DatabindExceptions with a
        // path; a syntax error is a StreamReadException without one.
        if (databindCause(ex) instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            return invalid("Field '" + fieldPath(mapping) + "' has the wrong type or value.", request);
        }
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    private static ResponseEntity<Object> invalid(String detail, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail, servletRequest(request));
        return new ResponseEntity<>(problem, problemHeaders(), problem.getStatus());
    }

    private static Throwable databindCause(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException) {
                return cause;
            }
        }
        return null;
    }

    private static String fieldPath(JacksonException ex) {
        return String.join(
                ".",
                ex.getPath().stream()
                        .map(ref ->
                                ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                        .toList());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemType type = typeFor(statusCode);
        String detail =
                (body instanceof ProblemDetail pd && pd.getDetail() != null && type != ProblemType.MALFORMED_REQUEST)
                        ? pd.getDetail()
                        : defaultDetail(type);
        ProblemDetail problem = Problems.of(type, detail, servletRequest(request));
        HttpHeaders merged = new HttpHeaders();
        merged.putAll(headers);
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, type.status());
    }

    private static ProblemType typeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.INVALID_REQUEST;
            default -> (status.is4xxClientError()) ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        };
    }

    /** Parser messages can echo internals (class names, offsets), so malformed bodies get a fixed detail. */
    private static String defaultDetail(ProblemType type) {
        return switch (type) {
            case MALFORMED_REQUEST -> "The request could not be read; send valid JSON.";
            case NOT_FOUND -> "No such resource.";
            default -> type.title() + ".";
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .headers(problemHeaders())
                .body(problem);
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    }
}
