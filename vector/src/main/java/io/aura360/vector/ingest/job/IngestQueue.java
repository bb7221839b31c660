package io.aura360.vector.ingest.job;

import java.util.List;

/**
 * Background ingestion: tasks are delivered at least once to the handler given to {@link #start}; a task whose
 * handler throws is retried with backoff per its {@link RetryPolicy} and, when the attempts run out, moved to
 * the dead-letter list with its last error. Adapters: Redis Streams when Redis is configured (shared by every
 * instance, survives restarts), in process otherwise.
 */
public interface IngestQueue extends AutoCloseable {

    /** Queues {@code task} and returns its id. */
    String submit(IngestTask task);

    /** Starts delivering tasks to {@code handler} in the background. */
    void start(IngestTaskHandler handler);

    /** Tasks that failed on every attempt, oldest first. */
    List<DeadLetter> deadLetters();

    /** Stops delivering; tasks not yet done stay queued (Redis) or are dropped (in process). */
    @Override
    void close();
}
