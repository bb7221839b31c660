package io.aura360.vector.ingest.job;

/** A task that failed on every attempt, kept with the reason of its last failure for a person to look at. */
public record DeadLetter(String taskId, IngestTask task, int attempts, String reason) {}
