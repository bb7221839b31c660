package io.aura360.bench.quality;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.evaluation.LabelledSet;
import io.aura360.vector.evaluation.RetrievalEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** A set ingested into a temporary index that is deleted on close. */
record ScratchEvaluation(RetrievalEvaluation evaluation, Path dir, long ingestNanos) implements AutoCloseable {

    static ScratchEvaluation ingest(LabelledSet set, EmbeddingProvider embeddings) throws IOException {
        Path dir = Files.createTempDirectory("aura360-quality-");
        long start = System.nanoTime();
        return new ScratchEvaluation(RetrievalEvaluation.ingest(set, embeddings, dir), dir, System.nanoTime() - start);
    }

    @Override
    public void close() throws IOException {
        evaluation.close();
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
