package io.aura360.agents.guardrail;

/**
 * Turns a text into an embedding vector for the semantic crisis layer. A port, so the guardrails never name an
 * embedding library: the model package supplies the in-jar model ({@code LocalEmbeddings}).
 */
@FunctionalInterface
public interface TextEmbedder {

    float[] embed(String text);

    /**
     * The model's name, which keys the exemplar vectors stored at build time; empty (the default) when the vectors
     * must always be computed, as for a test's embedder.
     */
    default String name() {
        return "";
    }
}
