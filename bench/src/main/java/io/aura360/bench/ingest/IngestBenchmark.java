package io.aura360.bench.ingest;

import io.aura360.bench.corpus.BenchCorpus;
import io.aura360.bench.report.KeyValueReport;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;
import io.aura360.vector.ingest.Chunker;
import io.aura360.vector.ingest.IngestReport;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.ingest.KnowledgeIngestor;
import io.aura360.vector.ingest.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingestion throughput (chunk, embed, index into a fresh Lucene collection, commit) in chunks per second,
 * divided by the embedding ceiling: the same provider embedding the same passages with nothing else, measured in
 * the same run with the rounds interleaved. Two ingestion paths: the bulk synchronisation (one commit) and
 * groups of 16 files applied and committed together (what ./aura360 ingest does). Target: ratio >= 0.85.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Ingestion throughput (chunks/s) vs the embedding ceiling measured in the same run"
                + " (target ratio >= 0.85).")
public final class IngestBenchmark implements Callable<Integer> {

    static final double TARGET = 0.85;

    /** Files per group, as ./aura360 ingest applies them. */
    static final int FILE_GROUP = 16;

    @Option(names = "--quick", description = "one round over the first 24 documents")
    private boolean quick;

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge", description = "knowledge base")
    private Path knowledge;

    @Override
    public Integer call() throws IOException {
        int rounds = quick ? 1 : 3;

        List<KnowledgeDocument> all = BenchCorpus.documents(knowledge);
        List<KnowledgeDocument> documents = quick ? all.subList(0, Math.min(24, all.size())) : all;
        List<String> passages = BenchCorpus.passages(documents);
        EmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();
        embeddings.embedDocuments(passages.subList(0, Math.min(16, passages.size())));

        long ceilingNanos = 0;
        long bulkNanos = 0;
        long perDocumentNanos = 0;
        int chunks = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            embeddings.embedDocuments(passages);
            ceilingNanos += System.nanoTime() - start;

            Path dir = Files.createTempDirectory("aura-ingest-bench");
            try (LuceneKnowledgeIndex index =
                    LuceneKnowledgeIndex.open(dir, embeddings.modelId(), embeddings.dimension())) {
                KnowledgeIngestor ingestor =
                        new KnowledgeIngestor(index, embeddings, new Chunker(BenchCorpus.CHUNK_CHARS));
                start = System.nanoTime();
                IngestReport report = ingestor.synchronise(documents, "bench");
                bulkNanos += System.nanoTime() - start;
                chunks = report.chunksEmbedded();
            } finally {
                delete(dir);
            }

            dir = Files.createTempDirectory("aura-ingest-bench");
            try (LuceneKnowledgeIndex index =
                    LuceneKnowledgeIndex.open(dir, embeddings.modelId(), embeddings.dimension())) {
                KnowledgeIngestor ingestor =
                        new KnowledgeIngestor(index, embeddings, new Chunker(BenchCorpus.CHUNK_CHARS));
                start = System.nanoTime();
                for (int from = 0; from < documents.size(); from += FILE_GROUP) {
                    ingestor.applyAll(
                            documents.subList(from, Math.min(documents.size(), from + FILE_GROUP)).stream()
                                    .map(d -> (SourceDocument) new SourceDocument.Published(d))
                                    .toList(),
                            "bench");
                }
                perDocumentNanos += System.nanoTime() - start;
            } finally {
                delete(dir);
            }
        }
        if (chunks != passages.size()) {
            throw new IllegalStateException(
                    "ingested " + chunks + " chunks but the ceiling embedded " + passages.size());
        }
        double ceiling = rate(passages.size(), rounds, ceilingNanos);
        double bulk = rate(chunks, rounds, bulkNanos);
        double perDocument = rate(chunks, rounds, perDocumentNanos);
        KeyValueReport.print("ingest.documents", (long) documents.size());
        KeyValueReport.print("ingest.chunks", (long) chunks);
        KeyValueReport.print("ingest.rounds", (long) rounds);
        KeyValueReport.print("ingest.embedding_ceiling_chunks_per_s", ceiling);
        KeyValueReport.print("ingest.bulk_chunks_per_s", bulk);
        KeyValueReport.print("ingest.file_groups_chunks_per_s", perDocument);
        KeyValueReport.print("ingest.ratio", bulk / ceiling);
        KeyValueReport.print("ingest.file_groups_ratio", perDocument / ceiling);
        KeyValueReport.print("ingest.target", TARGET);
        KeyValueReport.print("ingest.pass", Boolean.toString(bulk / ceiling >= TARGET));
        return 0;
    }

    private static double rate(int chunks, int rounds, long nanos) {
        return (double) chunks * rounds / (nanos / 1e9);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
