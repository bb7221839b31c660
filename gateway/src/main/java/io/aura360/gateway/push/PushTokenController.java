package io.aura360.gateway.push;

import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.profile.ProfileRepository;
import io.aura360.gateway.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/**
 * {@code PUT|DELETE /api/v1/me/push-token}: the devices the caller's finished requests are pushed to. The user
 * always comes from the token; removing a token the caller does not have answers 404 whoever else may have it.
 */
@RestController
@RequestMapping(path = "/api/v1/me/push-token", produces = MediaType.APPLICATION_JSON_VALUE)
class PushTokenController {

    private final DeviceTokenRegistry registry;

    private final ProfileRepository profiles;

    PushTokenController(DeviceTokenRegistry registry, ProfileRepository profiles) {
        this.registry = registry;
        this.profiles = profiles;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void register(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Registration registration) {
        Caller caller = Caller.of(jwt);
        profiles.provision(caller.userId(), caller.tier(), "en");
        registry.register(caller.userId(), registration.token(), registration.platform());
    }

    @DeleteMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Removal removal) {
        if (!registry.remove(Caller.of(jwt).userId(), removal.token())) {
            throw new ApiProblemException(ProblemType.NOT_FOUND, "No such push token.");
        }
    }

    /** FCM registration tokens are URL-safe base64 with ':' separators; 4 KB bounds anything a device issues. */
    static final String TOKEN = "^[A-Za-z0-9_:.\\-]{16,4096}$";

    record Registration(
            @NotNull @Pattern(regexp = TOKEN, message = "must be a device registration token")
            String token,

            @NotNull @Pattern(regexp = "^(android|ios|web)$", message = "must be android, ios or web")
            String platform) {}

    record Removal(
            @NotNull @Pattern(regexp = TOKEN, message = "must be a device registration token")
            String token) {}
}
