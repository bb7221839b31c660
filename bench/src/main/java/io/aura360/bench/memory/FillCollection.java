package io.aura360.bench.memory;

import io.aura360.bench.search.ClusteredVectors;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.ingest.KnowledgeDocument;
import io.aura360.vector.store.ServingCollection;
import io.aura360.vector.store.StoredChunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills a home's served collection with synthetic chunks, written as the product writes them (its store, its alias,
 * the default model's id and dimension), so a server started on that home serves a large knowledge base without
 * embedding it for hours: clustered unit vectors (the search benchmark's), ~600 characters of English or Spanish
 * wellbeing words per chunk (so keyword search has postings to walk), categories and locales spread evenly. For the
 * memory benchmark ({@code bench/memory.sh}); run it while no server holds the index.
 */
@Command(
        name = "fill-collection",
        mixinStandardHelpOptions = true,
        description = "Writes N synthetic chunks into a home's served Lucene collection (no server running).")
public final class FillCollection implements Callable<Integer> {

    private static final String[] ENGLISH = ("sleep rest breathing stress anxiety mood walking exercise strength "
                    + "stretching posture hydration water vegetables fruit protein fibre routine morning evening "
                    + "gratitude purpose values friends family connection journaling meditation mindfulness calm "
                    + "focus energy fatigue recovery balance habits screen light caffeine alcohol nutrition heart "
                    + "lungs muscles joints pain relief support community nature sunlight music reading")
            .split(" ");

    private static final String[] SPANISH = ("sueño descanso respiración estrés ansiedad ánimo caminar ejercicio "
                    + "fuerza estiramiento postura hidratación agua verduras fruta proteína fibra rutina mañana "
                    + "noche gratitud propósito valores amigos familia conexión diario meditación atención calma "
                    + "enfoque energía cansancio recuperación equilibrio hábitos pantalla luz cafeína alcohol "
                    + "nutrición corazón pulmones músculos articulaciones dolor alivio apoyo comunidad naturaleza")
            .split(" ");

    private static final String[] CATEGORIES = {"mind", "body", "soul"};

    private static final String[] LOCALES = {"en", "es"};

    private static final int CHUNKS_PER_DOCUMENT = 4;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "the home's index directory")
    private Path index;

    @Option(names = "--chunks", defaultValue = "100000", description = "chunks to write (default ${DEFAULT-VALUE})")
    private int chunks;

    @Option(names = "--collection", defaultValue = "holistic_memory", description = "the served alias")
    private String collection;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        ClusteredVectors vectors = ClusteredVectors.generate(chunks, BgeSmallEmbeddingProvider.DIMENSION, 500, 42);
        SplittableRandom random = new SplittableRandom(7);
        try (LuceneKnowledgeStore store = new LuceneKnowledgeStore(index)) {
            ServingCollection serving = ServingCollection.open(
                    store, collection, BgeSmallEmbeddingProvider.MODEL_ID, BgeSmallEmbeddingProvider.DIMENSION);
            for (int first = 0; first < chunks; first += CHUNKS_PER_DOCUMENT) {
                int count = Math.min(CHUNKS_PER_DOCUMENT, chunks - first);
                String category = CATEGORIES[vectors.category()[first] % CATEGORIES.length];
                String locale = LOCALES[vectors.locale()[first] % LOCALES.length];
                List<String> texts = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    texts.add(text(random, locale.equals("es") ? SPANISH : ENGLISH));
                }
                String id = "bench-" + (first / CHUNKS_PER_DOCUMENT);
                KnowledgeDocument document = new KnowledgeDocument(
                        id,
                        "Synthetic note " + id,
                        category,
                        locale,
                        "article",
                        0.8,
                        "https://example.org/" + id,
                        String.join("\n\n", texts));
                List<StoredChunk> stored = document.storedChunks("bench", texts);
                serving.replaceDocument(
                        id, stored, Arrays.asList(vectors.vectors()).subList(first, first + count));
            }
            serving.commit();
            System.out.println("chunks_written=" + chunks);
            System.out.println("collection_chunks=" + serving.chunkCount());
        }
        System.out.printf("fill_seconds=%.1f%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** About 600 characters of words from {@code words}, in sentences. */
    private static String text(SplittableRandom random, String[] words) {
        StringBuilder text = new StringBuilder(640);
        while (text.length() < 600) {
            int length = 6 + random.nextInt(8);
            for (int w = 0; w < length; w++) {
                String word = words[random.nextInt(words.length)];
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                text.append(w == length - 1 ? ". " : " ");
            }
        }
        return text.toString().strip();
    }
}
