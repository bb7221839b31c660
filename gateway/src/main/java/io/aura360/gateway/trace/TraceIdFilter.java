package io.aura360.gateway.trace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records the trace id of the request's server span (started, from an incoming {@code traceparent} when there is
 * one, by Spring's HTTP observation filter just before this one) so that problems, envelopes and rows carry the
 * id the trace is exported under, and echoes it in {@code X-Trace-Id}. Runs before security, so a 401 has it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class TraceIdFilter extends OncePerRequestFilter {

    /** Looked up on the first request, not on every one (a bean lookup was 1 % of the advice path's samples). */
    private final SingletonSupplier<Tracer> tracer;

    TraceIdFilter(ObjectProvider<Tracer> tracer) {
        this.tracer = SingletonSupplier.of(() -> tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Span span = tracer.obtain().currentSpan();
        String traceId =
                TraceIds.record(request, (span == null) ? null : span.context().traceId());
        response.setHeader("X-Trace-Id", traceId);
        chain.doFilter(request, response);
    }
}
