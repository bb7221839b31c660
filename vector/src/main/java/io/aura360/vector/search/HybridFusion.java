package io.aura360.vector.search;

import io.aura360.vector.store.IndexedChunk;
import java.util.List;

/** Turns the dense and the keyword ranking of one query into one ranking of at most {@code limit} chunks. */
public interface HybridFusion {

    List<IndexedChunk> fuse(List<IndexedChunk> dense, List<IndexedChunk> lexical, FusionEvidence evidence, int limit);
}
