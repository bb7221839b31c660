package io.aura360.agents.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.aura360.contracts.vector.EvidenceHit;
import io.aura360.contracts.vector.SearchFilters;
import io.aura360.contracts.vector.SearchGrouping;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.SearchResponse;
import io.aura360.contracts.vector.VectorServiceUnavailableException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestSearchesTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-07T12:00:00Z");

    private final InMemoryEvidenceSearch index = new InMemoryEvidenceSearch()
            .add("mind", "en", hit("breathing", "Slow breathing lowers stress.", 0.9))
            .add("mind", "en", hit("sleep", "A regular sleep routine lowers stress.", 0.8));

    private final RequestSearches searches = new RequestSearches(index);

    @Test
    void theSameQuestionIsSearchedOnceAndAnsweredAlike() {
        SearchResponse first = searches.search(question(4, 0.5), DEADLINE);
        SearchResponse second = searches.search(question(4, 0.5), DEADLINE);

        assertThat(second).isSameAs(first);
        assertThat(first.results()).hasSize(2);
        assertThat(index.requests()).hasSize(1);
    }

    @Test
    void anotherTopKOrThresholdIsAnotherSearch() {
        searches.search(question(4, 0.5), DEADLINE);
        searches.search(question(1, 0.5), DEADLINE);
        searches.search(question(4, 0.85), DEADLINE);

        assertThat(index.requests()).hasSize(3);
        assertThat(searches.search(question(4, 0.85), DEADLINE).results())
                .extracting(EvidenceHit::sourceId)
                .containsExactly("breathing#1");
    }

    @Test
    void aFailedSearchIsNotKeptSoTheNextStepTriesAgain() {
        index.goDown();
        assertThatExceptionOfType(VectorServiceUnavailableException.class)
                .isThrownBy(() -> searches.search(question(4, 0.5), DEADLINE));

        index.comeBack();
        assertThat(searches.search(question(4, 0.5), DEADLINE).results()).hasSize(2);
        assertThat(index.requests()).hasSize(2);
    }

    private static SearchRequest question(int topK, double minConfidence) {
        return new SearchRequest(
                "stress", topK, null, new SearchFilters("mind", "en", minConfidence, null), SearchGrouping.DOCUMENT);
    }

    private static EvidenceHit hit(String doc, String chunk, double score) {
        return new EvidenceHit(doc + "#1", doc, "https://example.org/" + doc, chunk, score);
    }
}
