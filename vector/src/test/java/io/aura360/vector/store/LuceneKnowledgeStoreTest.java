package io.aura360.vector.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import io.aura360.vector.index.LuceneKnowledgeStore;

class LuceneKnowledgeStoreTest extends KnowledgeStoreConformanceTest {

	@TempDir
	Path directory;

	@Override
	protected KnowledgeStore newStore() {
		return new LuceneKnowledgeStore(directory);
	}

}
