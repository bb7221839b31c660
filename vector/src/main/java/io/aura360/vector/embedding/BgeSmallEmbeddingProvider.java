package io.aura360.vector.embedding;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * bge-small-en-v1.5, int8-quantised ONNX, shipped inside the LangChain4j jar and run by ONNX Runtime in
 * process: 384 dimensions, no network.
 */
public final class BgeSmallEmbeddingProvider implements EmbeddingProvider {

	public static final String MODEL_ID = "bge-small-en-v1.5-q@langchain4j-1.20.0-beta30";

	/** The instruction bge v1.5 was trained with for retrieval queries (passages get none). */
	private static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

	private static final int DIMENSION = 384;

	private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

	@Override
	public String modelId() {
		return MODEL_ID;
	}

	@Override
	public int dimension() {
		return DIMENSION;
	}

	@Override
	public float[] embedQuery(String query) {
		return checked(model.embed(QUERY_INSTRUCTION + query).content());
	}

	@Override
	public List<float[]> embedDocuments(List<String> passages) {
		List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
		return model.embedAll(segments).content().stream().map(this::checked).toList();
	}

	private float[] checked(Embedding embedding) {
		float[] vector = embedding.vector();
		if (vector.length != DIMENSION) {
			throw new IllegalStateException(
					"model " + MODEL_ID + " returned " + vector.length + " dimensions, expected " + DIMENSION);
		}
		return VectorMath.normalised(vector);
	}

}
