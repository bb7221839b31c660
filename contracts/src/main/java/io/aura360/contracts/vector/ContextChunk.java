package io.aura360.contracts.vector;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chunk next to a hit in its document, returned when a search asks for {@code context_chunks}: {@code offset}
 * is its place relative to the hit's chunk (-1 the one before, 1 the one after), so a client can show the passage
 * around the match and still cite each part by its own {@code source_id}.
 */
public record ContextChunk(@JsonProperty("source_id") String sourceId, int offset, String chunk) {}
