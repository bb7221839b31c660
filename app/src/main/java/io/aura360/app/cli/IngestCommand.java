package io.aura360.app.cli;

import io.aura360.app.AuraHome;
import io.aura360.vector.VectorProperties;
import io.aura360.vector.embedding.EmbeddingProperties;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProviders;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.KnowledgeFileReader;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.ingest.SourceDocument;
import io.aura360.vector.ingest.job.IngestQueue;
import io.aura360.vector.ingest.job.IngestTask;
import io.aura360.vector.ingest.job.RedisStreamsIngestQueue;
import io.aura360.vector.ingest.job.RetryPolicy;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.CollectionSpecs;
import io.aura360.vector.store.ServingCollection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./aura360 ingest PATH…}: adds, updates or withdraws knowledge documents (Markdown, text, HTML, PDF) in
 * the local index in {@code AURA_HOME}, with a progress bar and a summary. Files are applied in groups (chunks
 * embedded together, one commit per group); a file that cannot be read fails alone and never blocks the others.
 * The exit code is 1 when any file failed.
 */
@Command(
        name = "ingest",
        description = "Ingest knowledge files (.md, .txt, .html, .pdf; directories are walked) into the local index.")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Option(
            names = "--origin",
            defaultValue = "files",
            description = "Origin recorded with the documents (default: ${DEFAULT-VALUE}).")
    String origin;

    @Option(
            names = "--background",
            description =
                    "Queue the files on the Redis stream (AURA_REDIS_URL) for the running servers' ingest workers instead of ingesting here.")
    boolean background;

    /** Key prefix of the queue on Redis; tests use their own so that no running server takes their tasks. */
    @Option(names = "--queue-prefix", defaultValue = "aura360", hidden = true)
    String queuePrefix;

    /** Files applied (and committed) together; large enough for full embedding batches. */
    private static final int GROUP_SIZE = 16;

    private final Map<String, String> env;

    private final PrintStream out;

    private final PrintStream err;

    public IngestCommand() {
        this(System.getenv(), System.out, System.err);
    }

    IngestCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        LibraryLogs.quiet();
        IngestSummary summary = new IngestSummary();
        List<Path> files = files(summary);
        if (background) {
            return queue(files, summary);
        }
        Path indexRoot = AuraHome.fromEnvironment(env).path().resolve("index");
        EmbeddingProvider embeddings;
        LuceneKnowledgeStore store = null;
        ServingCollection index;
        try {
            store = new LuceneKnowledgeStore(indexRoot);
            // The index before the model: while ./aura360 serve holds it, this fails at once instead of after
            // seconds of loading the embedding model (the open collection is kept for ServingCollection below).
            store.open(LuceneKnowledgeIndex.COLLECTION);
            embeddings = EmbeddingProviders.create(EmbeddingProperties.fromEnvironment(env));
            // The collection the server searches: the alias, not a directory of the same name.
            index = ServingCollection.open(
                    store, LuceneKnowledgeIndex.COLLECTION, embeddings.modelId(), embeddings.dimension());
            CollectionSpecs.requireCompatible(
                    index.current().spec(),
                    new CollectionSpec(LuceneKnowledgeIndex.COLLECTION, embeddings.modelId(), embeddings.dimension()),
                    "");
        } catch (RuntimeException ex) {
            if (store != null) {
                store.close();
            }
            err.println("Cannot open the index at " + indexRoot + ": " + Failures.rootMessage(ex)
                    + (isLocked(ex) ? " (is ./aura360 serve running? stop it first)" : ""));
            return 2;
        }
        try {
            KnowledgeIngestor ingestor = new KnowledgeIngestor(
                    index, embeddings, new Chunker(new VectorProperties(indexRoot, null, null).chunkChars()));
            ingest(files, new KnowledgeFileReader(), ingestor, summary);
        } finally {
            store.close();
        }
        summary.print(out);
        return summary.failed() ? 1 : 0;
    }

    private void ingest(
            List<Path> files, KnowledgeFileReader reader, KnowledgeIngestor ingestor, IngestSummary summary) {
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err, 100))
                .build()) {
            Map<String, Path> group = new LinkedHashMap<>();
            List<SourceDocument> documents = new ArrayList<>();
            for (Path file : files) {
                bar.setExtraMessage(file.getFileName().toString());
                try {
                    SourceDocument document = reader.read(file);
                    if (group.containsKey(document.id())) {
                        apply(group, documents, ingestor, summary, bar);
                    }
                    group.put(document.id(), file);
                    documents.add(document);
                } catch (RuntimeException ex) {
                    summary.fail(file, Failures.rootMessage(ex));
                    bar.step();
                }
                if (documents.size() == GROUP_SIZE) {
                    apply(group, documents, ingestor, summary, bar);
                }
            }
            apply(group, documents, ingestor, summary, bar);
        }
    }

    /** Applies a group of read files in one batch: their chunks are embedded together, then committed once. */
    private void apply(
            Map<String, Path> group,
            List<SourceDocument> documents,
            KnowledgeIngestor ingestor,
            IngestSummary summary,
            ProgressBar bar) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            ingestor.applyAll(documents, origin).forEach(summary::record);
        } catch (RuntimeException ex) {
            group.values().forEach(file -> summary.fail(file, Failures.rootMessage(ex)));
        }
        bar.stepBy(documents.size());
        group.clear();
        documents.clear();
    }

    /** Submits the files to the shared queue; the servers' workers ingest them, retrying and dead-lettering. */
    private int queue(List<Path> files, IngestSummary summary) {
        String redisUrl = env.get("AURA_REDIS_URL");
        if (redisUrl == null || redisUrl.isBlank()) {
            err.println("--background needs AURA_REDIS_URL: the queue is shared with the servers through Redis.");
            return 2;
        }
        try (IngestQueue queue = RedisStreamsIngestQueue.connect(
                redisUrl, queuePrefix, "cli", RetryPolicy.DEFAULT, Duration.ofSeconds(1))) {
            files.forEach(file -> queue.submit(new IngestTask(file.toAbsolutePath(), origin)));
        }
        out.printf("queued=%d failed=%d%n", files.size(), summary.failures());
        summary.printFailures(out);
        return summary.failed() ? 1 : 0;
    }

    /** The supported files under {@code paths}, in a stable order; a missing or unsupported path is a failure. */
    private List<Path> files(IngestSummary summary) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(KnowledgeFileReader::isSupported)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException ex) {
                    summary.fail(path, "cannot list: " + Failures.rootMessage(ex));
                }
            } else if (!Files.isRegularFile(path)) {
                summary.fail(path, "no such file or directory");
            } else if (!KnowledgeFileReader.isSupported(path)) {
                summary.fail(path, "unsupported file type (use .md, .txt, .html or .pdf)");
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isLocked(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.lucene.store.LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }
}
