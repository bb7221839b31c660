package io.aura360.agents.remote;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.contracts.agents.AgentRunException;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The agent profiles from the gateway's internal API ({@code GET /internal/v1/agent-profiles} at
 * {@code AURA_GATEWAY_URL}), asked on every run so an admin change applies to the next request. The gateway
 * owns the database; the agents service never connects to it.
 */
public final class HttpAgentProfileDirectory implements AgentProfileDirectory {

    private static final ParameterizedTypeReference<List<AgentProfile>> PROFILES =
            new ParameterizedTypeReference<>() {};

    private final RestClient client;

    public HttpAgentProfileDirectory(RestClient client) {
        this.client = client;
    }

    @Override
    public List<AgentProfile> enabledProfiles(Category category) {
        try {
            return client.get()
                    .uri(uri -> uri.path("/internal/v1/agent-profiles")
                            .queryParam("category", category.wireName())
                            .build())
                    .retrieve()
                    .body(PROFILES);
        } catch (ResourceAccessException ex) {
            throw new AgentRunException("AGENT_PROFILES_UNAVAILABLE", true, "the gateway did not answer", ex);
        } catch (RestClientResponseException ex) {
            boolean recoverable = ex.getStatusCode().is5xxServerError();
            throw new AgentRunException(
                    "AGENT_PROFILES_UNAVAILABLE",
                    recoverable,
                    "the gateway answered " + ex.getStatusCode().value() + " for the agent profiles",
                    ex);
        }
    }
}
