package io.aura360.vector.store;

/**
 * The HNSW parameters of the collections (Lucene, and Qdrant's m / ef_construct / hnsw_ef), chosen with
 * {@code bench/run.sh search} (figures in docs/vector.md): M 16 and beam width (efConstruction) 100 give recall@10
 * 0.994 on 100k x 384 clustered vectors with efSearch 40; M 8 / beam 50 stays under 0.96, and M 32 / beam 200
 * gains 0.001 for a slower query.
 */
public final class HnswSettings {

    public static final int MAX_CONN = 16;

    public static final int BEAM_WIDTH = 100;

    /** efSearch = top_k x this (Lucene's k), and at least {@link #MIN_EF_SEARCH}; the best top_k are kept. */
    public static final int EF_SEARCH_FACTOR = 4;

    public static final int MIN_EF_SEARCH = 40;

    private HnswSettings() {}

    public static int efSearch(int topK) {
        return Math.max(topK * EF_SEARCH_FACTOR, MIN_EF_SEARCH);
    }
}
