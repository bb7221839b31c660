package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What one search result stands for: a chunk (the default, as before) or a document, whose chunks collapse into
 * one result scored by its best chunk.
 */
public enum SearchGrouping {
    CHUNK,
    DOCUMENT;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
