package io.aura360.contracts.agents;

/** How one agent's run within a request ended ({@code holistic_agent_runs.status}). */
public enum AgentRunStatus {
    COMPLETED,
    FAILED,
    /** The call ran out of time (its deadline, or the agents' own timeout). */
    TIMED_OUT,
    /** The agents never ran for the request (held data that never came, a job abandoned after its attempts). */
    SKIPPED
}
