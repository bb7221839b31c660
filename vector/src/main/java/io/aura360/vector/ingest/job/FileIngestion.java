package io.aura360.vector.ingest.job;

import io.aura360.vector.ingest.KnowledgeFileReader;
import io.aura360.vector.ingest.KnowledgeIngestor;

/** The worker side of an ingest task: reads the file and applies it to the collection (durable on return). */
public final class FileIngestion implements IngestTaskHandler {

    private final KnowledgeFileReader reader;

    private final KnowledgeIngestor ingestor;

    public FileIngestion(KnowledgeFileReader reader, KnowledgeIngestor ingestor) {
        this.reader = reader;
        this.ingestor = ingestor;
    }

    @Override
    public void handle(IngestTask task) {
        ingestor.apply(reader.read(task.file()), task.origin());
    }
}
