package io.aura360.vector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorePropertiesTest {

    @Test
    void defaultsToLuceneAndTheHolisticMemoryAlias() {
        StoreProperties defaults = new StoreProperties(null, null, null, null, null, null, null);

        assertThat(defaults.backend()).isEqualTo("lucene");
        assertThat(defaults.collection()).isEqualTo("holistic_memory");
        assertThat(defaults.mergeCollections()).isEmpty();
        assertThat(defaults.smokeOnStart()).isFalse();
    }

    @Test
    void acceptsQdrantWithAUrlInAnyCase() {
        StoreProperties qdrant =
                new StoreProperties(" Qdrant ", "http://localhost:6334", null, null, List.of("uploads"), true, null);

        assertThat(qdrant.backend()).isEqualTo("qdrant");
        assertThat(qdrant.mergeCollections()).containsExactly("uploads");
    }

    @Test
    void refusesQdrantWithoutAUrlAndAnUnknownBackend() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StoreProperties("qdrant", " ", null, null, null, null, null))
                .withMessageContaining("AURA_QDRANT_URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StoreProperties("pinecone", null, null, null, null, null, null))
                .withMessageContaining("lucene or qdrant");
    }
}
