package io.aura360.gateway.push;

import io.aura360.contracts.ErrorType;
import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.delivery.Deliveries;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a user's devices that a request they stopped waiting for has finished, in the background so the work is
 * never delayed by it, and forgets tokens the provider calls unregistered. Does nothing while no
 * {@link PushNotifier} is configured.
 */
@Component
public class PushNotifications {

    private static final Logger log = LoggerFactory.getLogger(PushNotifications.class);

    private final Optional<PushNotifier> notifier;

    private final DeviceTokenRegistry tokens;

    private final ExecutorService background;

    private final Deliveries deliveries;

    PushNotifications(
            Optional<PushNotifier> notifier,
            DeviceTokenRegistry tokens,
            ExecutorService adviceExecutor,
            Deliveries deliveries) {
        this.deliveries = deliveries;
        this.notifier = notifier;
        this.tokens = tokens;
        this.background = adviceExecutor;
    }

    public void requestFinished(
            UUID userId, UUID requestId, RequestStatus status, boolean degraded, ErrorType errorType) {
        notifier.ifPresent(push -> background.submit(
                () -> deliver(push, userId, new PushMessage(requestId, status, degraded, errorType))));
    }

    private void deliver(PushNotifier push, UUID userId, PushMessage message) {
        for (String token : tokens.tokens(userId)) {
            switch (push.send(token, message)) {
                case PushOutcome.Delivered delivered -> {
                    log.info("push for request {} delivered as {}", message.requestId(), delivered.messageId());
                    if (message.status() == RequestStatus.COMPLETED) {
                        deliveries.delivered(message.requestId(), Deliveries.Channel.PUSH);
                    }
                }
                case PushOutcome.Unregistered unregistered -> {
                    tokens.forget(token);
                    log.info("push for request {}: device token unregistered, forgotten", message.requestId());
                }
                case PushOutcome.Failed failed ->
                    log.warn(
                            "push for request {} not delivered: {} {}",
                            message.requestId(),
                            failed.status(),
                            failed.reason());
            }
        }
    }
}
