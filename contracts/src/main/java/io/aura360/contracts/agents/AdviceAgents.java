package io.aura360.contracts.agents;

import java.util.UUID;

/**
 * The agents service as the gateway sees it: takes the context package of one request and returns payload v1
 * with the run metadata. Failures are {@link AgentRunException}s that say whether retrying can help.
 */
public interface AdviceAgents {

    AgentRunResult run(AgentRunRequest request);

    /**
     * Erases what the agents keep about the user (their conversation memory), for {@code DELETE /api/v1/me}.
     * Idempotent; a recoverable {@link AgentRunException} means nothing is known to be erased yet: call again.
     */
    void forgetUser(UUID userId);
}
