package io.aura360.vector.reembed;

import io.aura360.vector.index.LuceneKnowledgeStore;
import io.aura360.vector.store.KnowledgeStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneReembedderTest extends ReembedderConformanceTest {

    @TempDir
    Path directory;

    @Override
    protected KnowledgeStore newStore() {
        return new LuceneKnowledgeStore(directory);
    }
}
