package io.aura360.vector.search;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.aura360.contracts.vector.SearchMode;
import io.aura360.contracts.vector.SearchRequest;
import io.aura360.contracts.vector.VectorQueryRejectedException;
import io.aura360.vector.embedding.BgeSmallEmbeddingProvider;
import io.aura360.vector.index.LuceneKnowledgeIndex;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A query vector of the wrong length is refused with DIMENSION_MISMATCH, never padded or truncated. */
class DimensionSafetyTest {

	@TempDir
	Path directory;

	@Test
	void refusesAQueryWhoseVectorDoesNotFitTheCollection() {
		try (LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(directory, "tiny-model@1", 8)) {
			HybridEvidenceSearch search = new HybridEvidenceSearch(index, new BgeSmallEmbeddingProvider());

			assertThatExceptionOfType(VectorQueryRejectedException.class)
				.isThrownBy(() -> search.search(new SearchRequest("how to sleep better", 3, SearchMode.DENSE, null)))
				.satisfies(ex -> org.assertj.core.api.Assertions.assertThat(ex.errorType()).isEqualTo("DIMENSION_MISMATCH"))
				.withMessageContaining("384")
				.withMessageContaining("8-dimensional");
		}
	}

}
