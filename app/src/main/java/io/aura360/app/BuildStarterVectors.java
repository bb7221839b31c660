package io.aura360.app;

import io.aura360.vector.VectorProperties;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.StoredPassageVectors;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.ClasspathKnowledgeBase;
import io.aura360.vector.ingest.KnowledgeIngestor;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build after the resources are copied (exec-maven-plugin, {@code process-classes}): embeds the starter
 * knowledge base's passages, cut at the default chunk length, with the default model, and stores the vectors under
 * the classes directory, so the first start of a new home reads them instead of embedding them
 * ({@link StoredPassageVectors}).
 */
public final class BuildStarterVectors {

    private BuildStarterVectors() {}

    public static void main(String[] args) {
        Chunker chunker = new Chunker(VectorProperties.DEFAULT_CHUNK_CHARS);
        List<String> passages = new ClasspathKnowledgeBase()
                .documents().stream()
                        .flatMap(document -> KnowledgeIngestor.passages(document, chunker).stream())
                        .toList();
        StoredPassageVectors.store(
                Path.of(args[0]).resolve(StoredPassageVectors.RESOURCE.substring(1)),
                new BgeSmallEmbeddingProvider(),
                passages);
    }
}
