package io.aura360.gateway.console;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aura360.gateway.problem.ApiProblemException;
import io.aura360.gateway.problem.ProblemType;
import io.aura360.gateway.security.Caller;
import io.aura360.gateway.security.JwtProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console's sign-in page needs: whether dev sign-in is on and which Supabase project (URL and anon key)
 * to sign users in with ({@code GET /console/config}), and, only while dev sign-in is on, a dev token for a chosen user
 * ({@code POST /console/dev-token}) signed with the dev secret, as {@code ./aura360 token} signs one.
 */
@RestController
class DevSignInController {

    /** The {@code iss} of dev tokens when the gateway checks none, as {@code ./aura360 token} writes it. */
    static final String DEV_ISSUER = "aura360-dev";

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private static final Set<String> TIERS = Set.of("free", "plus", "premium");

    private final ConsoleProperties console;

    private final JwtProperties jwt;

    DevSignInController(ConsoleProperties console, JwtProperties jwt) {
        this.console = console;
        this.jwt = jwt;
    }

    @GetMapping(path = "/console/config", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> config() {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        config.put("dev_sign_in", devSignIn());
        config.put("supabase_url", console.supabaseUrl());
        config.put("supabase_anon_key", console.supabaseAnonKey());
        return config;
    }

    @PostMapping(
            path = "/console/dev-token",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> devToken(@RequestBody DevUser user) {
        if (!devSignIn()) {
            throw new ApiProblemException(
                    ProblemType.FORBIDDEN, "Dev sign-in is off: tokens come from the identity provider.");
        }
        UUID userId = user.checkedUserId();
        String tier = (user.tier() == null) ? "free" : user.tier();
        if (!TIERS.contains(tier)) {
            throw invalid("tier", "must be free, plus or premium");
        }
        String token = sign(userId, tier, user.admin() ? List.of(Caller.ADMIN_SCOPE) : List.of());
        return Map.of("access_token", token, "token_type", "bearer", "expires_in", TOKEN_LIFETIME.toSeconds());
    }

    /** On only when the launcher says so and tokens are checked with a secret this process can sign with. */
    private boolean devSignIn() {
        return console.devSignIn() && jwt.secret() != null;
    }

    private String sign(UUID userId, String tier, List<String> scopes) {
        Instant now = Instant.now();
        String issuer = (jwt.issuer() == null || jwt.issuer().isBlank()) ? DEV_ISSUER : jwt.issuer();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId.toString())
                .audience(jwt.audience())
                .claim("role", "authenticated")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("app_metadata", Map.of("tier", tier, "provider", "aura360-dev"));
        if (!scopes.isEmpty()) {
            claims.claim("scope", String.join(" ", scopes));
        }
        try {
            SignedJWT signed = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            signed.sign(new MACSigner(jwt.secret().getBytes(StandardCharsets.UTF_8)));
            return signed.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException("cannot sign the dev token", ex);
        }
    }

    static ApiProblemException invalid(String field, String message) {
        List<Map<String, String>> errors = new ArrayList<>();
        errors.add(Map.of("field", field, "message", message));
        return new ApiProblemException(
                ProblemType.INVALID_REQUEST, "The dev user is not valid.", Map.of("errors", errors));
    }

    /** The chosen dev user: a UUID, a tier (free by default) and whether the token carries the admin scope. */
    record DevUser(@JsonProperty("user_id") String userId, String tier, boolean admin) {

        UUID checkedUserId() {
            try {
                UUID id = UUID.fromString(userId == null ? "" : userId.strip());
                if (id.toString().equalsIgnoreCase(userId.strip())) {
                    return id;
                }
            } catch (IllegalArgumentException ex) {
                // reported below
            }
            throw invalid("user_id", "must be a UUID");
        }
    }
}
