package io.aura360.agents.model;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.aura360.agents.guardrail.TextEmbedder;

/** The embedding model shipped inside the jar (quantised bge-small-en v1.5, ONNX), loaded once per JVM. */
public final class LocalEmbeddings {

    private LocalEmbeddings() {}

    /** Shared: the ONNX session is thread-safe, and loading it takes a moment. */
    public static TextEmbedder bgeSmall() {
        return Holder.BGE_SMALL;
    }

    private static final class Holder {

        static final TextEmbedder BGE_SMALL = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return MODEL.embed(text).content().vector();
            }

            @Override
            public String name() {
                return "bge-small-en-v1.5-q";
            }
        };

        private static final BgeSmallEnV15QuantizedEmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }
}
