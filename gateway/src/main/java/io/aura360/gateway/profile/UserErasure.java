package io.aura360.gateway.profile;

import io.aura360.contracts.agents.AdviceAgents;
import io.aura360.contracts.agents.AgentRunException;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@code DELETE /api/v1/me}: erases the user's rows, then asks the agents to forget the user's conversation memory.
 * <p>
 * The rows go first and commit on their own, so the user is gone from the database whatever happens next. If the
 * agents cannot be reached the erasure is not reported done: the client gets a 503 {@code erasure-incomplete}
 * problem and repeats the {@code DELETE}, which is safe because both steps are idempotent (deleting absent rows
 * and forgetting an absent memory change nothing). No pending-erasure table is kept: it would itself be a record
 * of the user, and the memory expires on its own ({@code aura.agents.conversation-ttl}) even if the client never
 * retries.
 */
@Service
class UserErasure {

    private static final Logger log = LoggerFactory.getLogger(UserErasure.class);

    private final PersonalDataStore store;

    private final AdviceAgents agents;

    UserErasure(PersonalDataStore store, AdviceAgents agents) {
        this.store = store;
        this.agents = agents;
    }

    void erase(UUID userId) {
        store.erase(userId);
        try {
            agents.forgetUser(userId);
        } catch (AgentRunException ex) {
            log.warn("erasure incomplete: the agents did not forget the conversation memory ({})", ex.errorType());
            throw new ApiProblemException(
                    ProblemType.ERASURE_INCOMPLETE,
                    "Your data was erased, but your recent conversation could not be yet. Repeat the request.",
                    Map.of("retryable", true));
        }
    }
}
