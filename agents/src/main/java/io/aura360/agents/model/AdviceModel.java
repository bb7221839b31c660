package io.aura360.agents.model;

/**
 * A model that writes the advice of one agent step from its prompt and evidence. Implementations return only
 * recommendations that cite the request's evidence ids (the pipeline validates again), and fail with an
 * {@link io.aura360.contracts.agents.AgentRunException} that says whether a retry can help (timeouts, 429,
 * 5xx and connection errors are recoverable; invalid output after one repair attempt is not).
 */
public interface AdviceModel {

    /** The provider and model, as recorded in {@code holistic_agent_runs.model_version}. */
    String modelVersion();

    ModelAnswer answer(ModelRequest request);
}
