package io.aura360.vector.reembed;

import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;
import io.aura360.vector.store.KnowledgeStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class QdrantReembedderTest extends ReembedderConformanceTest {

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
}
