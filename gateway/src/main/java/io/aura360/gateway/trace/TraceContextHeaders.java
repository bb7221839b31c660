package io.aura360.gateway.trace;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The W3C trace context of the current span as headers ({@code traceparent}, and {@code tracestate} or
 * {@code baggage} when there are any), for work that leaves the request by another road than HTTP: the outbox
 * events store them, so whoever consumes an event can continue the request's trace.
 */
@Component
public class TraceContextHeaders {

    private final Tracer tracer;

    private final Propagator propagator;

    TraceContextHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** Empty outside a trace. */
    public Map<String, String> current() {
        Span span = tracer.currentSpan();
        Map<String, String> headers = new LinkedHashMap<>();
        if (span != null) {
            propagator.inject(span.context(), headers, Map::put);
        }
        return headers;
    }
}
