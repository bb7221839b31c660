package io.aura360.bench.embed;

import io.aura360.bench.corpus.BenchCorpus;
import io.aura360.bench.report.KeyValueReport;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Embedding throughput of our provider (bge-small through LangChain4j, with batching and normalisation) divided by
 * raw ONNX Runtime session calls on the same batch of knowledge-base passages, measured in the same run with the
 * rounds interleaved. The baseline is the faster of two raw ways (one padded batch call, or one call per text),
 * so the ratio is against the best the bare runtime does here. Target: ratio >= 0.9. Also checks the vectors agree.
 */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description =
                "Embedding throughput of our provider vs raw ONNX Runtime on the same batch (target ratio >= 0.9).")
public final class EmbedBenchmark implements Callable<Integer> {

    static final double TARGET = 0.9;

    @Option(names = "--quick", description = "fewer rounds and a batch of 32")
    private boolean quick;

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge", description = "knowledge base")
    private Path knowledge;

    @Option(names = "--batch", paramLabel = "N", description = "passages per batch (default 64, 32 with --quick)")
    private Integer batch;

    @Override
    public Integer call() throws Exception {
        int batchSize = (this.batch != null) ? this.batch : (quick ? 32 : 64);
        int rounds = quick ? 3 : 10;
        int warmup = quick ? 1 : 3;

        List<String> passages = BenchCorpus.passages(BenchCorpus.documents(knowledge));
        List<String> batch = passages.subList(0, Math.min(batchSize, passages.size()));
        BgeSmallEmbeddingProvider ours = new BgeSmallEmbeddingProvider();
        try (RawOnnxEmbedder raw = new RawOnnxEmbedder(
                BgeSmallEmbeddingProvider.MODEL_RESOURCE, BgeSmallEmbeddingProvider.TOKENIZER_RESOURCE)) {
            for (int i = 0; i < warmup; i++) {
                ours.embedDocuments(batch);
                raw.embedBatch(batch);
                raw.embedEach(batch);
            }
            long oursNanos = 0;
            long batchNanos = 0;
            long eachNanos = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                ours.embedDocuments(batch);
                oursNanos += System.nanoTime() - start;
                start = System.nanoTime();
                raw.embedBatch(batch);
                batchNanos += System.nanoTime() - start;
                start = System.nanoTime();
                raw.embedEach(batch);
                eachNanos += System.nanoTime() - start;
            }
            double oursRate = rate(batch.size(), rounds, oursNanos);
            double batchRate = rate(batch.size(), rounds, batchNanos);
            double eachRate = rate(batch.size(), rounds, eachNanos);
            double rawRate = Math.max(batchRate, eachRate);
            double ratio = oursRate / rawRate;
            KeyValueReport.print("embed.model", BgeSmallEmbeddingProvider.MODEL_ID);
            KeyValueReport.print("embed.batch_size", (long) batch.size());
            KeyValueReport.print("embed.rounds", (long) rounds);
            KeyValueReport.print("embed.cpus", (long) Runtime.getRuntime().availableProcessors());
            KeyValueReport.print("embed.ours_passages_per_s", oursRate);
            KeyValueReport.print("embed.baseline_raw_padded_batch_passages_per_s", batchRate);
            KeyValueReport.print("embed.baseline_raw_per_text_passages_per_s", eachRate);
            KeyValueReport.print("embed.baseline_raw_onnx_passages_per_s", rawRate);
            KeyValueReport.print("embed.ratio", ratio);
            KeyValueReport.print("embed.target", TARGET);
            List<float[]> reference = ours.embedDocuments(batch);
            KeyValueReport.print("embed.min_cosine_vs_raw_per_text", minCosine(reference, raw.embedEach(batch)));
            KeyValueReport.print("embed.min_cosine_vs_raw_padded_batch", minCosine(reference, raw.embedBatch(batch)));
            KeyValueReport.print("embed.pass", Boolean.toString(ratio >= TARGET));
        }
        return 0;
    }

    private static double rate(int passages, int rounds, long nanos) {
        return (double) passages * rounds / (nanos / 1e9);
    }

    private static double minCosine(List<float[]> a, List<float[]> b) {
        double min = 1;
        for (int i = 0; i < a.size(); i++) {
            double dot = 0;
            for (int d = 0; d < a.get(i).length; d++) {
                dot += a.get(i)[d] * b.get(i)[d];
            }
            min = Math.min(min, dot);
        }
        return min;
    }
}
