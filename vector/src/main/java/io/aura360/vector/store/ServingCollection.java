package io.aura360.vector.store;

import io.aura360.contracts.vector.SearchFilters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * The collection searches and ingestion use, reached through an alias: re-embedding builds the next generation
 * beside it and {@link #switchTo switches} in one step after moving the alias, so requests see the old or the new
 * collection and never a half-built one. Reports the alias as its name, the stable name clients know.
 */
public final class ServingCollection implements KnowledgeCollection {

    private final String alias;

    private volatile KnowledgeCollection current;

    private ServingCollection(String alias, KnowledgeCollection current) {
        this.alias = alias;
        this.current = current;
    }

    /**
     * The collection behind {@code alias}; on first use (no alias and no collection of that name) creates
     * generation 1 for {@code modelId} and points the alias at it.
     */
    public static ServingCollection open(KnowledgeStore store, String alias, String modelId, int dimension) {
        Optional<KnowledgeCollection> existing = store.open(alias);
        if (existing.isPresent()) {
            return new ServingCollection(alias, existing.get());
        }
        KnowledgeCollection first = store.create(new CollectionSpec(Generations.name(alias, 1), modelId, dimension));
        store.pointAlias(alias, first.spec().name());
        return new ServingCollection(alias, first);
    }

    public String alias() {
        return alias;
    }

    /** The collection currently served (its real name, not the alias). */
    public KnowledgeCollection current() {
        return current;
    }

    public void switchTo(KnowledgeCollection next) {
        current = next;
    }

    @Override
    public CollectionSpec spec() {
        CollectionSpec target = current.spec();
        return new CollectionSpec(alias, target.modelId(), target.dimension());
    }

    @Override
    public void replaceDocument(String docId, List<StoredChunk> chunks, List<float[]> vectors) {
        current.replaceDocument(docId, chunks, vectors);
    }

    @Override
    public void deleteDocument(String docId) {
        current.deleteDocument(docId);
    }

    @Override
    public void deleteWhere(SearchFilters filters) {
        current.deleteWhere(filters);
    }

    @Override
    public void commit() {
        current.commit();
    }

    @Override
    public List<StoredChunk> chunks(Collection<String> sourceIds) {
        return current.chunks(sourceIds);
    }

    @Override
    public Optional<String> storedVersion(String docId) {
        return current.storedVersion(docId);
    }

    @Override
    public SortedSet<String> documentIds(String origin) {
        return current.documentIds(origin);
    }

    @Override
    public int chunkCount() {
        return current.chunkCount();
    }

    @Override
    public void forEachChunk(Consumer<StoredChunk> visitor) {
        current.forEachChunk(visitor);
    }

    @Override
    public List<IndexedChunk> dense(float[] vector, SearchFilters filters, int limit) {
        return current.dense(vector, filters, limit);
    }

    @Override
    public List<IndexedChunk> keyword(String text, SearchFilters filters, int limit) {
        return current.keyword(text, filters, limit);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>(current.describe());
        description.put("name", alias);
        description.put("collection", current.spec().name());
        return description;
    }
}
