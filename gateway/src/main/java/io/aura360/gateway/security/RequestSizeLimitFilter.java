package io.aura360.gateway.security;

import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses public API bodies over {@code maxBytes} (413) before anything reads them. Bodies without a declared
 * length (chunked) are refused too: no client of this API needs to stream, and an unbounded body is a cheap way
 * to exhaust memory.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    private final JsonMapper json;

    RequestSizeLimitFilter(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > maxBytes) {
            response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    Problems.of(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "Request bodies must declare their length and be at most " + maxBytes + " bytes.",
                            request));
            return;
        }
        chain.doFilter(request, response);
    }
}
