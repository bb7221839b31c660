package io.aura360.contracts.agents;

/** How one agent's run within a request ended ({@code holistic_agent_runs.status}). */
public enum AgentRunStatus {
    COMPLETED,
    FAILED
}
