package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./aura360 ingest} run in process by picocli against a real index in a temporary AURA_HOME. */
class IngestCommandTest {

    private static final String FRONT_MATTER = """
			---
			id: %s
			category: body
			locale: %s
			source_type: public_health_agency
			confidence: 0.9
			---
			%s
			""";

    @TempDir
    Path home;

    @TempDir
    Path docs;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeDocuments() throws IOException {
        Files.writeString(
                docs.resolve("walking.md"),
                FRONT_MATTER.formatted("body-en-walking", "en", "Walk thirty minutes a day."));
        Files.createDirectories(docs.resolve("es"));
        Files.writeString(
                docs.resolve("es/caminar.txt"),
                FRONT_MATTER.formatted("body-es-caminar", "es", "Camina treinta minutos al día."));
        Files.writeString(docs.resolve("page.html"), "<main><p>Stretch before running.</p></main>");
        Files.writeString(
                docs.resolve("page.html.meta.yml"), "category: body\nlocale: en\nsource_type: blog\nconfidence: 0.5\n");
        Files.writeString(docs.resolve("notes.csv"), "ignored,because,unsupported");
    }

    @Test
    void isASubcommandOfTheLauncher() {
        assertThat(new CommandLine(new Aura360()).getSubcommands()).containsKey("ingest");
    }

    @Test
    void ingestsADirectoryWithAProgressBarAndASummary() {
        int exit = run(docs.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).startsWith("added=3 updated=0 unchanged=0 removed=0 failed=0");
        assertThat(stderr()).contains("Ingesting").contains("100%").contains("3/3");
        assertThat(indexedDocuments()).containsExactly("body-en-walking", "body-es-caminar", "page");
    }

    @Test
    void reportsUnchangedUpdatedAndWithdrawnDocumentsOnTheNextRun() throws IOException {
        run(docs.toString());
        Files.writeString(
                docs.resolve("walking.md"),
                FRONT_MATTER.formatted("body-en-walking", "en", "Walk forty minutes a day."));
        Files.writeString(docs.resolve("page.html.meta.yml"), "id: page\ndeleted_at: 2026-11-25T00:00:00Z\n");
        out.reset();

        int exit = run(docs.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).startsWith("added=0 updated=1 unchanged=1 removed=1 failed=0");
        assertThat(indexedDocuments()).containsExactly("body-en-walking", "body-es-caminar");
    }

    @Test
    void listsEveryFailureWithItsReasonAndExitsNonZero() throws IOException {
        Path broken = Files.writeString(
                docs.resolve("broken.md"),
                FRONT_MATTER.formatted("broken", "en", "Text.").replace("category: body\n", ""));

        int exit = run(
                docs.toString(),
                docs.resolve("missing.md").toString(),
                docs.resolve("notes.csv").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout())
                .startsWith("added=3 updated=0 unchanged=0 removed=0 failed=3")
                .contains("failed " + broken + ": knowledge document is missing 'category'")
                .contains("failed " + docs.resolve("missing.md") + ": no such file or directory")
                .contains("failed " + docs.resolve("notes.csv") + ": unsupported file type");
    }

    @Test
    void refusesToRunWhileTheIndexIsInUse() {
        LuceneKnowledgeStore running = servedStore();
        try {
            int exit = run(docs.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(stderr())
                    .contains("Cannot open the index at " + home.resolve("index"))
                    .contains("stop it first");
        } finally {
            running.close();
        }
    }

    @Test
    void queuesTheFilesOnRedisForTheServersWorkersWithBackground() {
        String redisUrl = System.getenv("AURA_TEST_REDIS_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                redisUrl != null && !redisUrl.isBlank(),
                "needs AURA_TEST_REDIS_URL (the queue itself is tested on embedded Redis in the vector module)");
        List<Path> delivered = new CopyOnWriteArrayList<>();
        String prefix = "aura360-test-" + UUID.randomUUID();
        try (var worker = io.aura360.vector.ingest.job.RedisStreamsIngestQueue.connect(
                redisUrl,
                prefix,
                "test-worker",
                io.aura360.vector.ingest.job.RetryPolicy.DEFAULT,
                Duration.ofMillis(100))) {
            worker.start(task -> delivered.add(task.file()));

            int exit = run(
                    Map.of("AURA_HOME", home.toString(), "AURA_REDIS_URL", redisUrl),
                    "--background",
                    "--queue-prefix",
                    prefix,
                    docs.toString());

            assertThat(exit).isZero();
            assertThat(stdout()).startsWith("queued=3 failed=0");
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(delivered)
                            .containsExactlyInAnyOrder(
                                    docs.resolve("es/caminar.txt"),
                                    docs.resolve("page.html"),
                                    docs.resolve("walking.md")));
        }
    }

    /**
     * While {@code ./aura360 serve} holds the index, ingest says so before it loads the embedding model (seconds of
     * work for nothing): here the model it would load does not exist, so only a lock found first can name the
     * server.
     */
    @Test
    void anIndexInUseIsReportedBeforeTheEmbeddingModelLoads() {
        LuceneKnowledgeStore server = servedStore();
        try {
            int exit = run(
                    Map.of(
                            "AURA_HOME", home.toString(),
                            "AURA_EMBEDDING", "onnx",
                            "AURA_EMBEDDING_MODEL_PATH",
                                    home.resolve("no-such-model.onnx").toString()),
                    docs.toString());

            assertThat(exit).isEqualTo(2);
            assertThat(stderr()).contains("is ./aura360 serve running").doesNotContain("no-such-model");
        } finally {
            server.close();
        }
    }

    @Test
    void refusesBackgroundWithoutRedis() {
        assertThat(run("--background", docs.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--background needs AURA_REDIS_URL");
    }

    private int run(String... args) {
        return run(Map.of("AURA_HOME", home.toString()), args);
    }

    private int run(Map<String, String> env, String... args) {
        IngestCommand command = new IngestCommand(
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    private Set<String> indexedDocuments() {
        LuceneKnowledgeStore store = servedStore();
        try {
            return store.open(LuceneKnowledgeIndex.COLLECTION).orElseThrow().documentIds("files");
        } finally {
            store.close();
        }
    }

    /** The store as the server opens it: the served collection behind its alias (generation 1 on first use). */
    private LuceneKnowledgeStore servedStore() {
        LuceneKnowledgeStore store = new LuceneKnowledgeStore(home.resolve("index"));
        ServingCollection.open(store, LuceneKnowledgeIndex.COLLECTION, BgeSmallEmbeddingProvider.MODEL_ID, 384);
        return store;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
