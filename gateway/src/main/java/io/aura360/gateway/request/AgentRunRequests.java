package io.aura360.gateway.request;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentRunRequest;
import io.aura360.contracts.agents.UserContext;
import io.aura360.gateway.agentprofile.AgentRunInputs;
import io.aura360.gateway.profile.ContextBuilder;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.profile.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A run with everything the agents need from the gateway (the user's context and recent answers, the pipelines, the
 * fallback evidence, the deadline), so they never have to call back.
 */
@Component
class AgentRunRequests {

    private static final int RECENT_RESPONSES = 3;

    private final ProfileRepository profiles;

    private final AgentRunInputs runInputs;

    private final ContextBuilder contexts = new ContextBuilder();

    private final Clock clock;

    /** How long the agents may take in all, the synchronous wait included, before the request fails. */
    private final Duration completionBudget;

    AgentRunRequests(ProfileRepository profiles, AgentRunInputs runInputs, Clock clock, GatewayProperties properties) {
        this.profiles = profiles;
        this.runInputs = runInputs;
        this.clock = clock;
        this.completionBudget = properties.completionBudget();
    }

    /** A run of the request with its {@link #inputs} read now (the admission reads them first, for its own use). */
    AgentRunRequest build(
            UUID requestId, Category category, String locale, UserProfile profile, String message, String sessionId) {
        return build(requestId, category, locale, profile, message, sessionId, inputs(category, locale));
    }

    AgentRunInputs.Resolved inputs(Category category, String locale) {
        return runInputs.resolve(category, locale);
    }

    AgentRunRequest build(
            UUID requestId,
            Category category,
            String locale,
            UserProfile profile,
            String message,
            String sessionId,
            AgentRunInputs.Resolved inputs) {
        return new AgentRunRequest(
                requestId,
                profile.userId(),
                category,
                locale,
                profile.tier(),
                message,
                sessionId,
                context(profile),
                clock.instant().plus(completionBudget),
                inputs.profiles(),
                inputs.fallbackEvidence());
    }

    private UserContext context(UserProfile profile) {
        return contexts.build(
                profile, profiles.recentResponses(profile.userId(), RECENT_RESPONSES), LocalDate.now(clock));
    }
}
