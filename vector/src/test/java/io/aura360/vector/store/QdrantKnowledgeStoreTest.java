package io.aura360.vector.store;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.aura360.vector.qdrant.QdrantKnowledgeStore;
import io.aura360.vector.qdrant.QdrantTestServer;

import static org.assertj.core.api.Assertions.assertThat;

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
	void indexesEveryPayloadFieldThatSearchesFilterOn() {
		for (String field : new String[] { "category", "locale", "source_type", "confidence", "doc_id", "origin" }) {
			assertThat(server.hasPayloadIndex("memory_g1", field)).as(field).isTrue();
		}
	}

}
