package io.aura360.gateway.internal;

import io.aura360.contracts.Category;
import io.aura360.contracts.agents.AgentProfile;
import io.aura360.contracts.agents.AgentProfileDirectory;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/v1/agent-profiles?category=}: the enabled agent profiles, for a separately deployed agents
 * service (service key only, see {@link InternalApiConfiguration}); the gateway stays the only database client.
 */
@RestController
@RequestMapping(path = "/internal/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class InternalAgentProfilesController {

    private final AgentProfileDirectory profiles;

    InternalAgentProfilesController(AgentProfileDirectory profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/agent-profiles")
    List<AgentProfile> enabledProfiles(@RequestParam("category") String category) {
        return profiles.enabledProfiles(Category.parse(category)
                .orElseThrow(() -> new ApiProblemException(ProblemType.INVALID_REQUEST, "Unknown category.")));
    }
}
