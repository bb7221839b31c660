package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import org.junit.jupiter.api.Test;

/** The test adapter must honour the {@code EvidenceSearch} contract, or the pipeline tests prove nothing. */
class InMemoryEvidenceSearchTest {

    private static final EvidenceHit SLEEP_EN_HIGH = hit("sleep-en#1", 0.9);

    private static final EvidenceHit SLEEP_EN_MID = hit("sleep-en#2", 0.6);

    private static final EvidenceHit SLEEP_EN_LOW = hit("sleep-en#3", 0.2);

    private static final EvidenceHit SLEEP_ES = hit("sleep-es#1", 0.95);

    private static final EvidenceHit SLEEP_BODY = hit("sleep-body#1", 0.99);

    private final InMemoryEvidenceSearch search = new InMemoryEvidenceSearch()
            .add("mind", "en", SLEEP_EN_MID)
            .add("mind", "en", SLEEP_EN_LOW)
            .add("mind", "en", SLEEP_EN_HIGH)
            .add("mind", "es", SLEEP_ES)
            .add("body", "en", "guideline", SLEEP_BODY);

    @Test
    void appliesCategoryLocaleAndMinConfidenceFiltersAndReturnsBestFirst() {
        SearchResponse response =
                search.search(new SearchRequest("sleep", 10, null, new SearchFilters("mind", "en", 0.5, null)));

        assertThat(response.results()).containsExactly(SLEEP_EN_HIGH, SLEEP_EN_MID);
        assertThat(response.collection()).isEqualTo(InMemoryEvidenceSearch.COLLECTION);
        assertThat(response.embeddingModel()).isEqualTo(InMemoryEvidenceSearch.EMBEDDING_MODEL);
    }

    @Test
    void appliesSourceTypeFilter() {
        SearchResponse response =
                search.search(new SearchRequest("sleep", 10, null, new SearchFilters(null, null, null, "guideline")));

        assertThat(response.results()).containsExactly(SLEEP_BODY);
    }

    @Test
    void neverReturnsMoreThanTopK() {
        SearchResponse response = search.search(new SearchRequest("sleep", 2, null, SearchFilters.NONE));

        assertThat(response.results()).containsExactly(SLEEP_BODY, SLEEP_ES);
    }

    @Test
    void findsOnlyChunksSharingATermWithTheQuery() {
        assertThat(search.search(new SearchRequest("gardening tips", 10, null, SearchFilters.NONE))
                        .results())
                .isEmpty();
    }

    @Test
    void recordsEveryRequestAndThrowsWhenDown() {
        SearchRequest first = new SearchRequest("sleep", 3, null, SearchFilters.NONE);
        search.search(first);
        search.goDown();
        SearchRequest second = new SearchRequest("sleep", 4, null, SearchFilters.NONE);

        assertThatExceptionOfType(VectorServiceUnavailableException.class).isThrownBy(() -> search.search(second));
        assertThat(search.requests()).containsExactly(first, second);
    }

    private static EvidenceHit hit(String sourceId, double score) {
        return new EvidenceHit(
                sourceId,
                sourceId.split("#")[0],
                "https://example.org/" + sourceId,
                "Keep a regular sleep schedule to feel rested.",
                score);
    }
}
