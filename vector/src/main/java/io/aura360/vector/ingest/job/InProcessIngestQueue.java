package io.aura360.vector.ingest.job;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest queue inside one process (no Redis configured): one worker thread, retries scheduled after their
 * backoff, dead letters in memory. Queued tasks do not survive a restart.
 */
public final class InProcessIngestQueue implements IngestQueue {

    private static final Logger log = LoggerFactory.getLogger(InProcessIngestQueue.class);

    private final RetryPolicy policy;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aura-ingest-worker");
        thread.setDaemon(true);
        return thread;
    });

    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    private final List<Delivery> waiting = new CopyOnWriteArrayList<>();

    private volatile IngestTaskHandler handler;

    public InProcessIngestQueue(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String submit(IngestTask task) {
        Delivery delivery = new Delivery(UUID.randomUUID().toString(), task);
        synchronized (this) {
            if (handler == null) {
                waiting.add(delivery);
                return delivery.id();
            }
        }
        worker.execute(() -> attempt(delivery, 1));
        return delivery.id();
    }

    @Override
    public void start(IngestTaskHandler handler) {
        synchronized (this) {
            if (this.handler != null) {
                throw new IllegalStateException("the ingest queue is already started");
            }
            this.handler = handler;
        }
        waiting.forEach(delivery -> worker.execute(() -> attempt(delivery, 1)));
        waiting.clear();
    }

    private void attempt(Delivery delivery, int attempt) {
        try {
            handler.handle(delivery.task());
        } catch (Exception ex) {
            String reason = (ex.getMessage() == null) ? ex.getClass().getSimpleName() : ex.getMessage();
            if (policy.exhausted(attempt)) {
                log.warn(
                        "ingest task {} ({}) failed {} times, dead-lettered: {}",
                        delivery.id(),
                        delivery.task().file(),
                        attempt,
                        reason);
                deadLetters.add(new DeadLetter(delivery.id(), delivery.task(), attempt, reason));
                return;
            }
            worker.schedule(
                    () -> attempt(delivery, attempt + 1),
                    policy.backoff(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private record Delivery(String id, IngestTask task) {}
}
