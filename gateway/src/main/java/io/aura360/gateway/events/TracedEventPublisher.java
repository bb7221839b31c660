package io.aura360.gateway.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes each outbox event in a producer span that continues the trace stored with the event (its
 * {@code traceparent} header, written with the response), and sends the event with that span's
 * {@code traceparent}, so a consumer's work joins the request's trace however late the relay runs.
 */
public final class TracedEventPublisher implements EventPublisher {

    private static final TypeReference<Map<String, Object>> HEADERS = new TypeReference<>() {};

    private final EventPublisher delegate;

    private final Tracer tracer;

    private final Propagator propagator;

    private final JsonMapper json;

    public TracedEventPublisher(EventPublisher delegate, Tracer tracer, Propagator propagator, JsonMapper json) {
        this.delegate = delegate;
        this.tracer = tracer;
        this.propagator = propagator;
        this.json = json;
    }

    @Override
    public void publish(OutboxEvent event) {
        Map<String, Object> headers = new LinkedHashMap<>(json.readValue(event.headersJson(), HEADERS));
        Span span = propagator
                .extract(headers, (carrier, key) -> (carrier.get(key) instanceof String value) ? value : null)
                .name("publish " + event.type())
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.operation.type", "send")
                .tag("messaging.message.id", event.eventId().toString())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            propagator.inject(span.context(), headers, Map::put);
            delegate.publish(new OutboxEvent(
                    event.eventId(),
                    event.type(),
                    event.aggregateId(),
                    event.payloadJson(),
                    json.writeValueAsString(headers)));
        } catch (RuntimeException ex) {
            span.error(ex);
            throw ex;
        } finally {
            span.end();
        }
    }
}
