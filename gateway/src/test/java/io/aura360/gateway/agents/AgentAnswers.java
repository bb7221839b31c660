package io.aura360.gateway.agents;

import io.aura360.contracts.Category;
import io.aura360.contracts.advice.AdvicePayload;
import io.aura360.contracts.agents.AgentRunResult;
import java.util.List;
import java.util.UUID;

/** Answers of the agents for tests that need one but not what it says. */
public final class AgentAnswers {

    private AgentAnswers() {}

    /** A complete, not degraded answer in {@code mind} for {@code user}, with nothing recommended and no runs. */
    public static AgentRunResult emptyAnswer(UUID user) {
        return new AgentRunResult(
                new AdvicePayload(
                        "1.0.0",
                        new AdvicePayload.PayloadUser(user.toString(), "free", "en"),
                        Category.MIND,
                        new AdvicePayload.Summary("t", "m"),
                        List.of(),
                        List.of(),
                        List.of(),
                        new AdvicePayload.AgentDiagnostics("offline", "a".repeat(64), List.of())),
                List.of(),
                false);
    }
}
