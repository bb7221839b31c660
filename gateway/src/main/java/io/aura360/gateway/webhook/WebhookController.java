package io.aura360.gateway.webhook;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT|DELETE /api/v1/me/webhook}: where the caller's finished requests are announced. */
@RestController
@RequestMapping(path = "/api/v1/me/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookController {

    private final WebhookRegistry registry;

    private final WebhookUrlPolicy policy;

    private final ProfileRepository profiles;

    WebhookController(WebhookRegistry registry, WebhookUrlPolicy policy, ProfileRepository profiles) {
        this.registry = registry;
        this.policy = policy;
        this.profiles = profiles;
    }

    /** Registers the URL and answers the signing secret, shown this once. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Registration registration) {
        Caller caller = Caller.of(jwt);
        try {
            policy.check(registration.url());
        } catch (IllegalArgumentException ex) {
            throw new ApiProblemException(
                    ProblemType.INVALID_REQUEST, "The webhook URL is not allowed: " + ex.getMessage() + ".");
        }
        profiles.provision(caller.userId(), caller.tier(), "en");
        return Map.of(
                "url",
                registration.url(),
                "secret",
                registry.register(caller.userId(), registration.url()),
                "signature_header",
                WebhookSignature.HEADER);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal Jwt jwt) {
        registry.remove(Caller.of(jwt).userId());
    }

    record Registration(@NotBlank @Size(max = 2000) String url) {}
}
