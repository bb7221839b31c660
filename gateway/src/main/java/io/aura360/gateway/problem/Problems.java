package io.aura360.gateway.problem;

import io.aura360.gateway.trace.TraceIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 body of a problem: stable type, title, status, detail and the request's trace id. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request) {
        return of(type, detail, Map.of(), request);
    }

    public static ProblemDetail of(
            ProblemType type, String detail, Map<String, Object> properties, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        properties.forEach(problem::setProperty);
        problem.setProperty("trace_id", TraceIds.of(request));
        return problem;
    }
}
