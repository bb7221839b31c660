package io.aura360.gateway.request;

import io.aura360.contracts.advice.RequestStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Follows one request for an SSE client: sends its envelope whenever the status changes and closes the stream
 * once it is COMPLETED or FAILED, or after {@link #LIMIT}. Reads the database, so it works whichever gateway
 * instance does the work.
 */
@Component
class RequestStatusStream {

    static final Duration LIMIT = Duration.ofSeconds(90);

    private static final Duration POLL = Duration.ofMillis(250);

    private final ExecutorService background;

    RequestStatusStream(ExecutorService adviceExecutor) {
        this.background = adviceExecutor;
    }

    SseEmitter follow(Supplier<AdviceEnvelope> current) {
        SseEmitter emitter = new SseEmitter(LIMIT.toMillis());
        background.submit(() -> {
            RequestStatus sent = null;
            long deadline = System.nanoTime() + LIMIT.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    AdviceEnvelope envelope = current.get();
                    if (envelope.status() != sent) {
                        emitter.send(SseEmitter.event().name("status").data(envelope));
                        sent = envelope.status();
                    }
                    if (sent == RequestStatus.COMPLETED || sent == RequestStatus.FAILED) {
                        break;
                    }
                    Thread.sleep(POLL);
                }
                emitter.complete();
            } catch (IOException | RuntimeException ex) {
                emitter.completeWithError(ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                emitter.complete();
            }
        });
        return emitter;
    }
}
