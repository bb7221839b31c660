package io.aura360.vector.ingest.job;

/** Does the work of one task; throwing marks the attempt as failed (the queue retries it or dead-letters it). */
@FunctionalInterface
public interface IngestTaskHandler {

    void handle(IngestTask task) throws Exception;
}
