package io.aura360.vector.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The HNSW parameters of the Lucene collections, chosen with {@code bench/run.sh search} (docs/vector.md):
 * M 16 and beam width (efConstruction) 100 are Lucene's defaults and already give recall@10 above 0.99 on
 * 100k x 384 clustered vectors once the walk keeps 4 x top_k candidates (efSearch); doubling M or the beam
 * doubled the build time for under half a point of recall.
 */
public final class HnswSettings {

	public static final int MAX_CONN = 16;

	public static final int BEAM_WIDTH = 100;

	/** efSearch = top_k x this (Lucene's k), and at least {@link #MIN_EF_SEARCH}; the best top_k are kept. */
	public static final int EF_SEARCH_FACTOR = 4;

	public static final int MIN_EF_SEARCH = 40;

	private HnswSettings() {
	}

	public static int efSearch(int topK) {
		return Math.max(topK * EF_SEARCH_FACTOR, MIN_EF_SEARCH);
	}

	/** The default codec with this HNSW format for every vector field. */
	public static Codec codec() {
		KnnVectorsFormat format = new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH);
		return new Lucene103Codec() {
			@Override
			public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
				return format;
			}
		};
	}

}
