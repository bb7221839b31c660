package io.aura360.bench.search;

import io.aura360.bench.report.KeyValueReport;
import io.aura360.vector.store.HnswSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run.sh search [--quick] [--m M] [--beam B]}: HNSW recall@10 against exact search, unfiltered
 * and with a category+locale filter, for a sweep of efSearch (Lucene's k: candidates walked, best 10 kept);
 * then queries/s and latency of HNSW at the product's efSearch against brute force, measured in the same run.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "HNSW vs exact search at 100k x 384 clustered vectors (20k with --quick): recall@10, queries/s"
                + " and latency.")
public final class SearchBenchmark implements Callable<Integer> {

    private static final int DIMENSION = 384;
    private static final int TOP_K = 10;
    private static final long SEED = 360;
    private static final int[] EF_SEARCH_SWEEP = {10, 20, 40, 60, 100, 160};

    /** The product's efSearch for top_k 10 (max(4 x top_k, 40)), see docs/vector.md. */
    static final int PRODUCT_EF_SEARCH = HnswSettings.efSearch(TOP_K);

    @Option(names = "--quick", description = "20k vectors and 100 queries instead of 100k and 400")
    private boolean quick;

    @Option(names = "--m", paramLabel = "M", description = "HNSW max connections (default: the product's)")
    private int maxConn = HnswSettings.MAX_CONN;

    @Option(names = "--beam", paramLabel = "B", description = "HNSW beam width (default: the product's)")
    private int beamWidth = HnswSettings.BEAM_WIDTH;

    @Option(names = "--ef", paramLabel = "EF", description = "efSearch timed (default: the product's for top 10)")
    private int efSearch = PRODUCT_EF_SEARCH;

    @Override
    public Integer call() throws IOException {
        int count = quick ? 20_000 : 100_000;
        int queries = quick ? 100 : 400;
        int clusters = count / 250;

        ClusteredVectors corpus = ClusteredVectors.generate(count, DIMENSION, clusters, SEED);
        float[][] query = ClusteredVectors.queries(queries, DIMENSION, corpus, SEED + 1);
        int[] category = new int[queries];
        int[] locale = new int[queries];
        for (int q = 0; q < queries; q++) {
            category[q] = q % ClusteredVectors.CATEGORIES;
            locale[q] = (q / ClusteredVectors.CATEGORIES) % ClusteredVectors.LOCALES;
        }
        KeyValueReport.print("vectors", count);
        KeyValueReport.print("dimension", DIMENSION);
        KeyValueReport.print("clusters", clusters);
        KeyValueReport.print("queries", queries);
        KeyValueReport.print("hnsw_m", maxConn);
        KeyValueReport.print("hnsw_beam_width", beamWidth);

        ExactSearch exact = new ExactSearch(corpus);
        int[][] truth = new int[queries][];
        int[][] filteredTruth = new int[queries][];
        for (int q = 0; q < queries; q++) {
            truth[q] = exact.topK(query[q], TOP_K, -1, -1);
            filteredTruth[q] = exact.topK(query[q], TOP_K, category[q], locale[q]);
        }

        Path dir = Files.createTempDirectory("aura360-search-bench");
        long buildStart = System.nanoTime();
        try (HnswIndex hnsw = HnswIndex.build(dir, corpus, maxConn, beamWidth)) {
            KeyValueReport.print("hnsw_build_seconds", (System.nanoTime() - buildStart) / 1e9);
            for (int ef : EF_SEARCH_SWEEP) {
                KeyValueReport.print("recall_at_10_ef" + ef, recall(hnsw, query, truth, ef, null, null));
                KeyValueReport.print(
                        "recall_at_10_filtered_ef" + ef, recall(hnsw, query, filteredTruth, ef, category, locale));
            }
            KeyValueReport.print("ef_search", efSearch);
            double recall = recall(hnsw, query, truth, efSearch, null, null);
            double filteredRecall = recall(hnsw, query, filteredTruth, efSearch, category, locale);
            KeyValueReport.print("recall_at_10", recall);
            KeyValueReport.print("recall_at_10_filtered", filteredRecall);

            long[] hnswNanos = timeHnsw(hnsw, query, efSearch, null, null);
            long[] hnswFilteredNanos = timeHnsw(hnsw, query, efSearch, category, locale);
            int exactQueries = Math.min(queries, quick ? 40 : 100);
            long[] exactNanos = timeExact(exact, query, exactQueries, null, null);
            long[] exactFilteredNanos = timeExact(exact, query, exactQueries, category, locale);
            report("hnsw", hnswNanos);
            report("hnsw_filtered", hnswFilteredNanos);
            report("baseline_exact", exactNanos);
            report("baseline_exact_filtered", exactFilteredNanos);
            double speedup = qps(hnswNanos) / qps(exactNanos);
            double filteredSpeedup = qps(hnswFilteredNanos) / qps(exactFilteredNanos);
            KeyValueReport.print("ratio_hnsw_qps_vs_exact", speedup);
            KeyValueReport.print("ratio_hnsw_filtered_qps_vs_exact_filtered", filteredSpeedup);
            boolean pass = recall >= 0.98 && filteredRecall >= 0.95 && speedup >= 20;
            KeyValueReport.print("targets", pass ? "met" : "missed");
        } finally {
            deleteRecursively(dir);
        }
        return 0;
    }

    private static double recall(HnswIndex hnsw, float[][] query, int[][] truth, int ef, int[] category, int[] locale)
            throws IOException {
        long found = 0;
        long expected = 0;
        for (int q = 0; q < query.length; q++) {
            int[] got = hnsw.topK(
                    query[q], TOP_K, ef, category == null ? -1 : category[q], locale == null ? -1 : locale[q]);
            for (int id : truth[q]) {
                expected++;
                if (Arrays.stream(got).anyMatch(g -> g == id)) {
                    found++;
                }
            }
        }
        return (double) found / expected;
    }

    private static long[] timeHnsw(HnswIndex hnsw, float[][] query, int ef, int[] category, int[] locale)
            throws IOException {
        long[] nanos = new long[query.length];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT and the page cache
            for (int q = 0; q < query.length; q++) {
                long start = System.nanoTime();
                hnsw.topK(query[q], TOP_K, ef, category == null ? -1 : category[q], locale == null ? -1 : locale[q]);
                nanos[q] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static long[] timeExact(ExactSearch exact, float[][] query, int count, int[] category, int[] locale) {
        long[] nanos = new long[count];
        for (int round = 0; round < 2; round++) {
            for (int q = 0; q < count; q++) {
                long start = System.nanoTime();
                exact.topK(query[q], TOP_K, category == null ? -1 : category[q], locale == null ? -1 : locale[q]);
                nanos[q] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        KeyValueReport.print(name + "_qps", qps(nanos));
        KeyValueReport.print(name + "_p50_ms", sorted[sorted.length / 2] / 1e6);
        KeyValueReport.print(name + "_p99_ms", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
    }

    private static double qps(long[] nanos) {
        return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
