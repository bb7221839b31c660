package io.aura360.vector.qdrant;

import io.aura360.contracts.vector.SearchFilters;
import io.aura360.vector.qdrant.Bm25SparseEncoder.SparseTerms;
import io.aura360.vector.store.CollectionSpec;
import io.aura360.vector.store.HnswSettings;
import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.StoredChunk;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.VectorFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.SearchParams;
import io.qdrant.client.grpc.Points.UpsertPoints;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A Qdrant collection: named vectors {@code dense} (cosine) and {@code bm25} (sparse, IDF modifier), payload as in
 * {@link QdrantPayload}. Point ids are UUIDs derived from the chunk's source id, so re-ingesting a chunk overwrites
 * it. Qdrant has no multi-request transaction: a replacement upserts the new chunks first (wait=true) and then
 * deletes the document's chunks of any other version, so a reader never finds the document missing, at worst for
 * a moment with a stale extra chunk. Writes wait for the server, so {@link #commit()} has nothing left to do.
 */
final class QdrantCollection implements KnowledgeCollection {

    static final String DENSE = "dense";

    static final String SPARSE = "bm25";

    private static final int PAGE = 256;

    private final QdrantClient client;

    private final CollectionSpec spec;

    private final Bm25SparseEncoder bm25 = new Bm25SparseEncoder();

    QdrantCollection(QdrantClient client, CollectionSpec spec) {
        this.client = client;
        this.spec = spec;
    }

    @Override
    public CollectionSpec spec() {
        return spec;
    }

    @Override
    public void replaceDocument(String docId, List<StoredChunk> chunks, List<float[]> vectors) {
        if (chunks.size() != vectors.size()) {
            throw new IllegalArgumentException("one vector per chunk is required");
        }
        List<PointStruct> points = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            points.add(point(chunks.get(i), requireDimension(vectors.get(i))));
        }
        if (!points.isEmpty()) {
            QdrantCalls.await(
                    client.upsertAsync(UpsertPoints.newBuilder()
                            .setCollectionName(spec.name())
                            .setWait(true)
                            .addAllPoints(points)
                            .build()),
                    "upsert into " + spec.name());
        }
        String version = chunks.isEmpty() ? "" : chunks.get(0).docVersion();
        delete(QdrantFilters.staleChunks(docId, version));
    }

    private PointStruct point(StoredChunk chunk, float[] vector) {
        SparseTerms terms = bm25.document(chunk.passage(), chunk.locale());
        return PointStruct.newBuilder()
                .setId(pointId(chunk.sourceId()))
                .setVectors(VectorsFactory.namedVectors(Map.of(
                        DENSE,
                        VectorFactory.vector(vector),
                        SPARSE,
                        VectorFactory.vector(terms.values(), terms.indices()))))
                .putAllPayload(QdrantPayload.of(chunk, spec.modelId()))
                .build();
    }

    static PointId pointId(String sourceId) {
        return PointIdFactory.id(UUID.nameUUIDFromBytes(sourceId.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void deleteDocument(String docId) {
        delete(QdrantFilters.docId(docId));
    }

    @Override
    public void deleteWhere(SearchFilters filters) {
        Filter filter = QdrantFilters.of(filters);
        if (filter.getMustCount() == 0) {
            throw new IllegalArgumentException("deleting by filter needs at least one filter field");
        }
        delete(filter);
    }

    private void delete(Filter filter) {
        QdrantCalls.await(client.deleteAsync(spec.name(), filter), "delete from " + spec.name());
    }

    @Override
    public void commit() {
        // every write above waited for Qdrant to apply it
    }

    @Override
    public Optional<String> storedVersion(String docId) {
        ScrollResponse page = scroll(QdrantFilters.docId(docId), null, 1);
        return page.getResultList().stream()
                .findFirst()
                .map(p -> QdrantPayload.text(p.getPayloadMap(), QdrantPayload.DOC_VERSION));
    }

    @Override
    public SortedSet<String> documentIds(String origin) {
        SortedSet<String> ids = new TreeSet<>();
        scrollAll(QdrantFilters.origin(origin), payload -> ids.add(QdrantPayload.text(payload, QdrantPayload.DOC_ID)));
        return ids;
    }

    @Override
    public int chunkCount() {
        return Math.toIntExact(QdrantCalls.await(client.countAsync(spec.name(), null, true), "count " + spec.name()));
    }

    @Override
    public List<StoredChunk> chunks(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        List<PointId> ids = sourceIds.stream().map(QdrantCollection::pointId).toList();
        return QdrantCalls.await(
                        client.retrieveAsync(spec.name(), ids, true, false, null), "retrieve from " + spec.name())
                .stream()
                .map(point -> QdrantPayload.chunk(point.getPayloadMap()))
                .toList();
    }

    @Override
    public void forEachChunk(Consumer<StoredChunk> visitor) {
        scrollAll(Filter.getDefaultInstance(), payload -> visitor.accept(QdrantPayload.chunk(payload)));
    }

    private void scrollAll(Filter filter, Consumer<Map<String, Value>> visitor) {
        PointId offset = null;
        do {
            ScrollResponse page = scroll(filter, offset, PAGE);
            page.getResultList().stream().map(RetrievedPoint::getPayloadMap).forEach(visitor);
            offset = page.hasNextPageOffset() ? page.getNextPageOffset() : null;
        } while (offset != null);
    }

    private ScrollResponse scroll(Filter filter, PointId offset, int limit) {
        ScrollPoints.Builder request = ScrollPoints.newBuilder()
                .setCollectionName(spec.name())
                .setFilter(filter)
                .setLimit(limit)
                .setWithPayload(WithPayloadSelectorFactory.enable(true));
        if (offset != null) {
            request.setOffset(offset);
        }
        return QdrantCalls.await(client.scrollAsync(request.build()), "scroll " + spec.name());
    }

    @Override
    public List<IndexedChunk> dense(float[] vector, SearchFilters filters, int limit) {
        requireDimension(vector);
        return query(QueryPoints.newBuilder()
                .setQuery(QueryFactory.nearest(vector))
                .setUsing(DENSE)
                .setParams(SearchParams.newBuilder().setHnswEf(HnswSettings.efSearch(limit)))
                .setFilter(QdrantFilters.of(filters))
                .setLimit(limit));
    }

    @Override
    public List<IndexedChunk> keyword(String text, SearchFilters filters, int limit) {
        SparseTerms terms = bm25.query(text, filters.locale());
        if (terms.isEmpty()) {
            return List.of();
        }
        return query(QueryPoints.newBuilder()
                .setQuery(QueryFactory.nearest(terms.values(), terms.indices()))
                .setUsing(SPARSE)
                .setFilter(QdrantFilters.of(filters))
                .setLimit(limit));
    }

    private List<IndexedChunk> query(QueryPoints.Builder request) {
        List<ScoredPoint> points = QdrantCalls.await(
                client.queryAsync(request.setCollectionName(spec.name())
                        .setWithPayload(WithPayloadSelectorFactory.enable(true))
                        .build()),
                "search " + spec.name());
        return points.stream()
                .map(p -> QdrantPayload.hit(p.getPayloadMap(), p.getScore()))
                .toList();
    }
}
