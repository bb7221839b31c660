package io.aura360.vector.search;

import io.aura360.contracts.vector.ContextChunk;
import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.vector.store.KnowledgeCollection;
import io.aura360.vector.store.StoredChunk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code context_chunks=n}: every result also carries up to n chunks before and after its own in the same document,
 * in document order. The ranking is untouched; the neighbours are looked up by source id afterwards, in one call per
 * collection for the whole page. A chunk's source id is {@code docId#ordinal} (as ingestion names it); a hit whose
 * id has no ordinal gets no context. With several collections, the first that holds a chunk answers for it.
 */
public final class NeighbourChunks implements EvidenceSearch {

    private final EvidenceSearch ranking;

    private final List<KnowledgeCollection> collections;

    public NeighbourChunks(EvidenceSearch ranking, List<KnowledgeCollection> collections) {
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("at least one collection is required");
        }
        this.ranking = ranking;
        this.collections = List.copyOf(collections);
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        SearchResponse ranked = ranking.search(request);
        int around = request.contextChunks();
        if (around == 0 || ranked.results().isEmpty()) {
            return ranked;
        }
        Map<EvidenceHit, ChunkPlace> places = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (EvidenceHit hit : ranked.results()) {
            ChunkPlace.of(hit).ifPresent(place -> {
                places.put(hit, place);
                wanted.addAll(place.neighbours(around));
            });
        }
        Map<String, StoredChunk> found = lookUp(wanted);
        List<EvidenceHit> results = ranked.results().stream()
                .map(hit -> hit.withContext(context(hit, places.get(hit), around, found)))
                .toList();
        return new SearchResponse(ranked.collection(), ranked.embeddingModel(), results);
    }

    private Map<String, StoredChunk> lookUp(Set<String> sourceIds) {
        Map<String, StoredChunk> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>(sourceIds);
        for (KnowledgeCollection collection : collections) {
            if (missing.isEmpty()) {
                break;
            }
            for (StoredChunk chunk : collection.chunks(missing)) {
                found.putIfAbsent(chunk.sourceId(), chunk);
            }
            missing.removeAll(found.keySet());
        }
        return found;
    }

    /** The chunks around {@code hit} that were found; none when its source id has no ordinal ({@code place} null). */
    private static List<ContextChunk> context(
            EvidenceHit hit, ChunkPlace place, int around, Map<String, StoredChunk> found) {
        if (place == null) {
            return List.of();
        }
        List<ContextChunk> context = new ArrayList<>();
        for (int offset = -around; offset <= around; offset++) {
            StoredChunk chunk = (offset == 0) ? null : found.get(place.idAt(offset));
            if (chunk != null && chunk.docId().equals(hit.docId())) {
                context.add(new ContextChunk(chunk.sourceId(), offset, chunk.chunk()));
            }
        }
        return context;
    }

    /** A hit's document and the ordinal of its chunk in it, read from its source id. */
    private record ChunkPlace(String docId, int ordinal) {

        static Optional<ChunkPlace> of(EvidenceHit hit) {
            String prefix = hit.docId() + "#";
            String id = hit.sourceId();
            if (!id.startsWith(prefix)) {
                return Optional.empty();
            }
            String ordinal = id.substring(prefix.length());
            if (ordinal.isEmpty() || ordinal.length() > 9 || !ordinal.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            return Optional.of(new ChunkPlace(hit.docId(), Integer.parseInt(ordinal)));
        }

        String idAt(int offset) {
            return docId + "#" + (ordinal + offset);
        }

        List<String> neighbours(int around) {
            List<String> ids = new ArrayList<>();
            for (int offset = -around; offset <= around; offset++) {
                if (offset != 0 && ordinal + offset >= 0) {
                    ids.add(idAt(offset));
                }
            }
            return ids;
        }
    }
}
