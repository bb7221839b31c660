package io.aura360.vector.reembed;

import io.aura360.vector.embedding.EmbeddingProgress;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.smoke.SmokeCheck;
import io.aura360.vector.smoke.SmokeReport;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.Generations;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.KnowledgeStore;
import io.aura360.vector.store.ServingCollection;
import io.aura360.vector.store.StoredChunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the served collection with the target embedding model: reads every chunk of the current generation,
 * embeds it into a new generation beside it, verifies that one with the smoke queries, and only then moves the
 * alias (one atomic step) and switches the serving collection. The old generation serves until the switch and is
 * kept afterwards as the rollback target; older ones are dropped. A generation that fails verification is
 * dropped and the old one keeps serving. One run at a time.
 */
public final class Reembedder {

    private static final Logger log = LoggerFactory.getLogger(Reembedder.class);

    private final KnowledgeStore store;

    private final ServingCollection serving;

    private final EmbeddingProvider target;

    private final SmokeCheck smoke;

    private final ReentrantLock running = new ReentrantLock();

    public Reembedder(KnowledgeStore store, ServingCollection serving, EmbeddingProvider target, SmokeCheck smoke) {
        this.store = store;
        this.serving = serving;
        this.target = target;
        this.smoke = smoke;
    }

    /** Whether the served collection holds vectors of another model (or dimension) than the target's. */
    public boolean needed() {
        CollectionSpec current = serving.current().spec();
        return !current.modelId().equals(target.modelId()) || current.dimension() != target.dimension();
    }

    /** Re-embeds when {@link #needed()} or when {@code force}d. */
    public ReembedOutcome run(boolean force) {
        return run(force, EmbeddingProgress.NONE);
    }

    /** As {@link #run(boolean)}, telling {@code progress} after each re-embedded document (the CLI's bar). */
    public ReembedOutcome run(boolean force, EmbeddingProgress progress) {
        if (!running.tryLock()) {
            throw new IllegalStateException("a re-embedding run is already in progress");
        }
        try {
            KnowledgeCollection old = serving.current();
            if (!force && !needed()) {
                return new ReembedOutcome.UpToDate(old.spec().name(), target.modelId());
            }
            return rebuild(old, progress);
        } finally {
            running.unlock();
        }
    }

    private ReembedOutcome rebuild(KnowledgeCollection old, EmbeddingProgress progress) {
        String name = Generations.next(serving.alias(), store.collectionNames());
        log.info("re-embedding {} into {} with {}", old.spec().name(), name, target.modelId());
        KnowledgeCollection next = store.create(new CollectionSpec(name, target.modelId(), target.dimension()));
        int chunks;
        SmokeReport report;
        try {
            chunks = copy(old, next, progress);
            report = smoke.run(next, target);
        } catch (RuntimeException ex) {
            store.drop(name);
            throw ex;
        }
        if (!report.passed()) {
            store.drop(name);
            ReembedOutcome rejected =
                    new ReembedOutcome.Rejected(serving.alias(), old.spec().name(), name, report.failures());
            log.warn(rejected.summary());
            return rejected;
        }
        store.pointAlias(serving.alias(), name);
        serving.switchTo(next);
        dropGenerationsBefore(old.spec().name(), name);
        ReembedOutcome swapped =
                new ReembedOutcome.Swapped(serving.alias(), old.spec().name(), name, target.modelId(), chunks);
        log.info(swapped.summary());
        return swapped;
    }

    /** Every chunk of {@code from}, document by document (a document's chunks are replaced together). */
    private int copy(KnowledgeCollection from, KnowledgeCollection to, EmbeddingProgress progress) {
        Map<String, List<StoredChunk>> byDocument = new LinkedHashMap<>();
        from.forEachChunk(chunk -> byDocument
                .computeIfAbsent(chunk.docId(), id -> new ArrayList<>())
                .add(chunk));
        int total = byDocument.values().stream().mapToInt(List::size).sum();
        int count = 0;
        for (Map.Entry<String, List<StoredChunk>> document : byDocument.entrySet()) {
            List<StoredChunk> chunks = document.getValue();
            to.replaceDocument(
                    document.getKey(),
                    chunks,
                    target.embedDocuments(
                            chunks.stream().map(StoredChunk::passage).toList()));
            count += chunks.size();
            progress.embedded(count, total);
        }
        to.commit();
        return count;
    }

    private void dropGenerationsBefore(String previous, String current) {
        for (String name : store.collectionNames()) {
            boolean generation = name.equals(serving.alias()) || name.startsWith(serving.alias() + "_g");
            if (generation && !name.equals(previous) && !name.equals(current)) {
                store.drop(name);
            }
        }
    }
}
