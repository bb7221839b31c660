package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the vector service ranks: dense (HNSW), bm25 (lexical) or both fused. */
public enum SearchMode {
    HYBRID,
    DENSE,
    BM25;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
