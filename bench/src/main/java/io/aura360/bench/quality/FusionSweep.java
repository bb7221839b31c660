package io.aura360.bench.quality;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.aura360.bench.report.KeyValueReport;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.embedding.LangChainEmbeddingProvider;
import io.aura360.vector.evaluation.EvalQuery;
import io.aura360.vector.evaluation.EvalSplit;
import io.aura360.vector.evaluation.LabelledSet;
import io.aura360.vector.evaluation.RetrievalEvaluation;
import io.aura360.vector.evaluation.RetrievalEvaluation.Candidates;
import io.aura360.vector.search.AdaptiveFusion;
import io.aura360.vector.search.AdaptiveFusion.Method;
import io.aura360.vector.search.FusionEvidence;
import io.aura360.vector.search.FusionEvidence.LanguageRelation;
import io.aura360.vector.search.FusionWeights;
import io.aura360.vector.search.HybridFusion;
import io.aura360.vector.store.IndexedChunk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Chooses the hybrid fusion on the dev halves of the labelled sets ({@link EvalSplit}): every query is searched
 * once per ranking (HNSW dense, exact dense, BM25, {@link #DEPTH} chunks each, as hybrid search fetches them),
 * then every fusion method and dense weight is scored on those lists. The dense weight of each
 * {@link LanguageRelation} is chosen per method to maximise the mean over sets of the set's nDCG@10 (a query's
 * fused ranking depends only on its own weight, so the relations are tuned independently). Prints the tuned
 * alternatives side by side with the single modes and the fixed per-locale fusion it replaces.
 */
@Command(
        name = "retrieval-fusion-sweep",
        mixinStandardHelpOptions = true,
        description = "Tunes and compares hybrid fusion methods on the dev split of the labelled sets.")
public final class FusionSweep implements Callable<Integer> {

    /** Hybrid search fetches 4 x top_k candidates per ranking; the evaluation asks for 50 chunks. */
    private static final int DEPTH = 200;

    private static final double[] WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

    /** 0 = never, a large number = always (the instruction is given to queries of at most this many words). */
    private static final int[] INSTRUCTION_MAX_WORDS = {0, 3, 5, 8, 12, 1000};

    private static final double[] SHIFTS = {-0.2, -0.1, 0, 0.1, 0.2};

    @Option(names = "--quick", description = "sample 150 queries per external set (MedQuAD: over 950 documents)")
    private boolean quick;

    @Option(
            names = "--sample-sets",
            split = ",",
            description =
                    "sample only these sets as --quick would (e.g. medquad-dev, whose full corpus is 5,588 documents)")
    private List<String> sampleSets = List.of();

    @Option(names = "--split", defaultValue = "dev", description = "dev (default) or test")
    private String split;

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge")
    private Path knowledge;

    @Option(names = "--external", paramLabel = "DIR", defaultValue = "../shared/eval")
    private Path external;

    @Option(names = "--sets", split = ",", description = "only these sets; default: all")
    private List<String> sets = List.of();

    @Override
    public Integer call() throws IOException {
        EmbeddingProvider embeddings = new BgeSmallEmbeddingProvider();
        BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
        EmbeddingProvider withoutInstruction = new LangChainEmbeddingProvider(
                BgeSmallEmbeddingProvider.MODEL_ID,
                BgeSmallEmbeddingProvider.DIMENSION,
                model,
                model,
                LangChainEmbeddingProvider.Prefixes.NONE,
                1);
        EmbeddingProvider alwaysInstruction = new LangChainEmbeddingProvider(
                BgeSmallEmbeddingProvider.MODEL_ID,
                BgeSmallEmbeddingProvider.DIMENSION,
                model,
                model,
                new LangChainEmbeddingProvider.Prefixes(BgeSmallEmbeddingProvider.QUERY_INSTRUCTION, ""),
                1);
        EvalSplit part = EvalSplit.parse(split);
        BenchOptions options = new BenchOptions(quick, knowledge, external, Set.copyOf(sets));
        List<SetRun> runs = new ArrayList<>();
        List<LabelledSet> sets = new ArrayList<>(LabelledSets.load(options, part));
        if (!sampleSets.isEmpty()) {
            sets.replaceAll(set -> sampleSets.contains(set.name())
                    ? set.sample(options.sampleQueries(), options.sampleDistractors(), LabelledSets.SEED)
                    : set);
        }
        for (LabelledSet set : sets) {
            try (ScratchEvaluation scratch = ScratchEvaluation.ingest(set, embeddings)) {
                runs.add(SetRun.measure(scratch.evaluation(), withoutInstruction, alwaysInstruction));
            }
        }
        KeyValueReport.print("fusion_sweep.split", part.name().toLowerCase(Locale.ROOT));
        report(runs);
        return 0;
    }

    private static void report(List<SetRun> runs) {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        for (SetRun run : runs) {
            rows.computeIfAbsent("bm25", k -> new LinkedHashMap<>()).put(run.name, run.mean(q -> q.bm25));
            rows.computeIfAbsent("dense (hnsw)", k -> new LinkedHashMap<>()).put(run.name, run.mean(q -> q.dense));
            rows.computeIfAbsent("dense (exact)", k -> new LinkedHashMap<>()).put(run.name, run.mean(q -> q.exact));
            rows.computeIfAbsent("before: rrf per locale", k -> new LinkedHashMap<>())
                    .put(run.name, run.mean(q -> q.byLocale));
            for (int w = 0; w < SECOND_CHUNK_WEIGHTS.length; w++) {
                int index = w;
                rows.computeIfAbsent(
                                String.format(
                                        Locale.ROOT,
                                        "hybrid (shipped), document = best + %.2f x second chunk",
                                        SECOND_CHUNK_WEIGHTS[w]),
                                k -> new LinkedHashMap<>())
                        .put(run.name, run.mean(q -> q.hybridDefaultSecondChunk[index]));
            }
        }
        for (Method method : Method.values()) {
            Map<LanguageRelation, Integer> best = new EnumMap<>(LanguageRelation.class);
            for (LanguageRelation relation : LanguageRelation.values()) {
                best.put(relation, bestWeight(runs, method, relation));
            }
            int bestShift = 2;
            double bestTotal = -1;
            for (int s = 0; s < SHIFTS.length; s++) {
                double total = total(runs, method, best, s);
                if (total > bestTotal + 1e-9) {
                    bestTotal = total;
                    bestShift = s;
                }
            }
            String label = String.format(
                    Locale.ROOT,
                    "%s w(model,other,cross,unknown)=%.1f,%.1f,%.1f,%.1f",
                    method.name().toLowerCase(Locale.ROOT),
                    WEIGHTS[best.get(LanguageRelation.MODEL_LANGUAGE)],
                    WEIGHTS[best.get(LanguageRelation.OTHER_LANGUAGE)],
                    WEIGHTS[best.get(LanguageRelation.CROSS_LANGUAGE)],
                    WEIGHTS[best.get(LanguageRelation.UNKNOWN)]);
            int shift = bestShift;
            for (SetRun run : runs) {
                rows.computeIfAbsent(label, k -> new LinkedHashMap<>())
                        .put(run.name, run.mean(q -> q.fused.get(method)[best.get(q.relation)]));
                rows.computeIfAbsent(
                                label + String.format(Locale.ROOT, " short%+.1f", SHIFTS[bestShift]),
                                k -> new LinkedHashMap<>())
                        .put(
                                run.name,
                                run.mean(q ->
                                        q.fused.get(method)[shifted(best.get(q.relation), q.shortQuery ? shift : 2)]));
            }
        }
        rows.computeIfAbsent("default hybrid (" + describe(AdaptiveFusion.DEFAULT) + ")", k -> new LinkedHashMap<>());
        for (SetRun run : runs) {
            rows.get("default hybrid (" + describe(AdaptiveFusion.DEFAULT) + ")")
                    .put(run.name, run.mean(q -> q.hybridDefault));
        }
        for (int maxWords : INSTRUCTION_MAX_WORDS) {
            for (SetRun run : runs) {
                rows.computeIfAbsent("dense, instruction if <= " + maxWords + " words", k -> new LinkedHashMap<>())
                        .put(run.name, run.mean(q -> q.dense(maxWords)));
                rows.computeIfAbsent(
                                "default hybrid, instruction if <= " + maxWords + " words", k -> new LinkedHashMap<>())
                        .put(run.name, run.mean(q -> q.hybrid(maxWords)));
            }
        }
        System.out.println();
        System.out.print(String.format(Locale.ROOT, "%-62s", "nDCG@10"));
        runs.forEach(r -> System.out.print(String.format(Locale.ROOT, " %16s", r.name)));
        System.out.println(String.format(Locale.ROOT, " %8s", "mean"));
        rows.forEach((label, bySet) -> {
            System.out.print(String.format(Locale.ROOT, "%-62s", label));
            bySet.values().forEach(v -> System.out.print(String.format(Locale.ROOT, " %16.4f", v)));
            System.out.println(String.format(
                    Locale.ROOT,
                    " %8.4f",
                    bySet.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .average()
                            .orElse(0)));
        });
        for (SetRun run : runs) {
            KeyValueReport.print(
                    "fusion_sweep." + run.name + ".hnsw_loss_vs_exact",
                    run.mean(q -> q.exact) - run.mean(q -> q.dense));
            for (LanguageRelation relation : LanguageRelation.values()) {
                long n =
                        run.queries.stream().filter(q -> q.relation == relation).count();
                if (n > 0) {
                    KeyValueReport.print(
                            "fusion_sweep." + run.name + ".queries."
                                    + relation.name().toLowerCase(Locale.ROOT),
                            n);
                }
            }
        }
    }

    private static String describe(AdaptiveFusion fusion) {
        return fusion.method().name().toLowerCase(Locale.ROOT) + " "
                + fusion.denseWeights().values();
    }

    private static int shifted(int weightIndex, int shiftIndex) {
        int steps = (int) Math.round(SHIFTS[shiftIndex] * 10);
        return Math.clamp(weightIndex + steps, 0, WEIGHTS.length - 1);
    }

    private static double total(List<SetRun> runs, Method method, Map<LanguageRelation, Integer> best, int shift) {
        return runs.stream()
                .mapToDouble(run ->
                        run.mean(q -> q.fused.get(method)[shifted(best.get(q.relation), q.shortQuery ? shift : 2)]))
                .sum();
    }

    /** The weight index that maximises the sum over sets of each set's share of nDCG from this relation. */
    private static int bestWeight(List<SetRun> runs, Method method, LanguageRelation relation) {
        int best = 5;
        double bestScore = -1;
        for (int w = 0; w < WEIGHTS.length; w++) {
            double score = 0;
            for (SetRun run : runs) {
                for (QueryRun q : run.queries) {
                    if (q.relation == relation) {
                        score += q.fused.get(method)[w] / run.queries.size();
                    }
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = w;
            }
        }
        return best;
    }

    private record SetRun(String name, List<QueryRun> queries) {

        static SetRun measure(
                RetrievalEvaluation evaluation,
                EmbeddingProvider withoutInstruction,
                EmbeddingProvider alwaysInstruction) {
            List<QueryRun> queries = new ArrayList<>();
            for (EvalQuery query : evaluation.set().queries()) {
                Candidates c = evaluation.candidates(query, DEPTH);
                Candidates plain = evaluation.candidates(query, DEPTH, withoutInstruction);
                Candidates always = evaluation.candidates(query, DEPTH, alwaysInstruction);
                FusionEvidence evidence = FusionEvidence.of(query.text(), query.locale());
                List<IndexedChunk> shipped = AdaptiveFusion.DEFAULT.fuse(c.dense(), c.lexical(), evidence, DEPTH);
                Map<Method, double[]> fused = new EnumMap<>(Method.class);
                for (Method method : Method.values()) {
                    double[] byWeight = new double[WEIGHTS.length];
                    for (int w = 0; w < WEIGHTS.length; w++) {
                        HybridFusion fusion = new AdaptiveFusion(
                                method,
                                AdaptiveFusion.weights(WEIGHTS[w], WEIGHTS[w], WEIGHTS[w], WEIGHTS[w]),
                                0,
                                "en");
                        byWeight[w] = evaluation
                                .scoreChunks(query, fusion.fuse(c.dense(), c.lexical(), evidence, DEPTH))
                                .ndcg();
                    }
                    fused.put(method, byWeight);
                }
                queries.add(new QueryRun(
                        evidence.relation("en"),
                        evidence.queryWords() <= AdaptiveFusion.SHORT_QUERY_WORDS,
                        evaluation.scoreChunks(query, c.lexical()).ndcg(),
                        evaluation.scoreChunks(query, c.dense()).ndcg(),
                        evaluation.scoreChunks(query, c.exactDense()).ndcg(),
                        evaluation
                                .scoreChunks(
                                        query, FusionWeights.BY_LOCALE.fuse(c.dense(), c.lexical(), evidence, DEPTH))
                                .ndcg(),
                        fused,
                        evaluation.scoreChunks(query, plain.dense()).ndcg(),
                        evaluation.scoreChunks(query, shipped).ndcg(),
                        evaluation
                                .scoreChunks(
                                        query,
                                        AdaptiveFusion.DEFAULT.fuse(plain.dense(), plain.lexical(), evidence, DEPTH))
                                .ndcg(),
                        evaluation.scoreChunks(query, always.dense()).ndcg(),
                        evaluation
                                .scoreChunks(
                                        query,
                                        AdaptiveFusion.DEFAULT.fuse(always.dense(), always.lexical(), evidence, DEPTH))
                                .ndcg(),
                        secondChunkCredit(evaluation, query, shipped),
                        evidence.queryWords()));
            }
            return new SetRun(evaluation.set().name(), queries);
        }

        double mean(java.util.function.ToDoubleFunction<QueryRun> metric) {
            return queries.stream().mapToDouble(metric).average().orElse(0);
        }
    }

    /** Credit for a document's second chunk, 0 being max (the shipped document ranking). */
    private static final double[] SECOND_CHUNK_WEIGHTS = {0, 0.25, 0.5, 1};

    private static double[] secondChunkCredit(
            RetrievalEvaluation evaluation, EvalQuery query, List<IndexedChunk> fused) {
        double[] ndcg = new double[SECOND_CHUNK_WEIGHTS.length];
        for (int w = 0; w < ndcg.length; w++) {
            ndcg[w] = evaluation
                    .scoreChunks(query, new SecondChunkCredit(SECOND_CHUNK_WEIGHTS[w]).rank(fused))
                    .ndcg();
        }
        return ndcg;
    }

    private record QueryRun(
            LanguageRelation relation,
            boolean shortQuery,
            double bm25,
            double dense,
            double exact,
            double byLocale,
            Map<Method, double[]> fused,
            double denseWithoutInstruction,
            double hybridDefault,
            double hybridDefaultWithoutInstruction,
            double denseWithInstruction,
            double hybridDefaultWithInstruction,
            double[] hybridDefaultSecondChunk,
            int words) {

        /** Dense nDCG when the instruction is given to queries of at most {@code maxWords} words only. */
        double dense(int maxWords) {
            return (words <= maxWords) ? denseWithInstruction : denseWithoutInstruction;
        }

        double hybrid(int maxWords) {
            return (words <= maxWords) ? hybridDefaultWithInstruction : hybridDefaultWithoutInstruction;
        }
    }
}
