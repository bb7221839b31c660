package io.aura360.contracts.agents;

/**
 * The agents service as the gateway sees it: takes the context package of one request and returns payload v1
 * with the run metadata. Failures are {@link AgentRunException}s that say whether retrying can help.
 */
public interface AdviceAgents {

	AgentRunResult run(AgentRunRequest request);

}
