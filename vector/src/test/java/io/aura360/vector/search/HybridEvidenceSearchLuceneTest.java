package io.aura360.vector.search;

import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.store.KnowledgeStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class HybridEvidenceSearchLuceneTest extends HybridEvidenceSearchConformanceTest {

    @TempDir
    static Path directory;

    @Override
    protected KnowledgeStore newStore() {
        return new LuceneKnowledgeStore(directory);
    }
}
