package io.aura360.gateway.webhook;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.delivery.Deliveries;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a user's webhook that a request finished: a small signed JSON (ids and status, never the advice or any
 * health data — the client fetches those with its token), retried with backoff on network errors and 5xx, in
 * the background so the answer is never delayed by it.
 */
@Component
public class WebhookNotifier {

    public static final String EVENT = "holistic.request.finished";

    private static final Logger log = LoggerFactory.getLogger(WebhookNotifier.class);

    private final WebhookRegistry registry;

    private final WebhookSender sender;

    private final JsonMapper json;

    private final Clock clock;

    private final ExecutorService background;

    private final Duration initialBackoff;

    private final Deliveries deliveries;

    WebhookNotifier(
            WebhookRegistry registry,
            WebhookSender sender,
            JsonMapper json,
            Clock clock,
            ExecutorService adviceExecutor,
            WebhookProperties properties,
            Deliveries deliveries) {
        this.deliveries = deliveries;
        this.registry = registry;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
        this.background = adviceExecutor;
        this.initialBackoff = properties.initialBackoff();
    }

    public void requestFinished(
            UUID userId, UUID requestId, RequestStatus status, boolean degraded, ErrorType errorType, String traceId) {
        registry.target(userId)
                .ifPresent(target -> background.submit(() ->
                        deliver(target, requestId, status, body(requestId, status, degraded, errorType, traceId))));
    }

    private String body(UUID requestId, RequestStatus status, boolean degraded, ErrorType errorType, String traceId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", EVENT);
        event.put("request_id", requestId.toString());
        event.put("status", status.name());
        event.put("degraded", degraded);
        event.put("error_type", (errorType == null) ? null : errorType.name());
        event.put("trace_id", traceId);
        return json.writeValueAsString(event);
    }

    private void deliver(WebhookRegistry.Target target, UUID requestId, RequestStatus finished, String body) {
        Retry retry = Retry.of(
                "webhook",
                RetryConfig.<Integer>custom()
                        .maxAttempts(3)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.3))
                        .retryOnResult(status -> status >= 500)
                        .retryExceptions(IOException.class)
                        .ignoreExceptions(WebhookUrlPolicy.RefusedWebhookAddressException.class)
                        .failAfterMaxAttempts(true)
                        .build());
        try {
            int status = retry.executeCallable(() -> send(target, body));
            log.info("webhook for request {} answered {}", requestId, status);
            if (finished == RequestStatus.COMPLETED && status >= 200 && status < 300) {
                deliveries.delivered(requestId, Deliveries.Channel.WEBHOOK);
            }
        } catch (Exception ex) {
            log.warn("webhook for request {} not delivered: {}", requestId, ex.toString());
        }
    }

    private int send(WebhookRegistry.Target target, String body) throws IOException {
        return sender.post(
                target.url(),
                Map.of(
                        WebhookSignature.HEADER,
                        WebhookSignature.sign(target.secret(), clock.instant().getEpochSecond(), body)),
                body);
    }
}
