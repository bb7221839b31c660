package io.aura360.vector.ingest;

import io.aura360.vector.embedding.EmbeddingProgress;
import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.store.KnowledgeCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the collection in line with a set of documents: unchanged documents (same content hash) are skipped,
 * changed ones have all their chunks replaced atomically, and documents of the same origin that are gone are
 * removed. One commit at the end, so a crash midway leaves the previous state.
 */
public final class KnowledgeIngestor {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIngestor.class);

    /** Passages sent to the embedding model in one call when several documents changed. */
    private static final int EMBEDDING_BATCH = 64;

    private final KnowledgeCollection index;

    private final EmbeddingProvider embeddings;

    private final Chunker chunker;

    public KnowledgeIngestor(KnowledgeCollection index, EmbeddingProvider embeddings, Chunker chunker) {
        this.index = index;
        this.embeddings = embeddings;
        this.chunker = chunker;
    }

    public IngestReport synchronise(Collection<KnowledgeDocument> documents, String origin) {
        return synchronise(documents, origin, EmbeddingProgress.NONE);
    }

    /** As {@link #synchronise(Collection, String)}, telling {@code progress} the changed documents embedded so far. */
    public IngestReport synchronise(
            Collection<KnowledgeDocument> documents, String origin, EmbeddingProgress progress) {
        requireUniqueIds(documents.stream().map(KnowledgeDocument::id).toList());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<KnowledgeDocument> changed = new ArrayList<>();
        for (KnowledgeDocument document : documents) {
            Optional<String> stored = index.storedVersion(document.id());
            if (stored.isPresent() && stored.get().equals(document.version())) {
                unchanged++;
                continue;
            }
            changed.add(document);
            if (stored.isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        int chunks = embedAndReplace(changed, origin, progress);
        Set<String> present = documents.stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
        int removed = 0;
        for (String gone : index.documentIds(origin)) {
            if (!present.contains(gone)) {
                index.deleteDocument(gone);
                removed++;
            }
        }
        index.commit();
        IngestReport report = new IngestReport(added, updated, unchanged, removed, chunks);
        log.info("knowledge base synchronised: {}", report);
        return report;
    }

    /**
     * Applies one document and commits: published content is added, or replaces every chunk of an older version
     * in one atomic update (unchanged content is skipped without embedding); a withdrawn document's chunks are
     * deleted. Durable when this returns, so a job queue may acknowledge the document.
     */
    public Outcome apply(SourceDocument source, String origin) {
        return applyAll(List.of(source), origin).get(0);
    }

    /**
     * Applies several documents (distinct ids) as {@link #apply} does, embedding the chunks of the changed ones
     * together, with one commit at the end. Returns the outcomes in the order of {@code sources}.
     */
    public List<Outcome> applyAll(List<SourceDocument> sources, String origin) {
        requireUniqueIds(sources.stream().map(SourceDocument::id).toList());
        List<Outcome> outcomes = new ArrayList<>(sources.size());
        List<KnowledgeDocument> changed = new ArrayList<>();
        for (SourceDocument source : sources) {
            Outcome outcome = switch (source) {
                case SourceDocument.Published published -> publish(published.document(), changed);
                case SourceDocument.Unpublished unpublished -> unpublish(unpublished.id());
            };
            outcomes.add(outcome);
        }
        embedAndReplace(changed, origin, EmbeddingProgress.NONE);
        if (outcomes.stream().anyMatch(outcome -> outcome != Outcome.UNCHANGED && outcome != Outcome.ABSENT)) {
            index.commit();
        }
        return outcomes;
    }

    private Outcome publish(KnowledgeDocument document, List<KnowledgeDocument> changed) {
        Optional<String> stored = index.storedVersion(document.id());
        if (stored.isPresent() && stored.get().equals(document.version())) {
            return Outcome.UNCHANGED;
        }
        changed.add(document);
        return stored.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
    }

    private Outcome unpublish(String docId) {
        if (index.storedVersion(docId).isEmpty()) {
            return Outcome.ABSENT;
        }
        index.deleteDocument(docId);
        return Outcome.REMOVED;
    }

    /** What {@link #apply} did to one document. */
    public enum Outcome {
        ADDED,
        UPDATED,
        UNCHANGED,
        /** A withdrawn document's chunks were deleted. */
        REMOVED,
        /** A withdrawn document that was not in the collection. */
        ABSENT
    }

    /**
     * Chunks of several documents go to the model together: a document has only a few chunks, and a full batch
     * keeps every core busy (per-document calls left the model idle between small, uneven batches).
     */
    private int embedAndReplace(List<KnowledgeDocument> documents, String origin, EmbeddingProgress progress) {
        int embedded = 0;
        int done = 0;
        List<Chunked> pending = new ArrayList<>();
        int pendingPassages = 0;
        for (KnowledgeDocument document : documents) {
            Chunked chunked = chunked(document);
            pending.add(chunked);
            pendingPassages += chunked.chunks().size();
            if (pendingPassages >= EMBEDDING_BATCH) {
                embedded += embedAndReplace(pending, origin, pendingPassages);
                done += pending.size();
                progress.embedded(done, documents.size());
                pending.clear();
                pendingPassages = 0;
            }
        }
        embedded += embedAndReplace(pending, origin, pendingPassages);
        if (!pending.isEmpty()) {
            progress.embedded(documents.size(), documents.size());
        }
        return embedded;
    }

    private int embedAndReplace(List<Chunked> documents, String origin, int passageCount) {
        if (documents.isEmpty()) {
            return 0;
        }
        List<String> passages = new ArrayList<>(passageCount);
        documents.forEach(chunked -> passages.addAll(chunked.passages()));
        List<float[]> vectors = embeddings.embedDocuments(passages);
        int offset = 0;
        for (Chunked chunked : documents) {
            int count = chunked.chunks().size();
            index.replaceDocument(
                    chunked.document().id(),
                    chunked.document().storedChunks(origin, chunked.chunks()),
                    vectors.subList(offset, offset + count));
            offset += count;
        }
        return passages.size();
    }

    private Chunked chunked(KnowledgeDocument document) {
        return chunked(document, chunker);
    }

    private static Chunked chunked(KnowledgeDocument document, Chunker chunker) {
        return new Chunked(document, chunker.chunk(document.body(), Locale.forLanguageTag(document.locale())));
    }

    /** What the embedding model is given for {@code document} cut by {@code chunker}: one passage per chunk. */
    public static List<String> passages(KnowledgeDocument document, Chunker chunker) {
        return chunked(document, chunker).passages();
    }

    /** A document and its chunks; the title gives each chunk its context in the vector, the stored chunk stays verbatim. */
    private record Chunked(KnowledgeDocument document, List<String> chunks) {

        List<String> passages() {
            return chunks.stream().map(chunk -> document.title() + "\n" + chunk).toList();
        }
    }

    private static void requireUniqueIds(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate knowledge document id: " + id);
            }
        }
    }
}
