package io.aura360.gateway.request;

import io.aura360.contracts.advice.RequestStatus;
import io.aura360.gateway.delivery.Deliveries;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Follows one request for an SSE client: sends its envelope at once and whenever the status changes, and closes
 * the stream once it is COMPLETED or FAILED, or after {@link #LIMIT}. Changes are pushed by the
 * {@link RequestStatusBus} (PostgreSQL notifications, so whichever instance does the work); an open stream reads
 * the database only when its request changed, or at the slow safety poll. Each user may hold
 * {@link StatusStreamProperties#perUser()} streams on an instance.
 */
@Component
class RequestStatusStream {

    static final Duration LIMIT = Duration.ofSeconds(90);

    private final RequestStatusBus bus;

    private final StreamSlots slots;

    private final JdbcClient jdbc;

    private final Deliveries deliveries;

    RequestStatusStream(
            RequestStatusBus bus, StatusStreamProperties properties, JdbcClient jdbc, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.bus = bus;
        this.slots = new StreamSlots(properties.perUser());
        this.jdbc = jdbc;
    }

    /** A stream of {@code requestId}'s envelopes, read with {@code current}; 429 past the user's cap. */
    SseEmitter follow(UUID userId, UUID requestId, Supplier<AdviceEnvelope> current) {
        StreamSlots.Slot slot = slots.take(userId)
                .orElseThrow(() -> new ApiProblemException(
                        ProblemType.TOO_MANY_REQUESTS,
                        "Too many open event streams; close one or poll the request instead."));
        SseEmitter emitter = new SseEmitter(LIMIT.toMillis());
        Following following = new Following(emitter, current, slot, deliveries);
        following.attach(bus.subscribe(requestId, following::refresh));
        emitter.onCompletion(following::close);
        emitter.onTimeout(emitter::complete);
        emitter.onError(error -> following.close());
        following.refresh();
        return emitter;
    }

    /** Re-reads every followed request whose status may have changed unnoticed (a notification lost). */
    @Scheduled(fixedDelayString = "${aura.gateway.status-streams.safety-poll:15s}")
    void safetyPoll() {
        Set<UUID> followed = bus.followed();
        if (!followed.isEmpty()) {
            jdbc.sql("select id from holistic_requests where id = any(?) and status in ('COMPLETED', 'FAILED')")
                    .param(followed.toArray(UUID[]::new))
                    .query(UUID.class)
                    .list()
                    .forEach(bus::changed);
        }
    }

    /** One open stream: sends when the status differs from the last one sent. */
    private static final class Following {

        private final SseEmitter emitter;

        private final Supplier<AdviceEnvelope> current;

        private final StreamSlots.Slot slot;

        private final Deliveries deliveries;

        private final ReentrantLock lock = new ReentrantLock();

        private RequestStatusBus.Subscription subscription;

        private RequestStatus sent;

        private boolean closed;

        Following(SseEmitter emitter, Supplier<AdviceEnvelope> current, StreamSlots.Slot slot, Deliveries deliveries) {
            this.deliveries = deliveries;
            this.emitter = emitter;
            this.current = current;
            this.slot = slot;
        }

        /** Keeps the bus subscription to end with the stream; a stream that already ended ends it at once. */
        void attach(RequestStatusBus.Subscription subscription) {
            lock.lock();
            try {
                this.subscription = subscription;
                if (closed) {
                    unsubscribe();
                }
            } finally {
                lock.unlock();
            }
        }

        void refresh() {
            lock.lock();
            try {
                if (closed) {
                    return;
                }
                AdviceEnvelope envelope = current.get();
                if (envelope.status() != sent) {
                    emitter.send(SseEmitter.event().name("status").data(envelope));
                    sent = envelope.status();
                    if (sent == RequestStatus.COMPLETED) {
                        deliveries.delivered(envelope.requestId(), Deliveries.Channel.SSE);
                    }
                }
                if (sent == RequestStatus.COMPLETED || sent == RequestStatus.FAILED) {
                    close();
                    emitter.complete();
                }
            } catch (IOException | RuntimeException ex) {
                close();
                emitter.completeWithError(ex);
            } finally {
                lock.unlock();
            }
        }

        void close() {
            lock.lock();
            try {
                if (closed) {
                    return;
                }
                closed = true;
                slot.release();
                unsubscribe();
            } finally {
                lock.unlock();
            }
        }

        private void unsubscribe() {
            if (subscription != null) {
                subscription.close();
            }
        }
    }
}
