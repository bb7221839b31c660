package io.aura360.vector.rerank;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.store.IndexedChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A cross-encoder behind the common {@code POST /rerank} API. {@code COHERE} is the body Cohere, Jina and vLLM
 * accept ({@code model, query, documents, top_n}, answered by {@code results[].index/relevance_score});
 * {@code TEI} is Hugging Face text-embeddings-inference ({@code query, texts}, answered by an array of
 * {@code index/score}).
 */
public final class HttpReranker implements Reranker {

    public enum Format {
        COHERE,
        TEI
    }

    private final RestClient client;

    private final String model;

    private final Format format;

    public HttpReranker(RestClient client, String model, Format format) {
        this.client = client;
        this.model = model;
        this.format = format;
    }

    @Override
    public List<IndexedChunk> rerank(String query, List<IndexedChunk> candidates, int topK) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<String> texts = candidates.stream().map(IndexedChunk::chunk).toList();
        List<Scored> scored;
        try {
            scored = (format == Format.TEI) ? tei(query, texts) : cohere(query, texts, topK);
        } catch (RestClientException ex) {
            throw new VectorServiceUnavailableException("reranker failed: " + ex.getMessage(), ex);
        }
        List<IndexedChunk> result = new ArrayList<>();
        scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(topK)
                .forEach(s -> {
                    if (s.index() < 0 || s.index() >= candidates.size()) {
                        throw new VectorServiceUnavailableException(
                                "reranker answered index " + s.index() + " for " + candidates.size() + " documents",
                                null);
                    }
                    IndexedChunk c = candidates.get(s.index());
                    result.add(new IndexedChunk(
                            c.sourceId(), c.docId(), c.url(), c.title(), c.chunk(), (float) s.score()));
                });
        return result;
    }

    private List<Scored> cohere(String query, List<String> texts, int topK) {
        Map<String, Object> body = (model == null || model.isBlank())
                ? Map.of("query", query, "documents", texts, "top_n", topK)
                : Map.of("model", model, "query", query, "documents", texts, "top_n", topK);
        CohereResponse response = client.post()
                .uri("/rerank")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(CohereResponse.class);
        if (response == null || response.results() == null) {
            throw new VectorServiceUnavailableException("reranker answered without results", null);
        }
        return response.results().stream()
                .map(r -> new Scored(r.index(), r.relevanceScore()))
                .toList();
    }

    private List<Scored> tei(String query, List<String> texts) {
        TeiResult[] response = client.post()
                .uri("/rerank")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", query, "texts", texts))
                .retrieve()
                .body(TeiResult[].class);
        if (response == null) {
            throw new VectorServiceUnavailableException("reranker answered without results", null);
        }
        return List.of(response).stream()
                .map(r -> new Scored(r.index(), r.score()))
                .toList();
    }

    private record Scored(int index, double score) {}

    record CohereResponse(List<CohereResult> results) {}

    record CohereResult(
            int index, @JsonProperty("relevance_score") double relevanceScore) {}

    record TeiResult(int index, double score) {}
}
