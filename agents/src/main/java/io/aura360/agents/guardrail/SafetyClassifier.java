package io.aura360.agents.guardrail;

/**
 * A hosted model's reading of one text's suicide and self-harm risk for its writer. Implementations make one call
 * with structured output and give up after a strict timeout; any failure (timeout, HTTP error, an answer outside
 * the schema) is thrown, and the detector goes on with what its offline layers found.
 */
public interface SafetyClassifier {

    Classification classify(String text);

    /** The model's answer: a level and a warning-sign category ({@code none} when there is no risk). */
    record Classification(CrisisRisk risk, String category) {}
}
