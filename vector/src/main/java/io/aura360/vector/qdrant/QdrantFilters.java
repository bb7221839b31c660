package io.aura360.vector.qdrant;

import io.aura360.contracts.vector.SearchFilters;
import io.qdrant.client.ConditionFactory;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.Range;

/** Search filters as a Qdrant filter on the indexed payload fields (applied inside the HNSW search). */
final class QdrantFilters {

    private QdrantFilters() {}

    static Filter of(SearchFilters filters) {
        Filter.Builder filter = Filter.newBuilder();
        keyword(filter, QdrantPayload.CATEGORY, filters.category());
        keyword(filter, QdrantPayload.LOCALE, filters.locale());
        keyword(filter, QdrantPayload.SOURCE_TYPE, filters.sourceType());
        if (filters.minConfidence() != null) {
            filter.addMust(ConditionFactory.range(
                    QdrantPayload.CONFIDENCE,
                    Range.newBuilder().setGte(filters.minConfidence()).build()));
        }
        return filter.build();
    }

    static Filter docId(String docId) {
        return Filter.newBuilder()
                .addMust(ConditionFactory.matchKeyword(QdrantPayload.DOC_ID, docId))
                .build();
    }

    static Filter origin(String origin) {
        return Filter.newBuilder()
                .addMust(ConditionFactory.matchKeyword(QdrantPayload.ORIGIN, origin))
                .build();
    }

    /** The chunks of {@code docId} that are not of {@code version}: what a replacement leaves behind. */
    static Filter staleChunks(String docId, String version) {
        return Filter.newBuilder()
                .addMust(ConditionFactory.matchKeyword(QdrantPayload.DOC_ID, docId))
                .addMustNot(ConditionFactory.matchKeyword(QdrantPayload.DOC_VERSION, version))
                .build();
    }

    private static void keyword(Filter.Builder filter, String key, String value) {
        if (value != null && !value.isBlank()) {
            filter.addMust(ConditionFactory.matchKeyword(key, value));
        }
    }
}
