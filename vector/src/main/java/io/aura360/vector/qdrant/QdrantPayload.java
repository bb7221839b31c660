package io.aura360.vector.qdrant;

import io.aura360.vector.store.IndexedChunk;
import io.aura360.vector.store.StoredChunk;
import io.qdrant.client.ValueFactory;
import io.qdrant.client.grpc.JsonWithInt.Value;
import java.util.HashMap;
import java.util.Map;

/** A chunk's Qdrant payload (the same field names as the Lucene collection) and back. */
final class QdrantPayload {

    static final String SOURCE_ID = "source_id";

    static final String DOC_ID = "doc_id";

    static final String DOC_VERSION = "doc_version";

    static final String TITLE = "title";

    static final String URL = "url";

    static final String CHUNK = "chunk";

    static final String CATEGORY = "category";

    static final String LOCALE = "locale";

    static final String SOURCE_TYPE = "source_type";

    static final String CONFIDENCE = "confidence";

    static final String MODEL_VERSION = "embedding_model_version";

    static final String ORIGIN = "origin";

    private QdrantPayload() {}

    static Map<String, Value> of(StoredChunk chunk, String modelId) {
        Map<String, Value> payload = new HashMap<>();
        payload.put(SOURCE_ID, ValueFactory.value(chunk.sourceId()));
        payload.put(DOC_ID, ValueFactory.value(chunk.docId()));
        payload.put(DOC_VERSION, ValueFactory.value(chunk.docVersion()));
        payload.put(TITLE, ValueFactory.value(chunk.title()));
        if (chunk.url() != null) {
            payload.put(URL, ValueFactory.value(chunk.url()));
        }
        payload.put(CHUNK, ValueFactory.value(chunk.chunk()));
        payload.put(CATEGORY, ValueFactory.value(chunk.category()));
        payload.put(LOCALE, ValueFactory.value(chunk.locale()));
        payload.put(SOURCE_TYPE, ValueFactory.value(chunk.sourceType()));
        payload.put(CONFIDENCE, ValueFactory.value(chunk.confidence()));
        payload.put(MODEL_VERSION, ValueFactory.value(modelId));
        payload.put(ORIGIN, ValueFactory.value(chunk.origin()));
        return payload;
    }

    static StoredChunk chunk(Map<String, Value> payload) {
        return new StoredChunk(
                text(payload, SOURCE_ID),
                text(payload, DOC_ID),
                text(payload, DOC_VERSION),
                text(payload, TITLE),
                text(payload, URL),
                text(payload, CHUNK),
                text(payload, CATEGORY),
                text(payload, LOCALE),
                text(payload, SOURCE_TYPE),
                payload.get(CONFIDENCE).getDoubleValue(),
                text(payload, ORIGIN));
    }

    static IndexedChunk hit(Map<String, Value> payload, float score) {
        return new IndexedChunk(
                text(payload, SOURCE_ID),
                text(payload, DOC_ID),
                text(payload, URL),
                text(payload, TITLE),
                text(payload, CHUNK),
                score);
    }

    static String text(Map<String, Value> payload, String key) {
        Value value = payload.get(key);
        return (value == null || !value.hasStringValue()) ? null : value.getStringValue();
    }
}
