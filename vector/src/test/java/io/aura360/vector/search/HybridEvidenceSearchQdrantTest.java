package io.aura360.vector.search;

import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;
import io.aura360.vector.store.KnowledgeStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

class HybridEvidenceSearchQdrantTest extends HybridEvidenceSearchConformanceTest {

    private QdrantTestServer server;

    @Override
    protected KnowledgeStore newStore() {
        server = new QdrantTestServer();
        return QdrantKnowledgeStore.connect(server.url(), null, Duration.ofSeconds(10));
    }

    @AfterAll
    void stopServer() {
        server.close();
    }
}
