package io.aura360.vector.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeFileReader;
import io.aura360.vector.ingest.KnowledgeIngestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link IngestQueue} adapter guarantees: delivery, retries with backoff, and a dead-letter list. */
abstract class IngestQueueContract {

    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400));

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final Duration SLOW_ATTEMPT = Duration.ofMillis(150);

    private static BgeSmallEmbeddingProvider embeddings;

    @TempDir
    static Path files;

    private static LuceneKnowledgeIndex index;

    private IngestQueue queue;

    abstract IngestQueue newQueue(RetryPolicy policy);

    @BeforeAll
    static void openIndex() {
        embeddings = new BgeSmallEmbeddingProvider();
        index = LuceneKnowledgeIndex.open(files.resolve("index"), embeddings.modelId(), embeddings.dimension());
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @AfterEach
    void closeQueue() {
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void deliversTasksSubmittedBeforeAndAfterStart() {
        queue = newQueue(POLICY);
        List<Path> handled = new CopyOnWriteArrayList<>();
        queue.submit(new IngestTask(Path.of("/docs/a.md"), "test"));

        queue.start(task -> handled.add(task.file()));
        queue.submit(new IngestTask(Path.of("/docs/b.md"), "test"));

        await().atMost(BOUND)
                .untilAsserted(() ->
                        assertThat(handled).containsExactlyInAnyOrder(Path.of("/docs/a.md"), Path.of("/docs/b.md")));
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void retriesAFailingTaskAfterABackoffCountedFromTheFailureUntilItSucceeds() {
        queue = newQueue(POLICY);
        List<Long> starts = new CopyOnWriteArrayList<>();
        List<Long> failures = new CopyOnWriteArrayList<>();
        AtomicInteger succeeded = new AtomicInteger();
        queue.start(task -> {
            starts.add(System.nanoTime());
            if (starts.size() == 1) {
                // A slow first attempt: longer than the first backoff, so a backoff counted from the delivery
                // instead of from the failure would retry at once.
                sleep(SLOW_ATTEMPT);
            }
            if (starts.size() < 3) {
                failures.add(System.nanoTime());
                throw new IllegalStateException("embedding service busy");
            }
            succeeded.incrementAndGet();
        });

        queue.submit(new IngestTask(Path.of("/docs/flaky.md"), "test"));

        await().atMost(BOUND).untilAsserted(() -> assertThat(succeeded).hasValue(1));
        assertThat(starts).hasSize(3);
        // Lower bounds only: each retry waited at least its backoff (100 ms, then 200 ms) after the failure.
        assertThat(Duration.ofNanos(starts.get(1) - failures.get(0))).isGreaterThanOrEqualTo(POLICY.backoff(1));
        assertThat(Duration.ofNanos(starts.get(2) - failures.get(1))).isGreaterThanOrEqualTo(POLICY.backoff(2));
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void movesAPoisonDocumentToTheDeadLetterListAndIngestsTheRest() throws IOException {
        queue = newQueue(POLICY);
        Path poison =
                Files.writeString(files.resolve(getClass().getSimpleName() + "-poison.md"), "# No front matter\nText.");
        Path good = Files.writeString(files.resolve(getClass().getSimpleName() + "-good.md"), """
				---
				id: %s-good
				category: body
				locale: en
				source_type: public_health_agency
				confidence: 0.9
				---
				Walk thirty minutes every day.
				""".formatted(
                        getClass().getSimpleName()));
        AtomicInteger poisonAttempts = new AtomicInteger();
        FileIngestion ingestion = new FileIngestion(
                new KnowledgeFileReader(), new KnowledgeIngestor(index, embeddings, new Chunker(200)));
        queue.start(task -> {
            if (task.file().equals(poison)) {
                poisonAttempts.incrementAndGet();
            }
            ingestion.handle(task);
        });

        String poisonId = queue.submit(new IngestTask(poison, "upload"));
        queue.submit(new IngestTask(good, "upload"));

        await().atMost(BOUND)
                .untilAsserted(() -> assertThat(queue.deadLetters()).hasSize(1));
        DeadLetter letter = queue.deadLetters().get(0);
        assertThat(letter.taskId()).isEqualTo(poisonId);
        assertThat(letter.task()).isEqualTo(new IngestTask(poison, "upload"));
        assertThat(letter.attempts()).isEqualTo(POLICY.maxAttempts());
        assertThat(letter.reason()).contains(poison.toString()).contains("missing front matter");
        assertThat(poisonAttempts).hasValue(POLICY.maxAttempts());
        assertThat(index.storedVersion(getClass().getSimpleName() + "-good")).isPresent();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
