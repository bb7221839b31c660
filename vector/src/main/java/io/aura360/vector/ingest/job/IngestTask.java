package io.aura360.vector.ingest.job;

import java.nio.file.Path;

/** One file to ingest in the background, and the origin its documents are recorded under. */
public record IngestTask(Path file, String origin) {

    public IngestTask {
        if (file == null || origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("an ingest task needs a file and an origin");
        }
    }
}
