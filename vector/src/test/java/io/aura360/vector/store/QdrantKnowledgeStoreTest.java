package io.aura360.vector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.aura360.contracts.vector.VectorServiceUnavailableException;
import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QdrantKnowledgeStoreTest extends KnowledgeStoreConformanceTest {

    private QdrantTestServer server;

    @Override
    protected KnowledgeStore newStore() {
        server = new QdrantTestServer();
        return QdrantKnowledgeStore.connect(server.url(), null, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void reportsAnUnreachableServerAsUnavailable() {
        try (KnowledgeStore down = QdrantKnowledgeStore.connect("http://127.0.0.1:1", null, Duration.ofSeconds(5))) {
            assertThatExceptionOfType(VectorServiceUnavailableException.class)
                    .isThrownBy(down::collectionNames)
                    .withMessageContaining("Qdrant is unavailable");
        }
    }

    @Test
    void refusesAUrlWithoutAHost() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QdrantKnowledgeStore.connect("localhost", null, Duration.ofSeconds(1)))
                .withMessageContaining("AURA_QDRANT_URL");
    }

    @Test
    void indexesEveryPayloadFieldThatSearchesFilterOn() {
        for (String field : new String[] {"category", "locale", "source_type", "confidence", "doc_id", "origin"}) {
            assertThat(server.hasPayloadIndex("memory_g1", field)).as(field).isTrue();
        }
    }
}
