package io.aura360.vector.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.aura360.vector.embedding.EmbeddingUnavailableException;
import io.aura360.vector.embedding.GeminiEmbeddingProvider;
import io.aura360.vector.embedding.GeminiOutage;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.job.DeadLetter;
import io.aura360.vector.ingest.job.FileIngestion;
import io.aura360.vector.ingest.job.InProcessIngestQueue;
import io.aura360.vector.ingest.job.IngestTask;
import io.aura360.vector.ingest.job.RetryPolicy;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.KnowledgeCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion while the embedding model (Gemini, on WireMock) answers 503: the document fails with the model named
 * as the reason, nothing is stored without vectors, a stored older version survives, and the job queue retries
 * the file and then dead-letters it with that reason.
 */
class EmbeddingOutageIngestTest {

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path directory;

    private LuceneKnowledgeStore store;

    private KnowledgeCollection collection;

    private KnowledgeIngestor ingestor;

    @BeforeEach
    void openACollectionWhoseModelIsDown() {
        GeminiEmbeddingProvider down = GeminiOutage.provider(gemini);
        store = new LuceneKnowledgeStore(directory.resolve("index"));
        collection = store.create(new CollectionSpec("holistic_memory", down.modelId(), down.dimension()));
        ingestor = new KnowledgeIngestor(collection, down, new Chunker(600));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewDocumentFailsWithTheModelAsReasonAndIsNotStored() {
        assertThatExceptionOfType(EmbeddingUnavailableException.class)
                .isThrownBy(() ->
                        ingestor.apply(new SourceDocument.Published(sleep("Sleep seven to nine hours.")), "files"))
                .withMessageContaining("embedding model gemini:gemini-embedding-001");

        collection.commit();
        assertThat(collection.storedVersion("body-en-sleep")).isEmpty();
        assertThat(collection.chunkCount()).isZero();
    }

    @Test
    void aChangedDocumentKeepsItsPreviousVersionWhenItsNewChunksCannotBeEmbedded() {
        KnowledgeDocument before = sleep("Sleep seven to nine hours.");
        float[] vector = new float[collection.spec().dimension()];
        vector[0] = 1f;
        collection.replaceDocument(before.id(), before.storedChunks("files", List.of(before.body())), List.of(vector));
        collection.commit();

        assertThatExceptionOfType(EmbeddingUnavailableException.class)
                .isThrownBy(() -> ingestor.apply(
                        new SourceDocument.Published(sleep("Sleep eight hours, every night.")), "files"));

        collection.commit();
        assertThat(collection.storedVersion("body-en-sleep")).contains(before.version());
        assertThat(collection.chunkCount()).isOne();
    }

    @Test
    void theIngestQueueRetriesTheFileThenDeadLettersItWithTheReason() throws IOException {
        Path file = Files.writeString(directory.resolve("sleep.md"), """
				---
				id: body-en-sleep
				category: body
				locale: en
				source_type: peer_reviewed
				confidence: 0.9
				---
				Sleep seven to nine hours.
				""");
        try (InProcessIngestQueue queue = new InProcessIngestQueue(new RetryPolicy(2, Duration.ZERO, Duration.ZERO))) {
            queue.start(new FileIngestion(new KnowledgeFileReader(), ingestor));
            queue.submit(new IngestTask(file, "files"));

            List<DeadLetter> dead = await().atMost(Duration.ofMinutes(1)).until(queue::deadLetters, d -> !d.isEmpty());

            assertThat(dead).singleElement().satisfies(letter -> {
                assertThat(letter.attempts()).isEqualTo(2);
                assertThat(letter.reason()).contains("embedding model gemini:gemini-embedding-001");
            });
        }
        // LangChain4j's own three attempts, for each of the queue's two.
        gemini.verify(6, postRequestedFor(urlPathMatching(".*:batchEmbedContents")));
        collection.commit();
        assertThat(collection.chunkCount()).isZero();
    }

    private static KnowledgeDocument sleep(String body) {
        return new KnowledgeDocument("body-en-sleep", "Sleep", "body", "en", "peer_reviewed", 0.9, null, body);
    }
}
