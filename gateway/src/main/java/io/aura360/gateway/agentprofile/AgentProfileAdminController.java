package io.aura360.gateway.agentprofile;

import io.aura360.contracts.agents.AgentProfile;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/agent-profiles} (admin scope, enforced by the security configuration): the agent
 * pipeline configuration. Changes apply to the next advice request; there is no cache to flush.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/agent-profiles", produces = MediaType.APPLICATION_JSON_VALUE)
class AgentProfileAdminController {

    private final AgentProfileStore store;

    AgentProfileAdminController(AgentProfileStore store) {
        this.store = store;
    }

    @GetMapping
    List<AgentProfile> list() {
        return store.all();
    }

    @GetMapping("/{name}")
    AgentProfile get(@PathVariable("name") String name) {
        return store.find(name).orElseThrow(AgentProfileAdminController::notFound);
    }

    @Operation(
            responses = {
                @ApiResponse(responseCode = "201", description = "the stored profile"),
                @ApiResponse(
                        responseCode = "409",
                        description = "conflict: a profile of this name exists",
                        content = @Content(mediaType = "application/problem+json"))
            })
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgentProfile> create(@AuthenticationPrincipal Jwt jwt, @RequestBody AgentProfile profile) {
        AgentProfileRules.check(profile);
        store.create(profile, actor(jwt));
        return ResponseEntity.created(URI.create("/api/v1/admin/agent-profiles/" + profile.name()))
                .body(profile);
    }

    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgentProfile update(
            @AuthenticationPrincipal Jwt jwt, @PathVariable("name") String name, @RequestBody AgentProfile profile) {
        AgentProfileRules.check(profile);
        if (!name.equals(profile.name())) {
            throw new ApiProblemException(ProblemType.INVALID_REQUEST, "The name in the path and the body differ.");
        }
        if (!store.update(profile, actor(jwt))) {
            throw notFound();
        }
        return profile;
    }

    private static String actor(Jwt jwt) {
        return "admin:" + jwt.getSubject();
    }

    private static ApiProblemException notFound() {
        return new ApiProblemException(ProblemType.NOT_FOUND, "No such agent profile.");
    }
}
