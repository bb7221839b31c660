package io.aura360.vector.store;

import io.aura360.vector.index.LuceneKnowledgeStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneKnowledgeStoreTest extends KnowledgeStoreConformanceTest {

    @TempDir
    Path directory;

    @Override
    protected KnowledgeStore newStore() {
        return new LuceneKnowledgeStore(directory);
    }
}
